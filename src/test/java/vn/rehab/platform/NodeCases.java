package vn.rehab.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.rehab.forms.FormRegistry;
import vn.rehab.forms.FormSchema;

/**
 * Voluntary-treatment cases on an application node of another process, over its REST API only: opened by
 * Hạ Long's police with a valid registration, their first task found and completed validly by the
 * administrator. A node that does not answer (killed, database down) is an answer too: {@code null}.
 */
final class NodeCases {

  static final String PROCEDURE = "voluntary-treatment";
  private static final FormRegistry FORMS = FormRegistry.fromClasspath();

  private final Rest police;
  private final Rest admin;

  NodeCases(String base, String adminPassword) {
    TestRestTemplate http = new TestRestTemplate(new RestTemplateBuilder().rootUri(base));
    this.police = Rest.as(http, "halong-police");
    this.admin = new Rest(http.withBasicAuth("quantri", adminPassword));
  }

  /** The case number of a newly opened case, or null when the node refused or did not answer. */
  String open() {
    FormSchema form = FORMS.form(HostileInputTest.startFormOf(PROCEDURE)).orElseThrow();
    try {
      ResponseEntity<JsonNode> started = police.post("/engine-rest/process-definition/key/" + PROCEDURE + "/start",
          Rest.variables(ValidFormValues.of(form, Map.of())));
      return started.getStatusCode().value() == 200 ? started.getBody().path("businessKey").asText() : null;
    } catch (RuntimeException noAnswer) {
      return null;
    }
  }

  /** The id of the case's open task (the first one), or null. */
  String openTask(String caseId) {
    JsonNode tasks = admin.get("/engine-rest/task?processInstanceBusinessKey=" + caseId).getBody();
    return tasks == null || tasks.isEmpty() ? null : tasks.get(0).path("id").asText();
  }

  /** Completes the task with values its form accepts; the HTTP status, or -1 when the node did not answer. */
  int complete(String taskId) {
    try {
      return admin.send(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", completion(taskId))
          .getStatusCode().value();
    } catch (RuntimeException noAnswer) {
      return -1;
    }
  }

  ResponseEntity<String> completeAnswer(String taskId) {
    return admin.send(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", completion(taskId));
  }

  private Object completion(String taskId) {
    JsonNode task = admin.get("/engine-rest/task/" + taskId).getBody();
    FormSchema form = FORMS.form(task.path("camundaFormRef").path("key").asText()).orElseThrow();
    Map<String, Object> existing = new LinkedHashMap<>();
    JsonNode variables = admin.get("/engine-rest/task/" + taskId + "/variables").getBody();
    variables.fields().forEachRemaining(e -> {
      if (e.getValue().path("value").isNumber()) {
        existing.put(e.getKey(), e.getValue().path("value").numberValue());
      }
    });
    return Rest.variables(ValidFormValues.of(form, existing));
  }

  Rest admin() {
    return admin;
  }
}
