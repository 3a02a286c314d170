package vn.rehab.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
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
import vn.rehab.calendar.VietnamTime;
import vn.rehab.calendar.WorkingDayCalendar;
import vn.rehab.identity.TasklistFilters;
import vn.rehab.platform.PlatformTest;

/**
 * The Tasklist filters of the running application, listed through the engine as Tasklist lists them (the filter
 * query, extended by Tasklist's own search, under the user's groups and tenants) and through Tasklist's own REST
 * request: created once, readable by the right groups, and showing each user exactly the tasks of their agency and
 * locality, with the case number, name and locality under each task.
 */
@PlatformTest
class TasklistFiltersTest {

  static final String HALONG = "06658";
  static final String BAICHAY = "06700";
  static final String KONTUM = "23281";
  static final ZoneId VIETNAM = VietnamTime.ZONE;

  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar calendar;
  @Autowired TestRestTemplate http;

  FilterService filters;
  TaskService tasks;
  Map<String, String> ids;
  /** Business-key prefix of this test's cases: tests share the database with the other platform tests. */
  String batch;

  @BeforeEach
  void deploy() {
    filters = engine.getFilterService();
    tasks = engine.getTaskService();
    batch = "WEB-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    engine.getRepositoryService().createDeployment().name("webapp-test-case").enableDuplicateFiltering(false)
        .addClasspathResource("webapp/webapp-test-case.bpmn").deploy();
    ids = bootstrap().run().ids();
  }

  @Test
  void aSecondStartCreatesNothingAndRestoresAnEditedFilter() {
    // The application ran the bootstrap at start, the test set-up once more: one more run changes nothing.
    TasklistFilters bootstrap = bootstrap();
    TasklistFilters.Result again = bootstrap.run();
    assertThat(again.created()).isZero();
    assertThat(again.updated()).isZero();
    Map<String, Long> perName = filters.createTaskFilterQuery().list().stream()
        .collect(Collectors.groupingBy(Filter::getName, Collectors.counting()));
    for (TasklistFilters.Definition definition : TasklistFilters.definitions()) {
      assertThat(perName.get(definition.name())).as(definition.name()).isEqualTo(1L);
    }

    // Someone edits a shared filter in Tasklist: the next start puts the definition back, in the same filter.
    String overdueId = again.ids().get(TasklistFilters.OVERDUE);
    Filter edited = filters.getFilter(overdueId);
    edited.setName("Quá hạn (sửa tay)");
    edited.setQuery(tasks.createTaskQuery().taskAssignee("someone"));
    filters.saveFilter(edited);
    TasklistFilters.Result restored = bootstrap.run();
    assertThat(restored.updated()).isEqualTo(1);
    assertThat(restored.ids()).isEqualTo(again.ids());
    assertThat(filters.getFilter(overdueId).getName()).isEqualTo("Quá hạn");
    assertThat(filters.createTaskFilterQuery().filterName("Quá hạn").count()).isEqualTo(1);
  }

  @Test
  void officersReadTheWorkFiltersAndOnlySupervisorsTheSupervisionFilters() {
    assertThat(visibleFilterNames("halong-police")).containsExactlyInAnyOrder("Việc của tôi",
        "Việc của cơ quan tôi", "Sắp đến hạn", "Quá hạn");
    assertThat(visibleFilterNames("qn-court")).containsExactlyInAnyOrder("Việc của tôi", "Việc của cơ quan tôi",
        "Sắp đến hạn", "Quá hạn");
    assertThat(visibleFilterNames("halong-supervisor")).containsExactlyInAnyOrder("Việc của tôi",
        "Việc của cơ quan tôi", "Sắp đến hạn", "Quá hạn", "Toàn bộ việc trên địa bàn", "Việc quá hạn cần xử lý");
    // No engine-wide grant is left: the grants are per filter.
    AuthorizationService authorizations = engine.getAuthorizationService();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("commune-police").resourceType(Resources.FILTER)
        .resourceId("*").count()).isZero();
    assertThat(authorizations.isUserAuthorized("halong-police", List.of("commune-police"), Permissions.UPDATE,
        Resources.FILTER, ids.get(TasklistFilters.AGENCY_TASKS))).isFalse();
  }

  @Test
  void aCommuneOfficerSeesTheTasksOfTheirOwnAgencyInTheirOwnCommune() {
    String halongPolice = start(HALONG, "commune-police", today());
    start(HALONG, "commune-reception", today());
    String baichayPolice = start(BAICHAY, "commune-police", today());
    String kontumPolice = start(KONTUM, "commune-police", today());

    assertThat(list("halong-police", TasklistFilters.AGENCY_TASKS)).containsExactly(halongPolice);
    assertThat(list("baichay-police", TasklistFilters.AGENCY_TASKS)).containsExactly(baichayPolice);
    assertThat(list("kontum-police", TasklistFilters.AGENCY_TASKS)).containsExactly(kontumPolice);
    // Reception works its own tasks only; nobody has anything assigned yet.
    assertThat(list("baichay-reception", TasklistFilters.AGENCY_TASKS)).isEmpty();
    assertThat(list("halong-police", TasklistFilters.MY_TASKS)).isEmpty();

    // Claimed by a colleague: still in the agency's list, and now in the colleague's own.
    tasks.claim(halongPolice, "halong-police");
    assertThat(list("halong-police", TasklistFilters.AGENCY_TASKS)).containsExactly(halongPolice);
    assertThat(list("halong-police", TasklistFilters.MY_TASKS)).containsExactly(halongPolice);
  }

  @Test
  void theListShowsAnOfficerTheCaseNumberNameAndLocalityOfEachTask() {
    String taskId = start(HALONG, "commune-police", today());
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    // What Tasklist asks for the list: the variables of the task's scopes, under the officer's authorizations.
    Map<String, Object> seen = as("halong-police", () -> engine.getRuntimeService().createVariableInstanceQuery()
        .variableScopeIdIn(taskId, task.getExecutionId(), task.getProcessInstanceId()).list().stream()
        .collect(Collectors.toMap(v -> v.getName(), v -> v.getValue(), (a, b) -> a)));
    assertThat(seen).containsEntry(TaskListVariables.PERSON, "Trần Thị Lọc")
        .containsEntry(TaskListVariables.LOCALITY, "Phường Hạ Long (Quảng Ninh)")
        .containsKey(TaskListVariables.CASE_ID)
        // The case's own variables stay out of an officer's lists (no READ on the process instance).
        .doesNotContainKeys("fullName", "caseId", "communeCode");
    assertThat(seen.get(TaskListVariables.CASE_ID).toString()).startsWith(batch);
    TasklistFilters.Definition agency = TasklistFilters.definitions().stream()
        .filter(d -> d.key().equals(TasklistFilters.AGENCY_TASKS)).findFirst().orElseThrow();
    assertThat(agency.variables()).extracting(TasklistFilters.Variable::name)
        .containsExactly(TaskListVariables.CASE_ID, TaskListVariables.PERSON, TaskListVariables.LOCALITY);
  }

  @Test
  void aSupervisorSeesTheLocalityTheySuperviseAndNoOther() {
    String halong = start(HALONG, "commune-police", today());
    String baichay = start(BAICHAY, "commune-reception", today());
    String kontum = start(KONTUM, "commune-police", today());

    assertThat(list("qn-supervisor", TasklistFilters.LOCALITY_TASKS)).containsExactlyInAnyOrder(halong, baichay);
    assertThat(list("halong-supervisor", TasklistFilters.LOCALITY_TASKS)).containsExactly(halong);
    assertThat(list("qng-supervisor", TasklistFilters.LOCALITY_TASKS)).containsExactly(kontum);
  }

  @Test
  void overdueAndDueSoonFollowTheClockAndTheWorkingDayCalendar() {
    LocalDate today = today();
    String overdue = start(HALONG, "commune-police", today.minusDays(30));
    String future = start(HALONG, "commune-police", today);
    String dueSoon = start(HALONG, "commune-police", today);
    tasks.setDueDate(dueSoon, endOf(calendar.addWorkingDays(today, 2)));
    // The model's deadline: end of the 3rd working day, just past the "due within 2 working days" limit.
    assertThat(tasks.createTaskQuery().taskId(future).singleResult().getDueDate())
        .isEqualTo(endOf(calendar.addWorkingDays(today, 3)));

    assertThat(list("halong-police", TasklistFilters.OVERDUE)).containsExactly(overdue);
    assertThat(list("halong-police", TasklistFilters.DUE_SOON)).containsExactly(dueSoon);
    assertThat(list("qn-supervisor", TasklistFilters.OVERDUE)).containsExactly(overdue);
    // Sorted by due date, earliest first.
    assertThat(list("halong-police", TasklistFilters.AGENCY_TASKS)).containsExactly(overdue, dueSoon, future);
    assertThat(list("baichay-police", TasklistFilters.OVERDUE)).isEmpty();
  }

  @Test
  void tasklistsOwnRequestReturnsEachOfficerTheirCommunesTasksWithTheirVariables() {
    String halong = start(HALONG, "commune-police", today());
    String baichay = start(BAICHAY, "commune-police", today());
    String path = "/engine-rest/filter/" + ids.get(TasklistFilters.AGENCY_TASKS) + "/list?firstResult=0&maxResults=15";
    String body = "{\"processInstanceBusinessKeyLike\":\"" + batch + "%\","
        + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
    JsonNode halongList = halList("halong-police", path, body);
    assertThat(halongList.findValuesAsText("id")).contains(halong).doesNotContain(baichay);
    assertThat(halongList.path("_embedded").path("task")).hasSize(1);
    // The variables Tasklist shows under the task (HAL "_embedded.variable" of the task).
    JsonNode variables = halongList.path("_embedded").path("task").get(0).path("_embedded").path("variable");
    assertThat(variables.findValuesAsText("name")).contains(TaskListVariables.CASE_ID, TaskListVariables.PERSON,
        TaskListVariables.LOCALITY);
    assertThat(variables.findValuesAsText("value")).contains("Trần Thị Lọc", "Phường Hạ Long (Quảng Ninh)");
    assertThat(halList("baichay-police", path, body).findValuesAsText("id")).contains(baichay).doesNotContain(halong);
  }

  private JsonNode halList(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    ResponseEntity<JsonNode> response = http.withBasicAuth(user, "demo")
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  // --- helpers

  private TasklistFilters bootstrap() {
    return new TasklistFilters(filters, tasks, engine.getAuthorizationService());
  }

  private static LocalDate today() {
    return LocalDate.now(VIETNAM);
  }

  private static Date endOf(LocalDate day) {
    return Date.from(VietnamTime.endOfDay(day).toInstant());
  }

  /** Starts a test case; returns the id of its task. */
  private String start(String commune, String group, LocalDate receivedDate) {
    String caseId = batch + UUID.randomUUID().toString().substring(0, 6);
    String instanceId = engine.getRuntimeService().startProcessInstanceByKey("webapp-test-case", caseId,
        Map.of("caseId", caseId, "fullName", "Trần Thị Lọc", "communeCode", commune, "candidateGroup", group,
            "receivedDate", receivedDate.toString())).getId();
    Task task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(task.getTenantId()).isEqualTo(commune);
    return task.getId();
  }

  /** The ids of this test's tasks a user finds in a filter, in the filter's order (Tasklist's request). */
  private List<String> list(String userId, String filterKey) {
    String filterId = ids.get(filterKey);
    return as(userId, () -> filters.<Task, org.camunda.bpm.engine.task.TaskQuery>list(filterId,
        tasks.createTaskQuery().processInstanceBusinessKeyLike(batch + "%")).stream().map(Task::getId).toList());
  }

  private List<String> visibleFilterNames(String userId) {
    return as(userId, () -> filters.createTaskFilterQuery().list().stream().map(Filter::getName)
        .filter(name -> TasklistFilters.definitions().stream().anyMatch(d -> d.name().equals(name))).toList());
  }

  /** Runs a query as the user with the groups and tenants the webapps would load for them. */
  private <T> T as(String userId, java.util.function.Supplier<T> query) {
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    assertThat(groups).as("groups of %s", userId).isNotEmpty();
    identity.setAuthentication(userId, groups, tenants);
    try {
      return query.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
