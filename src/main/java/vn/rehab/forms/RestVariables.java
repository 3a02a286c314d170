package vn.rehab.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the engine REST API's variable map ({@code {"name": {"value": ..., "type": "String"}}}) into plain
 * values. Only the primitive types a Camunda Form produces are accepted: serialized objects, files, bytes, XML
 * and JSON documents are refused, so no client can slip a payload the forms never ask for.
 */
final class RestVariables {

  private static final Set<String> ACCEPTED = Set.of("string", "boolean", "integer", "short", "long", "double",
      "null");
  static final int MAX_STRING = 10_000;

  private RestVariables() {}

  static Map<String, Object> read(JsonNode variables, List<Violation> violations) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (variables.isMissingNode() || variables.isNull()) {
      return out;
    }
    if (!variables.isObject()) {
      violations.add(new Violation(null, "«variables» phải là một đối tượng JSON."));
      return out;
    }
    variables.fields().forEachRemaining(e -> {
      JsonNode dto = e.getValue();
      if (!dto.isObject()) {
        violations.add(new Violation(e.getKey(), "Dữ liệu «" + e.getKey() + "» không đúng cấu trúc {\"value\": ...}."));
        return;
      }
      String type = dto.path("type").asText("").toLowerCase(java.util.Locale.ROOT);
      if (!type.isEmpty() && !ACCEPTED.contains(type)) {
        violations.add(new Violation(e.getKey(), "Kiểu dữ liệu «" + dto.path("type").asText() + "» của «" + e.getKey()
            + "» không được chấp nhận."));
        return;
      }
      JsonNode value = dto.path("value");
      Object converted;
      if (value.isMissingNode() || value.isNull()) {
        converted = null;
      } else if (value.isTextual()) {
        if (value.asText().length() > MAX_STRING) {
          violations.add(new Violation(e.getKey(), "Dữ liệu «" + e.getKey() + "» quá dài."));
          return;
        }
        converted = value.asText();
      } else if (value.isBoolean()) {
        converted = value.asBoolean();
      } else if (value.isIntegralNumber()) {
        converted = value.canConvertToLong() ? (Object) value.asLong() : null;
      } else if (value.isNumber()) {
        converted = value.asDouble();
      } else {
        violations.add(new Violation(e.getKey(), "Dữ liệu «" + e.getKey() + "» phải là văn bản, số hoặc có/không."));
        return;
      }
      out.put(e.getKey(), converted);
    });
    return out;
  }
}
