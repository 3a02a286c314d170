package vn.rehab.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.rehab.forms.FormField;
import vn.rehab.forms.FormSchema;

/**
 * Hostile submissions of one form, generated from its fields: each is a valid submission with one thing broken
 * (a wrong type, a missing required or an unknown variable, a 100,000-character string, an impossible date,
 * script, SQL and HTML in a name or an option) or a body that is not the engine's variable map at all. Every one
 * must be refused: a name has a pattern, an option a list, a date a calendar.
 */
final class HostileVariants {

  /** A request body with what it breaks; {@code body} is a map (sent as JSON) or a raw string. */
  record Variant(String description, Object body) {}

  static final String OVERSIZED = "A".repeat(100_000);
  static final List<String> HOSTILE_TEXTS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
      "Nguyễn'); DROP TABLE ACT_RU_TASK;--", "' OR '1'='1", "${execution.setVariable('caseId', 'X')}",
      "#{runtimeService.deleteProcessInstance('x', 'y')}", "Nguyễn\u0000Văn", "../../../../etc/passwd");
  static final List<String> INVALID_DATES = List.of("2026-02-30", "abc", "2026-13-01", "17/05/1990", "0000-00-00",
      "1899-12-31", "2026-02-30T00:00:00Z", "9999999-01-01");
  static final List<String> UNKNOWN_KEYS = List.of("isAdmin", "caseId", "legalRegime", "tenantId", "__proto__",
      "x".repeat(300));

  private HostileVariants() {}

  static List<Variant> of(FormSchema form, Map<String, Object> valid) {
    List<Variant> out = new ArrayList<>();
    for (FormField field : form.fields().values()) {
      if (field.readonly()) {
        continue;
      }
      perField(field, valid, out);
    }
    for (String key : UNKNOWN_KEYS) {
      if (!form.fields().containsKey(key)) {
        out.add(changed(valid, "unknown variable " + abbreviate(key), v -> v.put(key, "có")));
      }
    }
    out.addAll(malformedBodies(valid));
    return out;
  }

  private static void perField(FormField field, Map<String, Object> valid, List<Variant> out) {
    String key = field.key();
    if (field.required()) {
      out.add(changed(valid, key + " missing", v -> v.remove(key)));
      out.add(changed(valid, key + " blank", v -> v.put(key, "   ")));
      out.add(changed(valid, key + " null", v -> v.put(key, null)));
    }
    boolean text = !"checkbox".equals(field.type()) && !"number".equals(field.type());
    if (text) {
      out.add(changed(valid, key + " as a number", v -> v.put(key, 42L)));
      out.add(changed(valid, key + " as a boolean", v -> v.put(key, true)));
      out.add(changed(valid, key + " of 100,000 characters", v -> v.put(key, OVERSIZED)));
      boolean constrained = field.pattern() != null || !field.options().isEmpty() || field.isDate();
      if (constrained) {
        // A free-text note may hold any text (stored verbatim, shown escaped); a name, option or date may not.
        HOSTILE_TEXTS.forEach(t -> out.add(changed(valid, key + " = " + t, v -> v.put(key, t))));
      }
    } else if ("checkbox".equals(field.type())) {
      out.add(changed(valid, key + " as a string", v -> v.put(key, "có")));
      out.add(changed(valid, key + " as a number", v -> v.put(key, 1L)));
    } else {
      out.add(changed(valid, key + " as a string", v -> v.put(key, "abc")));
      out.add(changed(valid, key + " as a boolean", v -> v.put(key, true)));
      if (field.max() != null) {
        out.add(changed(valid, key + " above its maximum", v -> v.put(key, 1e12)));
      }
      if (field.min() != null) {
        out.add(changed(valid, key + " below its minimum", v -> v.put(key, -1e12)));
      }
    }
    if (field.isDate()) {
      INVALID_DATES.forEach(d -> out.add(changed(valid, key + " = " + d, v -> v.put(key, d))));
    }
    for (String type : List.of("Object", "Json", "Xml", "File", "Bytes", "Date", "Null\u0000")) {
      out.add(new Variant(key + " declared " + type.replace("\u0000", "\\0"),
          body(valid, key, Map.of("value", String.valueOf(valid.get(key)), "type", type))));
    }
    out.add(new Variant(key + " value is an object", body(valid, key, Map.of("value", Map.of("a", 1)))));
    out.add(new Variant(key + " value is a list", body(valid, key, Map.of("value", List.of(1, 2)))));
    out.add(new Variant(key + " without {value}", body(valid, key, "Nguyễn Văn Thử")));
  }

  private static List<Variant> malformedBodies(Map<String, Object> valid) {
    return List.of(
        new Variant("truncated JSON", "{\"variables\": {"),
        new Variant("JSON array", "[]"),
        new Variant("JSON string", "\"variables\""),
        new Variant("JSON null", "null"),
        new Variant("not JSON", "<variables/>"),
        new Variant("variables a list", Map.of("variables", List.of(Rest.variables(valid)))),
        new Variant("variables a string", Map.of("variables", "fullName=Nguyễn")),
        new Variant("deeply nested JSON", "{\"variables\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}"));
  }

  private static Variant changed(Map<String, Object> valid, String description, Consumer<Map<String, Object>> change) {
    Map<String, Object> values = new LinkedHashMap<>(valid);
    change.accept(values);
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, v == null ? nullValue() : Rest.typed(v)));
    return new Variant(description, Map.of("variables", variables));
  }

  private static Map<String, Object> nullValue() {
    Map<String, Object> dto = new LinkedHashMap<>();
    dto.put("value", null);
    return dto;
  }

  private static Map<String, Object> body(Map<String, Object> valid, String key, Object dto) {
    Map<String, Object> variables = new LinkedHashMap<>();
    valid.forEach((k, v) -> variables.put(k, k.equals(key) ? dto : Rest.typed(v)));
    return Map.of("variables", variables);
  }

  private static String abbreviate(String key) {
    return key.length() > 20 ? key.substring(0, 20) + "…(" + key.length() + ")" : key;
  }
}
