package vn.rehab.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.rehab.forms.FormRegistry;
import vn.rehab.forms.FormSchema;
import vn.rehab.identity.DemoIdentities;
import vn.rehab.identity.DemoIdentities.DemoUser;
import vn.rehab.identity.LocalityDirectory;
import vn.rehab.testing.ReliabilityFigures;

/**
 * Every demo officer (each role in each commune and province) tries, over the engine REST API, what an attacker
 * would on a case of a locality that is not theirs: list and fetch its tasks, instance, variables and history,
 * write its variables, complete its task. Reads must find nothing (empty, 403 or 404), writes must be refused
 * (403 or 404), and none may answer 5xx. Everyone also tries to grant themselves rights. The same probes by an
 * officer of the case's own commune succeed, so a probe that finds nothing could have found something. Without
 * credentials, REST and the webapps' API answer 401. Figures: {@code target/reliability/access-matrix.json}.
 */
@PlatformTest
class AccessMatrixTest {

  static final String PROCEDURE = "voluntary-treatment";
  static final String KONTUM = "23281";
  private static final AnswerTally TALLY = new AnswerTally();
  private static final Map<String, Object> FIGURES = new LinkedHashMap<>();
  private static int leaks;

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired FormRegistry forms;
  @Autowired LocalityDirectory localities;

  private final ObjectMapper json = new ObjectMapper();

  /** A case of one commune: its instance, its open task, its number, and an officer of that commune. */
  record Victim(String tenant, String instanceId, String taskId, String taskInstanceId, String caseId, String owner) {}

  @Test
  void noOfficerReadsOrWritesAnotherLocalitysCaseNorGrantsThemselvesRights() {
    List<Victim> victims = List.of(openCase(TestCases.HALONG, "22", "halong-police"),
        openCase(KONTUM, "51", "kontum-police"));
    int users = 0;
    for (DemoUser user : demoUsers()) {
      if (user.id().equals("admin")) {
        continue;
      }
      users++;
      Rest as = Rest.as(http, user.id());
      for (Victim victim : victims) {
        if (!user.tenantIds().contains(victim.tenant())) {
          probeReads(user.id(), as, victim, false);
          probeWrites(user.id(), as, victim);
        }
      }
      probeSelfGrants(user.id(), as, victims.get(0));
    }
    // Controls: the same reads by an officer of the case's own commune do find the case.
    for (Victim victim : victims) {
      probeReads(victim.owner(), Rest.as(http, victim.owner()), victim, true);
      Task task = engine.getTaskService().createTaskQuery().taskId(victim.taskId()).singleResult();
      assertThat(task).as("the victim's task is still open").isNotNull();
      assertThat(task.getAssignee()).isNull();
      assertThat(engine.getRuntimeService().getVariables(victim.instanceId())).doesNotContainKey("x");
    }
    FIGURES.put("officersProbed", users);
    assertThat(users).isGreaterThanOrEqualTo(30);
    assertThat(TALLY.problems()).isEmpty();
  }

  @Test
  void withoutCredentialsRestAndTheWebappsApiAnswer401() {
    Rest anonymous = Rest.anonymous(http);
    for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/user",
        "/engine-rest/authorization", "/engine-rest/deployment", "/engine-rest/history/variable-instance",
        "/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/process-instance",
        "/camunda/api/engine/engine/default/user", "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
        "/camunda/api/engine/engine/default/authorization", "/camunda/api/engine/engine/default/history/variable-instance",
        "/api/calendar/days-off?year=2027",
        "/api/reports/indicators?province=22&from=2026-01-01&to=2026-06-30")) {
      int status = anonymous.send(HttpMethod.GET, path, null).getStatusCode().value();
      TALLY.answered(status);
      FIGURES.merge("anonymousRequests", 1, (a, b) -> (int) a + (int) b);
      if (status != 401) {
        FIGURES.merge("anonymousNot401", 1, (a, b) -> (int) a + (int) b);
        TALLY.problem("anonymous GET " + path + ": HTTP " + status);
      }
    }
    int status = anonymous.send(HttpMethod.POST, "/engine-rest/authorization/create", selfGrant("anonymous"))
        .getStatusCode().value();
    TALLY.answered(status);
    assertThat(status).isEqualTo(401);
    assertThat(FIGURES.get("anonymousNot401")).as("anonymous requests not answered 401").isNull();
  }

  private void probeReads(String user, Rest as, Victim v, boolean mayRead) {
    String pi = "processInstanceId=" + v.instanceId();
    // The open task may sit in a called process (the addiction determination) under the case's number.
    String taskPi = "processInstanceId=" + v.taskInstanceId();
    listMustNotShow(user, as, "/engine-rest/task?" + taskPi, v, mayRead);
    listMustNotShow(user, as, "/engine-rest/task?processInstanceBusinessKey=" + v.caseId(), v, mayRead);
    listMustNotShow(user, as, "/engine-rest/task?maxResults=1000", v, mayRead);
    if (!mayRead) {
      // Instances, history and variable lists: for supervisors of the commune only, so no control by the owner.
      listMustNotShow(user, as, "/engine-rest/process-instance?businessKey=" + v.caseId(), v, false);
      listMustNotShow(user, as, "/engine-rest/process-instance?maxResults=1000", v, false);
      listMustNotShow(user, as, "/engine-rest/history/process-instance?" + pi, v, false);
      listMustNotShow(user, as, "/engine-rest/history/task?" + taskPi, v, false);
      listMustNotShow(user, as, "/engine-rest/history/variable-instance?" + pi, v, false);
      listMustNotShow(user, as, "/engine-rest/variable-instance?" + pi, v, false);
      listMustNotShow(user, as, "/engine-rest/history/activity-instance?" + pi, v, false);
      byIdMustNotShow(user, as, "/engine-rest/process-instance/" + v.instanceId(), false);
      byIdMustNotShow(user, as, "/engine-rest/process-instance/" + v.instanceId() + "/variables", false);
      byIdMustNotShow(user, as, "/engine-rest/history/process-instance/" + v.instanceId(), false);
    }
    byIdMustNotShow(user, as, "/engine-rest/task/" + v.taskId(), mayRead);
    byIdMustNotShow(user, as, "/engine-rest/task/" + v.taskId() + "/variables", mayRead);
    byIdMustNotShow(user, as, "/engine-rest/task/" + v.taskId() + "/form-variables", mayRead);
  }

  private void probeWrites(String user, Rest as, Victim v) {
    String task = "/engine-rest/task/" + v.taskId();
    writeMustBeRefused(user, as, HttpMethod.POST, task + "/complete", Rest.variables(validCompletion(v)));
    writeMustBeRefused(user, as, HttpMethod.POST, task + "/submit-form", Rest.variables(validCompletion(v)));
    writeMustBeRefused(user, as, HttpMethod.POST, task + "/claim", Map.of("userId", user));
    writeMustBeRefused(user, as, HttpMethod.POST, task + "/assignee", Map.of("userId", user));
    writeMustBeRefused(user, as, HttpMethod.PUT, task + "/variables/x", Rest.typed("y"));
    writeMustBeRefused(user, as, HttpMethod.PUT, "/engine-rest/process-instance/" + v.instanceId() + "/variables/x",
        Rest.typed("y"));
    writeMustBeRefused(user, as, HttpMethod.POST, "/engine-rest/process-instance/" + v.instanceId() + "/variables",
        Map.of("modifications", Map.of("x", Rest.typed("y"))));
    writeMustBeRefused(user, as, HttpMethod.PUT, "/engine-rest/process-instance/" + v.instanceId() + "/suspended",
        Map.of("suspended", true));
    writeMustBeRefused(user, as, HttpMethod.DELETE, "/engine-rest/process-instance/" + v.instanceId(), null);
  }

  /** Rights of one's own making: a grant, admin group membership, another commune's tenant. */
  private void probeSelfGrants(String user, Rest as, Victim v) {
    writeMustBeRefused(user, as, HttpMethod.POST, "/engine-rest/authorization/create", selfGrant(user));
    writeMustBeRefused(user, as, HttpMethod.PUT, "/engine-rest/group/admin/members/" + user, null);
    writeMustBeRefused(user, as, HttpMethod.PUT, "/engine-rest/tenant/" + v.tenant() + "/user-members/" + user, null);
    writeMustBeRefused(user, as, HttpMethod.PUT, "/engine-rest/user/admin/credentials",
        Map.of("password", "Mat-khau-moi-123", "authenticatedUserPassword", Rest.DEMO_PASSWORD));
    listMustHoldOnly(user, as, "/engine-rest/authorization?maxResults=1000", user);
    listMustHoldOnly(user, as, "/engine-rest/user?maxResults=1000", user);
    listMustHoldOnly(user, as, "/engine-rest/deployment?maxResults=1000", null);
  }

  private static Map<String, Object> selfGrant(String user) {
    return Map.of("type", 1, "permissions", List.of("ALL"), "userId", user, "resourceType", 8, "resourceId", "*");
  }

  private void listMustNotShow(String user, Rest as, String path, Victim v, boolean mayRead) {
    ResponseEntity<String> answer = as.send(HttpMethod.GET, path, null);
    JsonNode body = judged(user, "GET " + path, answer);
    boolean shows = answer.getStatusCode().is2xxSuccessful() && body != null && body.isArray()
        && java.util.stream.StreamSupport.stream(body.spliterator(), false).anyMatch(e -> mentions(e, v));
    verdict(user, "GET " + path, shows, mayRead);
  }

  private void byIdMustNotShow(String user, Rest as, String path, boolean mayRead) {
    ResponseEntity<String> answer = as.send(HttpMethod.GET, path, null);
    judged(user, "GET " + path, answer);
    verdict(user, "GET " + path, answer.getStatusCode().is2xxSuccessful(), mayRead);
  }

  /** Lists of engine-wide things (grants, users, deployments) hold nothing but the officer's own, if anything. */
  private void listMustHoldOnly(String user, Rest as, String path, String own) {
    ResponseEntity<String> answer = as.send(HttpMethod.GET, path, null);
    JsonNode body = judged(user, "GET " + path, answer);
    if (answer.getStatusCode().is2xxSuccessful() && body != null && body.isArray()) {
      for (JsonNode e : body) {
        boolean owns = own != null && (own.equals(e.path("userId").asText(null)) || own.equals(e.path("id").asText(null)));
        if (!owns && !isGroupGrantOf(user, e)) {
          leak(user, "GET " + path + " shows " + e.path("id").asText());
          return;
        }
      }
    }
  }

  /** A grant to one of the officer's own groups is part of their own rights, readable by them. */
  private boolean isGroupGrantOf(String user, JsonNode e) {
    String group = e.path("groupId").asText(null);
    return group != null && engine.getIdentityService().createGroupQuery().groupMember(user).groupId(group).count() > 0;
  }

  private void writeMustBeRefused(String user, Rest as, HttpMethod method, String path, Object body) {
    ResponseEntity<String> answer = as.send(method, path, body);
    judged(user, method + " " + path, answer);
    int status = answer.getStatusCode().value();
    if (status < 400) {
      leak(user, method + " " + path + " was accepted (HTTP " + status + ")");
    }
  }

  /** Counts the answer; a 5xx is a defect whatever the probe. */
  private JsonNode judged(String user, String what, ResponseEntity<String> answer) {
    int status = answer.getStatusCode().value();
    TALLY.answered(status);
    if (status >= 500) {
      TALLY.problem(user + " " + what + ": HTTP " + status + " " + answer.getBody());
    }
    try {
      return answer.getBody() == null ? null : json.readTree(answer.getBody());
    } catch (IOException notJson) {
      return null;
    }
  }

  private void verdict(String user, String what, boolean shows, boolean mayRead) {
    if (shows && !mayRead) {
      leak(user, what);
    } else if (!shows && mayRead) {
      TALLY.problem("control: " + user + " " + what + " did not find the case of their own commune");
    }
  }

  private static void leak(String user, String what) {
    leaks++;
    TALLY.problem("LEAK " + user + " " + what);
  }

  private static boolean mentions(JsonNode e, Victim v) {
    return v.instanceId().equals(e.path("processInstanceId").asText(null)) || v.instanceId().equals(e.path("id").asText(null))
        || v.taskInstanceId().equals(e.path("processInstanceId").asText(null))
        || v.taskId().equals(e.path("id").asText(null)) || v.caseId().equals(e.path("businessKey").asText(null));
  }

  private Victim openCase(String commune, String province, String officer) {
    FormSchema form = forms.form(HostileInputTest.startFormOf(PROCEDURE)).orElseThrow();
    Map<String, Object> values = new LinkedHashMap<>(ValidFormValues.of(form, Map.of()));
    values.put("communeCode", commune);
    values.put("provinceCode", province);
    ResponseEntity<JsonNode> started = Rest.as(http, officer).post("/engine-rest/process-definition/key/" + PROCEDURE
        + "/start", Rest.variables(values));
    assertThat(started.getStatusCode().value()).as("%s", started.getBody()).isEqualTo(200);
    String instanceId = started.getBody().path("id").asText();
    String caseId = started.getBody().path("businessKey").asText();
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).list().get(0);
    assertThat(task.getTenantId()).isEqualTo(commune);
    return new Victim(commune, instanceId, task.getId(), task.getProcessInstanceId(), caseId, HostileInputTest.holderOf(engine, localities, task));
  }

  private Map<String, Object> validCompletion(Victim v) {
    Task task = engine.getTaskService().createTaskQuery().taskId(v.taskId()).initializeFormKeys().singleResult();
    FormSchema form = forms.form(task.getCamundaFormRef().getKey()).orElseThrow();
    return ValidFormValues.of(form, engine.getTaskService().getVariables(v.taskId()));
  }

  private List<DemoUser> demoUsers() {
    return new DemoIdentities(engine.getIdentityService(), localities, Rest.DEMO_PASSWORD).users();
  }

  @AfterAll
  static void writeFigures() {
    Map<String, Object> figures = new LinkedHashMap<>(TALLY.figures());
    figures.put("crossLocalityLeaks", leaks);
    figures.putAll(FIGURES);
    figures.put("problemList", TALLY.problems().stream().limit(60).toList());
    ReliabilityFigures.write("access-matrix", figures);
  }
}
