package vn.rehab.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared Tasklist filters, created at every start (idempotent: found again by their key, updated when their
 * definition here changed, never duplicated) and readable only by the groups they are meant for.
 *
 * <p>Which tasks a filter shows is decided by three things together: the filter's criteria, the engine's
 * authorizations (an officer reads a task only through the identity link of its candidate group or as its
 * assignee; supervisors hold READ on every task) and the tenant check (a user sees only the communes whose tenant
 * they belong to: one commune for a commune officer, every commune of the province for a province officer or
 * supervisor). So "Quá hạn" shows an officer the overdue work of their own agency in their own commune, and a
 * supervisor everything overdue in the locality they supervise.
 *
 * <p>"Sắp đến hạn" counts working days with the Vietnamese calendar through the Spring bean
 * {@code filterDeadlines} ({@code vn.rehab.webapp.FilterDeadlines}): filter expressions are evaluated by the
 * engine's expression manager, which under Spring resolves application beans. Nobody but an administrator may
 * create or change filters, so no user can put an expression of their own there.
 */
public class TasklistFilters {

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);

  /** Filter property holding the stable key by which the bootstrap finds its filters again. */
  public static final String KEY_PROPERTY = "rehabFilterKey";

  public static final String MY_TASKS = "my-tasks";
  public static final String AGENCY_TASKS = "agency-tasks";
  public static final String DUE_SOON = "due-soon";
  public static final String OVERDUE = "overdue";
  public static final String LOCALITY_TASKS = "locality-tasks";
  public static final String ESCALATIONS = "escalations";

  /** How many working days ahead "Sắp đến hạn" looks. */
  public static final int DUE_SOON_WORKING_DAYS = 2;

  /** A process variable shown on each task of the list, with its Vietnamese label. */
  public record Variable(String name, String label) {}

  /** One filter: its key, what Tasklist shows, who may read it and its query. */
  public record Definition(String key, String name, String description, int priority, String color,
      boolean refresh, Set<Role> readers, Function<TaskService, TaskQuery> query, List<Variable> variables) {}

  /**
   * Shown under each task: the task-local copies of the case number ({@code caseId}), the person's name
   * ({@code fullName}) and the locality ({@code communeCode}, by name) that {@code vn.rehab.webapp.TaskListVariables}
   * puts on every task, because officers may read a task's own variables but not the case's in a list.
   */
  static final List<Variable> CASE_VARIABLES = List.of(new Variable("tasklistCaseId", "Số hồ sơ"),
      new Variable("tasklistPerson", "Họ và tên"), new Variable("tasklistLocality", "Địa bàn"));

  static final List<Variable> ESCALATION_VARIABLES = List.of(new Variable("tasklistCaseId", "Số hồ sơ"),
      new Variable("breachedStep", "Bước bị quá hạn"), new Variable("tasklistResponsible", "Cơ quan phải xử lý"),
      new Variable("tasklistLocality", "Địa bàn"));

  /** Every role group that works in Tasklist (administrators read every filter through their ALL grant). */
  static final Set<Role> EVERY_OFFICER = Arrays.stream(Role.values()).filter(r -> r != Role.ADMIN)
      .collect(Collectors.toUnmodifiableSet());

  static final Set<Role> SUPERVISORS = Set.of(Role.COMMUNE_SUPERVISOR, Role.PROVINCE_SUPERVISOR);

  public static List<Definition> definitions() {
    return List.of(
        new Definition(MY_TASKS, "Việc của tôi",
            "Việc đã nhận hoặc được giao cho tôi, việc đến hạn trước ở trên.", 10, "#1f6fb2", true,
            EVERY_OFFICER, tasks -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")
                .orderByDueDate().asc(), CASE_VARIABLES),
        new Definition(AGENCY_TASKS, "Việc của cơ quan tôi",
            "Mọi việc của cơ quan tôi trên địa bàn, cả việc chưa ai nhận và việc đồng nghiệp đã nhận.", 20,
            "#2e7d32", true, EVERY_OFFICER, tasks -> tasks.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .orderByDueDate().asc(), CASE_VARIABLES),
        new Definition(DUE_SOON, "Sắp đến hạn",
            "Việc tôi được xem còn hạn nhưng hết hạn trong " + DUE_SOON_WORKING_DAYS
                + " ngày làm việc tới (tính cả hôm nay, trừ ngày nghỉ, ngày lễ).", 30, "#e68a00", false,
            EVERY_OFFICER, tasks -> tasks.createTaskQuery().dueAfterExpression("${now()}")
                .dueBeforeExpression("${filterDeadlines.dueWithinWorkingDays(" + DUE_SOON_WORKING_DAYS + ")}")
                .orderByDueDate().asc(), CASE_VARIABLES),
        new Definition(OVERDUE, "Quá hạn",
            "Việc tôi được xem đã quá thời hạn luật định mà chưa xong.", 40, "#c62828", false, EVERY_OFFICER,
            tasks -> tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(),
            CASE_VARIABLES),
        new Definition(LOCALITY_TASKS, "Toàn bộ việc trên địa bàn",
            "Lãnh đạo: mọi việc đang mở của các xã, phường mình giám sát.", 50, "#546e7a", false, SUPERVISORS,
            tasks -> tasks.createTaskQuery().orderByDueDate().asc(), CASE_VARIABLES),
        new Definition(ESCALATIONS, "Việc quá hạn cần xử lý",
            "Lãnh đạo: đôn đốc các bước đã quá hạn (mở tự động khi một bước quá hạn).", 15, "#8e0000", true,
            SUPERVISORS, tasks -> tasks.createTaskQuery().processDefinitionKey("deadline-escalation")
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .orderByDueDate().asc(), ESCALATION_VARIABLES));
  }

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final List<Definition> definitions;

  public TasklistFilters(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService) {
    this(filterService, taskService, authorizationService, definitions());
  }

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
      List<Definition> definitions) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.definitions = definitions;
  }

  /** What a run did: the filter id of each key, how many filters it created and how many it changed. */
  public record Result(Map<String, String> ids, int created, int updated) {}

  /**
   * Creates or updates the filters and their READ grants; removes filters this class made that are no longer
   * defined, duplicates (two nodes starting at once) and the former engine-wide {@code FILTER *} READ grant of
   * the role groups. Run without an authenticated user (start-up).
   */
  public Result run() {
    Map<String, List<Filter>> existing = existingByKey();
    Map<String, String> ids = new LinkedHashMap<>();
    int created = 0;
    int updated = 0;
    for (Definition definition : definitions) {
      List<Filter> found = existing.getOrDefault(definition.key(), List.of());
      Filter filter;
      if (found.isEmpty()) {
        filter = filterService.newTaskFilter();
        created++;
      } else {
        filter = found.get(0);
        found.stream().skip(1).forEach(duplicate -> filterService.deleteFilter(duplicate.getId()));
      }
      if (apply(definition, filter)) {
        filter = filterService.saveFilter(filter);
        updated += found.isEmpty() ? 0 : 1;
      }
      ids.put(definition.key(), filter.getId());
      grantRead(filter.getId(), definition.readers());
    }
    existing.forEach((key, filters) -> {
      if (!ids.containsKey(key)) {
        filters.forEach(f -> filterService.deleteFilter(f.getId()));
      }
    });
    revokeEngineWideRead();
    LOG.info("Tasklist filters: {} defined, {} created, {} updated", definitions.size(), created, updated);
    return new Result(ids, created, updated);
  }

  /** Shared filters (no owner) made by this class, by key; by name for one whose key an editor removed. */
  private Map<String, List<Filter>> existingByKey() {
    Map<String, String> keyByName = definitions.stream()
        .collect(Collectors.toMap(Definition::name, Definition::key));
    Map<String, List<Filter>> byKey = new LinkedHashMap<>();
    filterService.createTaskFilterQuery().list().stream()
        .filter(f -> f.getOwner() == null)
        .sorted(Comparator.comparing(Filter::getId))
        .forEach(f -> {
          Object key = f.getProperties() == null ? null : f.getProperties().get(KEY_PROPERTY);
          String k = key != null ? key.toString() : keyByName.get(f.getName());
          if (k != null) {
            byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
          }
        });
    return byKey;
  }

  /** Sets name, query and properties; true when anything differed. */
  private boolean apply(Definition definition, Filter filter) {
    TaskQuery query = definition.query().apply(taskService);
    Map<String, Object> properties = properties(definition);
    JsonTaskQueryConverter converter = new JsonTaskQueryConverter();
    boolean same = filter.getId() != null && definition.name().equals(filter.getName())
        && filter.getQuery() != null
        && converter.toJson((TaskQuery) filter.getQuery()).equals(converter.toJson(query))
        && properties.equals(filter.getProperties());
    if (same) {
      return false;
    }
    filter.setName(definition.name());
    filter.setQuery(query);
    filter.setProperties(properties);
    return true;
  }

  static Map<String, Object> properties(Definition definition) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(KEY_PROPERTY, definition.key());
    properties.put("description", definition.description());
    properties.put("priority", definition.priority());
    properties.put("color", definition.color());
    properties.put("refresh", definition.refresh());
    properties.put("showUndefinedVariable", false);
    List<Map<String, Object>> variables = new ArrayList<>();
    for (Variable v : definition.variables()) {
      Map<String, Object> variable = new LinkedHashMap<>();
      variable.put("name", v.name());
      variable.put("label", v.label());
      variables.add(variable);
    }
    properties.put("variables", variables);
    return properties;
  }

  /** READ on this filter for exactly its reader groups (other role groups' grants on it are removed). */
  private void grantRead(String filterId, Set<Role> readers) {
    Set<String> readerGroups = readers.stream().map(Role::groupId).collect(Collectors.toSet());
    Set<String> roleGroups = Arrays.stream(Role.values()).map(Role::groupId).collect(Collectors.toSet());
    List<Authorization> current = authorizationService.createAuthorizationQuery()
        .resourceType(Resources.FILTER).resourceId(filterId).list();
    for (Authorization auth : current) {
      if (auth.getGroupId() != null && roleGroups.contains(auth.getGroupId())
          && !readerGroups.contains(auth.getGroupId()) && auth.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT) {
        authorizationService.deleteAuthorization(auth.getId());
      }
    }
    for (String group : readerGroups) {
      Authorization auth = current.stream()
          .filter(a -> group.equals(a.getGroupId()) && a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
          .findFirst().orElse(null);
      if (auth == null) {
        auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        auth.setGroupId(group);
        auth.setResource(Resources.FILTER);
        auth.setResourceId(filterId);
      } else if (auth.isPermissionGranted(Permissions.READ)) {
        continue;
      }
      auth.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(auth);
    }
  }

  /**
   * Role groups used to read every filter ({@code FILTER *} READ, granted by earlier versions of
   * {@link AccessPolicy}); the filters now carry their own grants, so that grant is removed where it still exists.
   * A grant that holds more than READ was made by hand and is left alone.
   */
  private void revokeEngineWideRead() {
    for (Role role : Role.values()) {
      if (role == Role.ADMIN) {
        continue;
      }
      Authorization auth = authorizationService.createAuthorizationQuery().groupIdIn(role.groupId())
          .resourceType(Resources.FILTER).resourceId(Authorization.ANY).singleResult();
      if (auth != null && auth.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
          && auth.isPermissionGranted(Permissions.READ) && !auth.isPermissionGranted(Permissions.UPDATE)
          && !auth.isPermissionGranted(Permissions.DELETE) && !auth.isPermissionGranted(Permissions.CREATE)) {
        authorizationService.deleteAuthorization(auth.getId());
      }
    }
  }
}
