package vn.rehab.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only what a Camunda Form can produce passes the REST edge: plain text, numbers, booleans, nulls. */
class RestVariablesTest {

  final ObjectMapper json = new ObjectMapper();

  @Test
  void plainValuesAreReadAsJavaValues() throws Exception {
    List<Violation> violations = new ArrayList<>();
    Map<String, Object> values = RestVariables.read(json.readTree("""
        { "name": {"value": "Lê Văn An", "type": "String"},
          "months": {"value": 12, "type": "Long"},
          "ratio": {"value": 1.5, "type": "Double"},
          "ok": {"value": true, "type": "Boolean"},
          "none": {"value": null, "type": "Null"},
          "untyped": {"value": "x"},
          "upper": {"value": "y", "type": "STRING"} }
        """), violations);
    assertThat(violations).isEmpty();
    assertThat(values).containsEntry("name", "Lê Văn An").containsEntry("months", 12L).containsEntry("ratio", 1.5)
        .containsEntry("ok", true).containsEntry("none", null).containsEntry("untyped", "x").containsEntry("upper", "y");
  }

  @Test
  void serializedObjectsFilesJsonXmlAndDatesAreRefused() throws Exception {
    for (String type : List.of("Object", "File", "Bytes", "Json", "Xml", "Date")) {
      List<Violation> violations = new ArrayList<>();
      Map<String, Object> values = RestVariables.read(json.readTree(
          "{\"x\": {\"value\": \"e30=\", \"type\": \"" + type + "\"}}"), violations);
      assertThat(values).as(type).isEmpty();
      assertThat(violations).as(type).singleElement().satisfies(v -> {
        assertThat(v.field()).isEqualTo("x");
        assertThat(v.message()).contains("Kiểu dữ liệu «" + type + "»").contains("không được chấp nhận");
      });
    }
  }

  @Test
  void malformedShapesAreRefused() throws Exception {
    assertThat(problems("{\"x\": \"plain\"}")).singleElement().asString().contains("{\"value\": ...}");
    assertThat(problems("{\"x\": {\"value\": [1, 2]}}")).singleElement().asString().contains("văn bản, số hoặc có/không");
    assertThat(problems("{\"x\": {\"value\": {\"a\": 1}}}")).singleElement().asString().contains("văn bản, số");
    assertThat(problems("[1]")).singleElement().asString().contains("phải là một đối tượng JSON");
    assertThat(problems("{\"x\": {\"value\": \"" + "a".repeat(RestVariables.MAX_STRING + 1) + "\"}}"))
        .singleElement().asString().contains("quá dài");
    List<Violation> none = new ArrayList<>();
    assertThat(RestVariables.read(json.missingNode(), none)).isEmpty();
    assertThat(RestVariables.read(json.nullNode(), none)).isEmpty();
    assertThat(none).isEmpty();
  }

  private List<String> problems(String variables) throws Exception {
    List<Violation> violations = new ArrayList<>();
    JsonNode node = json.readTree(variables);
    RestVariables.read(node, violations);
    return violations.stream().map(Violation::message).toList();
  }
}
