package vn.rehab.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What a case start or a task completion may carry, enforced on the server whatever the client: each rule of the
 * start form gives 400 with a Vietnamese message and leaves no case behind; a second open case for the same person
 * is refused; a completion carries only its form's keys; variables are written through forms only.
 */
@PlatformTest
class CaseInputRulesTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void deploy() {
    TestCases.deploy(engine);
  }

  @Test
  void aSecondOpenCaseForTheSamePersonIsRefusedWithAClearMessage() {
    Map<String, Object> person = TestCases.person(TestCases.HALONG);
    ProcessInstance first = engine.getRuntimeService().startProcessInstanceByKey(TestCases.KEY, person);
    long instancesBefore = instances();

    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(TestCases.KEY, person))
        .hasMessageContaining("đang có hồ sơ cùng thủ tục chưa kết thúc").hasMessageContaining(first.getBusinessKey())
        .hasMessageNotContaining((String) person.get("citizenId"));
    // The same person, moved to another commune, is still the same person.
    Map<String, Object> moved = new LinkedHashMap<>(person);
    moved.put("communeCode", TestCases.BAICHAY);
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(TestCases.KEY, moved))
        .hasMessageContaining("đang có hồ sơ cùng thủ tục chưa kết thúc");
    ResponseEntity<JsonNode> rest = Rest.as(http, "halong-police").post(Rest.startPath(), Rest.variables(person));
    assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.getBody().path("message").asText()).contains("đang có hồ sơ cùng thủ tục chưa kết thúc");

    assertThat(instances()).isEqualTo(instancesBefore);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals("citizenId", person.get("citizenId")).count()).isEqualTo(1);

    // Once the first case has ended, the person may be registered again.
    engine.getRuntimeService().deleteProcessInstance(first.getId(), "test finished");
    ProcessInstance again = engine.getRuntimeService().startProcessInstanceByKey(TestCases.KEY, person);
    assertThat(again.getBusinessKey()).isNotEqualTo(first.getBusinessKey());
    engine.getRuntimeService().deleteProcessInstance(again.getId(), "test finished");
  }

  @Test
  void eachRuleOfTheStartFormIsCheckedOnTheServer() {
    LocalDate tomorrow = TestCases.today().plusDays(1);
    refusedStart("missing required field", v -> v.remove("fullName"), "«Họ và tên» là bắt buộc");
    refusedStart("malformed citizen id", v -> v.put("citizenId", "0220901234"), "12 chữ số");
    refusedStart("citizen id of another birth year",
        v -> v.put("citizenId", TestCases.citizenId(LocalDate.of(1991, 5, 17), "male")), "không khớp với năm sinh");
    refusedStart("citizen id of the other sex",
        v -> v.put("citizenId", TestCases.citizenId(LocalDate.of(1990, 5, 17), "female")), "không khớp với giới tính");
    refusedStart("birth date in the future", v -> {
      v.put("dateOfBirth", tomorrow.toString());
      v.put("citizenId", TestCases.citizenId(tomorrow, "male"));
    }, "không được là ngày trong tương lai");
    refusedStart("registration date in the future", v -> v.put("registrationDate", tomorrow.toString()),
        "không được là ngày trong tương lai");
    refusedStart("value outside the options", v -> v.put("sex", "unknown"), "phải là một trong các lựa chọn");
    refusedStart("commune not served", v -> v.put("communeCode", "99999"), "lựa chọn");
    refusedStart("unknown variable", v -> v.put("favouriteColour", "blue"), "không thuộc biểu mẫu");
  }

  @Test
  void onlyPlainTypedValuesAndNoEngineOptionsAreAccepted() {
    long before = instances();
    Map<String, Object> body = new LinkedHashMap<>(Rest.variables(TestCases.person(TestCases.HALONG)));
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = new LinkedHashMap<>((Map<String, Object>) body.get("variables"));
    variables.put("fullName", Map.of("value", "{\"a\":1}", "type", "Object",
        "valueInfo", Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/json")));
    body.put("variables", variables);
    assertRefused(Rest.as(http, "halong-police").post(Rest.startPath(), body), "Kiểu dữ liệu «Object»");

    Map<String, Object> skipping = new LinkedHashMap<>(Rest.variables(TestCases.person(TestCases.HALONG)));
    skipping.put("skipCustomListeners", true);
    assertRefused(Rest.as(http, "halong-police").post(Rest.startPath(), skipping), "skipCustomListeners");

    Map<String, Object> midway = new LinkedHashMap<>(Rest.variables(TestCases.person(TestCases.HALONG)));
    midway.put("startInstructions", java.util.List.of(Map.of("type", "startBeforeActivity", "activityId",
        TestCases.TASK)));
    assertRefused(Rest.as(http, "halong-police").post(Rest.startPath(), midway), "startInstructions");

    // The form submission endpoint follows the same rules.
    Map<String, Object> person = new LinkedHashMap<>(TestCases.person(TestCases.HALONG));
    person.put("isAdmin", true);
    assertRefused(Rest.as(http, "halong-police").post("/engine-rest/process-definition/key/" + TestCases.KEY
        + "/submit-form", Rest.variables(person)), "không thuộc biểu mẫu");
    assertThat(instances()).isEqualTo(before);
  }

  @Test
  void aTaskIsCompletedWithItsOwnFormsKeysOnly() {
    Rest police = Rest.as(http, "halong-police");
    ResponseEntity<JsonNode> started = police.post(Rest.startPath(), Rest.variables(TestCases.person(TestCases.HALONG)));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String instanceId = started.getBody().path("id").asText();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(task.getDueDate()).isAfter(new java.util.Date());
    String complete = "/engine-rest/task/" + task.getId() + "/complete";

    assertRefused(police.post(complete, Rest.variables(Map.of("appraisalResult", "accepted", "communeCode",
        TestCases.BAICHAY))), "không thuộc biểu mẫu");
    assertRefused(police.post(complete, Rest.variables(Map.of("appraisalNote", "thiếu kết quả"))),
        "«Kết quả thẩm định» là bắt buộc");
    assertRefused(police.post(complete, Rest.variables(Map.of("appraisalResult", "accepted", "caseId",
        "QN-1999-000001"))), "chỉ để xem");
    assertRefused(police.post("/engine-rest/task/" + task.getId() + "/submit-form",
        Rest.variables(Map.of("appraisalResult", "accepted", "legalRegime", "L120"))), "không thuộc biểu mẫu");
    // Writing a variable outside a form is for administrators only.
    assertThat(police.put("/engine-rest/task/" + task.getId() + "/variables/x", Rest.typed("y")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(police.post("/engine-rest/process-instance/" + instanceId + "/variables",
        Map.of("modifications", Map.of("communeCode", Rest.typed(TestCases.BAICHAY)))).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariables(instanceId)).doesNotContainKeys("x", "appraisalResult")
        .containsEntry("communeCode", TestCases.HALONG).containsEntry("legalRegime",
            engine.getRuntimeService().getVariable(instanceId, "legalRegime"));

    ResponseEntity<JsonNode> done = police.post(complete, Rest.variables(Map.of("appraisalResult", "accepted")));
    assertThat(done.getStatusCode().value()).as("%s", done.getBody()).isIn(200, 204);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .finished().count()).isEqualTo(1);
  }

  private void refusedStart(String rule, Consumer<Map<String, Object>> breakIt, String expectedMessage) {
    Map<String, Object> values = new LinkedHashMap<>(TestCases.person(TestCases.HALONG));
    breakIt.accept(values);
    long before = instances();
    ResponseEntity<JsonNode> response = Rest.as(http, "halong-police").post(Rest.startPath(), Rest.variables(values));
    assertThat(response.getStatusCode()).as("%s: %s", rule, response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText()).as(rule).contains(expectedMessage);
    assertThat(instances()).as("%s leaves no case behind", rule).isEqualTo(before);
    // The engine refuses the same values when they come through the Java API (Tasklist or a delegate).
    if (!rule.equals("unknown variable")) {
      assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(TestCases.KEY, values))
          .as(rule).hasMessageContaining(expectedMessage);
      assertThat(instances()).isEqualTo(before);
    }
  }

  private static void assertRefused(ResponseEntity<JsonNode> response, String expectedMessage) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText()).contains(expectedMessage).startsWith("Dữ liệu");
  }

  private long instances() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TestCases.KEY).count();
  }
}
