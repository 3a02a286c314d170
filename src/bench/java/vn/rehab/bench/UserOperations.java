package vn.rehab.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import vn.rehab.calendar.VietnamTime;
import vn.rehab.identity.LocalityDirectory;
import vn.rehab.identity.Locality;
import vn.rehab.identity.TasklistFilters;
import vn.rehab.reporting.ReportService;

/**
 * What officers and supervisors do most, each timed as that user: every Tasklist filter they read (the first page
 * of 50 by due date, the count Tasklist shows, and the list's variables of those tasks, as Tasklist's one HAL
 * request does), a task's form variables, completing a task, finding a case by number and by citizen id, and the
 * monthly report of the province.
 */
final class UserOperations {

  static final String OFFICER = "halong-police";
  static final String SUPERVISOR = "qn-supervisor";
  static final List<String> OFFICER_FILTERS = List.of(TasklistFilters.MY_TASKS, TasklistFilters.AGENCY_TASKS,
      TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE);

  private final ProcessEngine engine;
  private final ReportService reports;
  private final LocalityDirectory localities;
  private final Map<String, String> filterIds = new LinkedHashMap<>();
  private final Map<String, List<String>> filterVariables = new LinkedHashMap<>();
  private final UserSession officer;
  private final UserSession supervisor;
  private final LifecycleCases cases;

  UserOperations(ProcessEngine engine, ReportService reports, LocalityDirectory localities, LifecycleCases cases) {
    this.localities = localities;
    this.engine = engine;
    this.reports = reports;
    this.cases = cases;
    for (Filter f : engine.getFilterService().createFilterQuery().list()) {
      Object key = f.getProperties() == null ? null : f.getProperties().get(TasklistFilters.KEY_PROPERTY);
      if (key != null) {
        filterIds.put(key.toString(), f.getId());
      }
    }
    for (TasklistFilters.Definition d : TasklistFilters.definitions()) {
      filterVariables.put(d.key(), d.variables().stream().map(TasklistFilters.Variable::name).toList());
    }
    officer = UserSession.of(engine.getIdentityService(), OFFICER);
    supervisor = UserSession.of(engine.getIdentityService(), SUPERVISOR);
  }

  String filterId(String key) {
    return filterIds.get(key);
  }

  UserSession officer() {
    return officer;
  }

  /** Every figure at the current size; {@code label} says which (before or after the indexes). */
  Map<String, Object> measure(int samples, int reportSamples, List<String> caseIds, List<String> citizenIds) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String key : OFFICER_FILTERS) {
      out.put("officer filter " + key, Latency.measure(samples, i -> listFilter(officer, key)).toMap());
    }
    for (String key : filterIds.keySet()) {
      out.put("supervisor filter " + key, Latency.measure(samples, i -> listFilter(supervisor, key)).toMap());
    }
    List<String> taskIds = taskIdsOf(officer, TasklistFilters.AGENCY_TASKS);
    out.put("officer task form variables", Latency.measure(samples, i -> officer.call(
        () -> engine.getFormService().getTaskFormVariables(taskIds.get(i % taskIds.size())))).toMap());
    out.put("officer completes a task", completions(samples));
    out.put("supervisor finds case by number", Latency.measure(samples, i -> supervisor.call(
        () -> engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceBusinessKey(caseIds.get(i % caseIds.size())).list())).toMap());
    out.put("supervisor finds case by citizen id", Latency.measure(samples, i -> supervisor.call(
        () -> engine.getRuntimeService().createProcessInstanceQuery()
            .variableValueEquals("citizenId", citizenIds.get(i % citizenIds.size())).list())).toMap());
    out.put("supervisor monthly report", Latency.measure(reportSamples, i -> supervisor.call(this::monthlyReport))
        .toMap());
    return out;
  }

  private Object listFilter(UserSession user, String key) throws Exception {
    String id = filterIds.get(key);
    return user.call(() -> {
      List<Task> page = engine.getFilterService().listPage(id, 0, 50);
      long count = engine.getFilterService().count(id);
      if (!page.isEmpty()) {
        engine.getRuntimeService().createVariableInstanceQuery()
            .taskIdIn(page.stream().map(Task::getId).toArray(String[]::new))
            .variableNameIn(filterVariables.get(key).toArray(String[]::new)).list();
      }
      return count;
    });
  }

  private List<String> taskIdsOf(UserSession user, String key) {
    try {
      List<String> ids = user.call(() -> engine.getFilterService().<Task>listPage(filterIds.get(key), 0, 200))
          .stream().map(Task::getId).toList();
      return ids.isEmpty() ? List.of("none") : ids;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The officer completes the first step of a fresh case of their commune (set up untimed, one per sample). */
  private Map<String, Object> completions(int samples) {
    List<String> tasks = new ArrayList<>();
    for (int i = 0; i < samples + Math.max(2, samples / 10); i++) {
      tasks.add(cases.firstTaskOfNewCase(0));
    }
    UserSession worker = cases.workerOf(tasks.get(0));
    return Latency.measure(samples, i -> worker.call(() -> {
      cases.completeFirstStep(tasks.get(i));
      return null;
    })).toMap();
  }

  private Object monthlyReport() {
    YearMonth month = YearMonth.now(VietnamTime.ZONE);
    List<String> communes = localities.inProvince("22").stream().map(Locality::communeCode)
        .toList();
    LocalDate from = month.atDay(1);
    return reports.report(engine.getHistoryService(), "22", communes, from, month.atEndOfMonth(),
        LocalDate.of(month.getYear(), 1, 1), ClockUtil.getCurrentTime());
  }
}
