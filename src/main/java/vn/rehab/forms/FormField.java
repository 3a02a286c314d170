package vn.rehab.forms;

import java.util.List;
import java.util.Map;

/**
 * One input of a Camunda Form (form-js JSON) with the rules the form declares for it. Custom properties
 * ({@code properties} in form-js) carry rules the browser cannot check, e.g. {@code notInFuture}.
 */
public record FormField(String key, String label, String type, String subtype, boolean required,
    Integer minLength, Integer maxLength, String pattern, Double min, Double max, List<String> options,
    boolean readonly, Map<String, String> properties) {

  public boolean isDate() {
    return "datetime".equals(type) && (subtype == null || "date".equals(subtype));
  }

  public String property(String name) {
    return properties == null ? null : properties.get(name);
  }
}
