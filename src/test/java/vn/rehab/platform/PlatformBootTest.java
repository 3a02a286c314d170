package vn.rehab.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yaml.snakeyaml.Yaml;

/**
 * The application as a newcomer starts it (demo profile, H2): engine, webapps, REST and actuator are mounted; REST
 * and operator endpoints need a login; officers get only what authorization grants; the roles of roles.md, a
 * tenant per commune and the demo users exist; the Prometheus endpoint carries the engine gauges.
 */
@PlatformTest
class PlatformBootTest {

  /** The role ids of shared/spec/roles.md (checked against the file too where shared/ lies beside the clone). */
  static final Set<String> ROLE_IDS = Set.of("commune-reception", "commune-chairman", "commune-police",
      "dossier-reviewer", "legal-reviewer", "health-assessor", "service-provider", "court", "procuracy",
      "rehab-facility", "province-authority", "commune-supervisor", "province-supervisor", "admin");

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void deploy() {
    TestCases.deploy(engine);
  }

  @Test
  void engineWebappsAndRestAreMounted() {
    assertThat(engine.getName()).isEqualTo("default");
    ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/", String.class);
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklist.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(tasklist.getBody()).containsIgnoringCase("<html");
    ResponseEntity<String> cockpit = http.getForEntity("/camunda/app/cockpit/", String.class);
    assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<JsonNode> engines = Rest.as(http, "halong-police").get("/engine-rest/engine");
    assertThat(engines.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(engines.getBody().findValuesAsText("name")).contains("default");
  }

  /** ProcedureDeployer deployed every model and form of the repository at start-up, with the application's beans. */
  @Test
  void everyModelAndFormOfTheRepositoryIsDeployed() throws IOException {
    PostgresIntegrationIT.assertEveryModelAndFormIsDeployed(engine);
  }

  @Test
  void restNeedsValidCredentials() {
    ResponseEntity<JsonNode> anonymous = Rest.anonymous(http).get("/engine-rest/engine");
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    // A user of its own: a wrong password makes the engine refuse that user's logins for a few seconds.
    assertThat(http.withBasicAuth("kontum-chairman", "wrong-password").getForEntity("/engine-rest/engine", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("nobody-here", "demo").getForEntity("/engine-rest/engine", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    HttpHeaders garbage = new HttpHeaders();
    garbage.set(HttpHeaders.AUTHORIZATION, "Basic not*base64");
    assertThat(http.exchange("/engine-rest/engine", HttpMethod.GET, new HttpEntity<>(garbage), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // Nothing of the engine answers an anonymous write either.
    assertThat(Rest.anonymous(http).post(Rest.startPath(), Rest.variables(TestCases.person(TestCases.HALONG)))
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Rest.as(http, "halong-police").get("/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void onlyHealthIsAnonymousAndMetricsAreForAdministrators() {
    ResponseEntity<JsonNode> health = Rest.anonymous(http).get("/actuator/health");
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody().path("status").asText()).isEqualTo("UP");
    assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/actuator/metrics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Rest.as(http, "halong-police").getText("/actuator/prometheus").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Rest.as(http, "qn-supervisor").getText("/actuator/prometheus").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> scrape = Rest.as(http, "admin").getText("/actuator/prometheus");
    assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(scrape.getBody()).contains("jvm_memory_used_bytes");
  }

  @Test
  void officersAreDeniedWhatAuthorizationDenies() {
    Rest police = Rest.as(http, "halong-police");
    assertThat(police.post("/engine-rest/user/create", Map.of("profile", Map.of("id", "intruder"),
        "credentials", Map.of("password", "Intruder-12345"))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(police.post("/engine-rest/group/create", Map.of("id", "intruders", "name", "x")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(police.post("/engine-rest/authorization/create", Map.of("type", 1, "permissions", List.of("ALL"),
        "userId", "halong-police", "resourceType", 8, "resourceId", "*")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // Listing authorizations shows an officer none of them (the engine filters by READ on each).
    ResponseEntity<JsonNode> authorizations = police.get("/engine-rest/authorization");
    assertThat(authorizations.getStatusCode().value()).isIn(200, 403);
    if (authorizations.getStatusCode() == HttpStatus.OK) {
      assertThat(authorizations.getBody()).isEmpty();
    }
    assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();

    // A case of the officer's own commune: the officer works its task, but may not delete or rewrite the case.
    ResponseEntity<JsonNode> started = police.post(Rest.startPath(), Rest.variables(TestCases.person(TestCases.HALONG)));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instanceId = started.getBody().path("id").asText();
    assertThat(police.delete("/engine-rest/process-instance/" + instanceId).getStatusCode().value()).isIn(403, 404);
    assertThat(police.post("/engine-rest/process-instance/" + instanceId + "/suspended", null).getStatusCode()
        .value()).isGreaterThanOrEqualTo(400);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).active().count())
        .isEqualTo(1);
    // Operator areas: Cockpit and Admin are not for a commune police officer.
    assertThat(engine.getAuthorizationService().isUserAuthorized("halong-police", List.of("commune-police"),
        org.camunda.bpm.engine.authorization.Permissions.ACCESS,
        org.camunda.bpm.engine.authorization.Resources.APPLICATION, "admin")).isFalse();
    assertThat(engine.getAuthorizationService().isUserAuthorized("halong-police", List.of("commune-police"),
        org.camunda.bpm.engine.authorization.Permissions.ACCESS,
        org.camunda.bpm.engine.authorization.Resources.APPLICATION, "tasklist")).isTrue();
  }

  @Test
  void everyRoleGroupEveryCommuneTenantAndTheDemoUsersExist() throws IOException {
    Rest admin = Rest.as(http, "admin");
    Set<String> groups = ids(admin.get("/engine-rest/group?maxResults=1000").getBody());
    assertThat(groups).containsAll(ROLE_IDS);
    Path rolesMd = Path.of("..", "shared", "spec", "roles.md");
    if (Files.isRegularFile(rolesMd)) {
      Matcher m = Pattern.compile("(?m)^\\| `([a-z-]+)` \\|").matcher(Files.readString(rolesMd));
      Set<String> specified = new TreeSet<>();
      while (m.find()) {
        specified.add(m.group(1));
      }
      assertThat(specified).hasSize(14);
      assertThat(groups).containsAll(specified);
    }

    Set<String> tenants = ids(admin.get("/engine-rest/tenant?maxResults=1000").getBody());
    assertThat(tenants).containsAll(communeCodes()).hasSizeGreaterThanOrEqualTo(3);

    Set<String> users = ids(admin.get("/engine-rest/user?maxResults=1000").getBody());
    assertThat(users).contains("admin", "halong-police", "halong-reception", "baichay-police", "qn-court",
        "kontum-police");
    // A commune officer belongs to its commune's tenant and holds its role.
    assertThat(ids(admin.get("/engine-rest/tenant?userMember=halong-police").getBody()))
        .containsExactly(TestCases.HALONG);
    assertThat(ids(admin.get("/engine-rest/group?member=halong-police").getBody())).containsExactly("commune-police");
  }

  @Test
  void prometheusCarriesEngineGaugesWithoutPersonalData() {
    Map<String, Object> person = TestCases.person(TestCases.HALONG);
    Scrape before = scrape();
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(TestCases.KEY, person);
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    Scrape opened = scrape();
    assertThat(opened.value("rehab_open_tasks", "commune-police"))
        .isEqualTo(before.value("rehab_open_tasks", "commune-police") + 1);
    assertThat(opened.value("rehab_open_tasks", "court")).isEqualTo(before.value("rehab_open_tasks", "court"));
    // A claimed task is still open work of its group.
    engine.getTaskService().claim(task.getId(), "halong-police");
    assertThat(scrape().value("rehab_open_tasks", "commune-police")).isEqualTo(opened.value("rehab_open_tasks",
        "commune-police"));

    engine.getTaskService().setDueDate(task.getId(), new java.util.Date(System.currentTimeMillis() - 60_000));
    Job reminder = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list().get(0);
    engine.getManagementService().setJobRetries(reminder.getId(), 0);
    Scrape broken = scrape();
    assertThat(broken.value("rehab_overdue_tasks", null)).isEqualTo(before.value("rehab_overdue_tasks", null) + 1);
    assertThat(broken.value("rehab_failed_jobs", null)).isEqualTo(before.value("rehab_failed_jobs", null) + 1);
    assertThat(broken.value("rehab_incidents", null)).isEqualTo(before.value("rehab_incidents", null) + 1);
    assertThat(broken.text()).doesNotContain(instance.getBusinessKey()).doesNotContain((String) person.get("citizenId"))
        .doesNotContain("Nguyễn");
    // The engine gauges are labelled by role only (no case, person, user or commune).
    assertThat(broken.text().lines().filter(l -> l.startsWith("rehab_")))
        .isNotEmpty().allMatch(l -> l.matches("rehab_[a-z_]+(\\{group=\"[a-z-]+\"\\})? \\S+"));

    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test finished");
    assertThat(scrape().value("rehab_open_tasks", "commune-police"))
        .isEqualTo(before.value("rehab_open_tasks", "commune-police"));
  }

  private record Scrape(String text) {
    double value(String metric, String group) {
      Pattern line = Pattern.compile("(?m)^" + metric + "(\\{([^}]*)\\})? (\\S+)$");
      Matcher m = line.matcher(text);
      List<String> found = new ArrayList<>();
      while (m.find()) {
        String labels = m.group(2) == null ? "" : m.group(2);
        if (group == null || labels.contains("group=\"" + group + "\"")) {
          found.add(m.group(3));
        }
      }
      assertThat(found).as("%s{group=%s} in the scrape", metric, group).hasSize(1);
      return Double.parseDouble(found.get(0));
    }
  }

  private Scrape scrape() {
    ResponseEntity<String> response = Rest.as(http, "admin").getText("/actuator/prometheus");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return new Scrape(response.getBody());
  }

  private static Set<String> ids(JsonNode list) {
    assertThat(list.isArray()).as("a JSON list: %s", list).isTrue();
    Set<String> ids = new TreeSet<>();
    StreamSupport.stream(list.spliterator(), false).forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }

  @SuppressWarnings("unchecked")
  static List<String> communeCodes() throws IOException {
    try (InputStream in = PlatformBootTest.class.getResourceAsStream("/identity/localities.yaml")) {
      Map<String, Object> root = new Yaml().load(in);
      List<String> codes = new ArrayList<>();
      for (Map<String, Object> province : (List<Map<String, Object>>) root.get("provinces")) {
        for (Map<String, Object> commune : (List<Map<String, Object>>) province.get("communes")) {
          codes.add(commune.get("code").toString());
        }
      }
      return codes;
    }
  }
}
