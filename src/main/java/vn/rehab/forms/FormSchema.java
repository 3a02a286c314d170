package vn.rehab.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The inputs of one Camunda Form: what a submission of that form may set, and the rules for each value. */
public record FormSchema(String id, Map<String, FormField> fields) {

  /** form-js components that show something but hold no value. */
  private static final Set<String> DISPLAY_ONLY = Set.of("text", "image", "spacer", "separator", "button", "html",
      "group", "dynamiclist", "table", "iframe");

  public static FormSchema parse(InputStream json) {
    try {
      JsonNode root = new ObjectMapper().readTree(json);
      Map<String, FormField> fields = new LinkedHashMap<>();
      collect(root.path("components"), fields);
      return new FormSchema(root.path("id").asText(), Collections.unmodifiableMap(fields));
    } catch (IOException e) {
      throw new UncheckedIOException("Form is not valid JSON", e);
    }
  }

  private static void collect(JsonNode components, Map<String, FormField> fields) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      if (c.has("components")) {
        collect(c.path("components"), fields);
      }
      if (DISPLAY_ONLY.contains(type) || !c.hasNonNull("key") || c.path("disabled").asBoolean(false)) {
        continue;
      }
      JsonNode v = c.path("validate");
      List<String> options = new ArrayList<>();
      c.path("values").forEach(o -> options.add(o.path("value").asText()));
      Map<String, String> props = new LinkedHashMap<>();
      c.path("properties").fields().forEachRemaining(e -> props.put(e.getKey(), e.getValue().asText()));
      String label = c.hasNonNull("label") ? c.path("label").asText() : c.path("dateLabel").asText(c.path("key").asText());
      fields.put(c.path("key").asText(), new FormField(c.path("key").asText(), label, type,
          c.hasNonNull("subtype") ? c.path("subtype").asText() : null, v.path("required").asBoolean(false),
          v.hasNonNull("minLength") ? v.path("minLength").asInt() : null,
          v.hasNonNull("maxLength") ? v.path("maxLength").asInt() : null,
          v.hasNonNull("pattern") ? v.path("pattern").asText() : null,
          v.hasNonNull("min") ? v.path("min").asDouble() : null,
          v.hasNonNull("max") ? v.path("max").asDouble() : null,
          List.copyOf(options), c.path("readonly").asBoolean(false), Collections.unmodifiableMap(props)));
    }
  }

  /** Keys a submission may carry: every input except read-only ones. */
  public Set<String> writableKeys() {
    Set<String> keys = new java.util.LinkedHashSet<>();
    fields.values().stream().filter(f -> !f.readonly()).forEach(f -> keys.add(f.key()));
    return keys;
  }
}
