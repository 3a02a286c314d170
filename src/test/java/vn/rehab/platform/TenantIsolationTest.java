package vn.rehab.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A commune's case stays in its commune, over the REST API as in Tasklist: a case opened in Hạ Long (06658) is
 * worked by Hạ Long's police and overseen by Hạ Long's supervisor; Bãi Cháy's (06700) officers do not find it in
 * any list nor by id, and cannot open a case for a Hạ Long resident.
 */
@PlatformTest
class TenantIsolationTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void deploy() {
    TestCases.deploy(engine);
  }

  @Test
  void aCaseOfOneCommuneIsInvisibleToAnotherCommune() {
    Rest halongPolice = Rest.as(http, "halong-police");
    ResponseEntity<JsonNode> started = halongPolice.post(Rest.startPath(),
        Rest.variables(TestCases.person(TestCases.HALONG)));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String instanceId = started.getBody().path("id").asText();
    String businessKey = started.getBody().path("businessKey").asText();
    assertThat(businessKey).startsWith("QN-");
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getTenantId())
        .isEqualTo(TestCases.HALONG);

    // Hạ Long: the police see and may work the task, the supervisor sees the case.
    assertThat(halongPolice.get("/engine-rest/task?processInstanceId=" + instanceId).getBody()).hasSize(1);
    assertThat(halongPolice.get("/engine-rest/task/" + taskId).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(halongPolice.get("/engine-rest/task?candidateGroup=commune-police&processInstanceId=" + instanceId)
        .getBody()).hasSize(1);
    Rest halongSupervisor = Rest.as(http, "halong-supervisor");
    assertThat(halongSupervisor.get("/engine-rest/process-instance/" + instanceId).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(halongSupervisor.get("/engine-rest/process-instance?businessKey=" + businessKey).getBody()).hasSize(1);

    // Bãi Cháy: nothing, in lists or by id, for the same roles.
    Rest baichayPolice = Rest.as(http, "baichay-police");
    assertThat(baichayPolice.get("/engine-rest/task?processInstanceId=" + instanceId).getBody()).isEmpty();
    assertThat(baichayPolice.get("/engine-rest/task?candidateGroup=commune-police").getBody())
        .noneMatch(t -> t.path("id").asText().equals(taskId));
    assertThat(baichayPolice.get("/engine-rest/task/" + taskId).getStatusCode().value()).isIn(403, 404);
    refusedByTenantCheck(baichayPolice.post("/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", "baichay-police")));
    refusedByTenantCheck(baichayPolice.post("/engine-rest/task/" + taskId + "/complete",
        Rest.variables(Map.of("appraisalResult", "accepted"))));
    refusedByTenantCheck(baichayPolice.post("/engine-rest/task/" + taskId + "/assignee",
        Map.of("userId", "baichay-police")));
    Rest baichaySupervisor = Rest.as(http, "baichay-supervisor");
    assertThat(baichaySupervisor.get("/engine-rest/process-instance/" + instanceId).getStatusCode().value())
        .isIn(403, 404);
    assertThat(baichaySupervisor.get("/engine-rest/process-instance?businessKey=" + businessKey).getBody()).isEmpty();
    assertThat(baichaySupervisor.get("/engine-rest/history/process-instance?processInstanceId=" + instanceId)
        .getBody()).isEmpty();
    assertThat(baichaySupervisor.get("/engine-rest/task?processInstanceId=" + instanceId).getBody()).isEmpty();
    // The reception desk of the case's own commune reads no case data either (no role in this step).
    assertThat(Rest.as(http, "halong-reception").get("/engine-rest/process-instance?businessKey=" + businessKey)
        .getBody()).isEmpty();

    // Still open, untouched by the refused attempts.
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    engine.getRuntimeService().deleteProcessInstance(instanceId, "test finished");
  }

  /**
   * A write on another commune's task is refused as "not found" with a Vietnamese message (TenantBoundaryFilter),
   * not with the 500 Camunda's REST makes of the tenant check's refusal (ENGINE-13034).
   */
  private static void refusedByTenantCheck(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(404);
    assertThat(response.getBody().path("message").asText()).contains("địa bàn anh/chị phụ trách");
  }

  @Test
  void anOfficerCannotOpenACaseForAnotherCommune() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TestCases.KEY).count();
    ResponseEntity<JsonNode> refused = Rest.as(http, "baichay-police").post(Rest.startPath(),
        Rest.variables(TestCases.person(TestCases.HALONG)));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText()).contains("địa bàn mình phụ trách");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TestCases.KEY).count())
        .isEqualTo(before);
  }
}
