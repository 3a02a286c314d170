package vn.rehab.reporting;

import static vn.rehab.reporting.IndicatorCatalog.MONITORING_ACTIVE;
import static vn.rehab.reporting.IndicatorCatalog.PROCEDURES;
import static vn.rehab.reporting.IndicatorCatalog.RELAPSES;
import static vn.rehab.reporting.IndicatorCatalog.SUPERVISION_ACTIVE;
import static vn.rehab.reporting.IndicatorCatalog.SUPPORT_UNREADABLE;
import static vn.rehab.reporting.IndicatorCatalog.TASKS_BREACHED;
import static vn.rehab.reporting.IndicatorCatalog.TASKS_DUE;
import static vn.rehab.reporting.IndicatorCatalog.TASKS_LATE;
import static vn.rehab.reporting.IndicatorCatalog.TASKS_ON_TIME;
import static vn.rehab.reporting.IndicatorCatalog.TASKS_PENDING;
import static vn.rehab.reporting.IndicatorCatalog.TRANSFERRED_IN;
import static vn.rehab.reporting.IndicatorCatalog.TREATMENT_COMPULSORY;
import static vn.rehab.reporting.IndicatorCatalog.TREATMENT_TOTAL;
import static vn.rehab.reporting.IndicatorCatalog.TREATMENT_VOLUNTARY;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import vn.rehab.identity.AgencyMapping;
import vn.rehab.identity.Role;

/**
 * Counts the indicators of a period from the engine's history (HistoryService queries only; nothing but counts
 * leaves this class). Every query is restricted to the given communes' tenants: a caller decides whose figures
 * may be counted (the report's province, or the communes a user works for). Definitions: docs/reports.md.
 */
public final class HistoryIndicators {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  /** Processes whose tasks are not case steps: the supervisors' escalations and the reports themselves. */
  static final Set<String> NOT_CASE_STEPS = Set.of("deadline-escalation", "periodic-report");
  static final String BREACH_VARIABLE = "deadlineBreachedAt";
  private static final int CHUNK = 500;

  private final HistoryService history;
  private final AgencyMapping agencies;

  public HistoryIndicators(HistoryService history, AgencyMapping agencies) {
    this.history = history;
    this.agencies = agencies;
  }

  /**
   * @param from first day of the period (Hanoi calendar day), included
   * @param to last day, included
   * @param now the current engine time: stocks ("at the end of the period") and "open past due" are judged at the
   *     period end, or now if the period has not ended yet
   */
  public IndicatorSet compute(Collection<String> communesIn, LocalDate from, LocalDate to, Date now) {
    List<String> communes = List.copyOf(new LinkedHashSet<>(communesIn));
    Window w = new Window(startOf(from), startOf(to.plusDays(1)), now);
    Map<String, Map<String, Long>> figures = new LinkedHashMap<>();
    communes.forEach(c -> figures.put(c, IndicatorSet.zeros()));
    if (communes.isEmpty()) {
      return new IndicatorSet(from, to, w.asOf(), figures, List.of());
    }
    String[] tenants = communes.toArray(String[]::new);
    Counter count = (tenant, id) -> {
      Map<String, Long> f = figures.get(tenant);
      if (f != null) {
        f.merge(id, 1L, Long::sum);
      }
    };

    List<HistoricProcessInstance> started = registered(tenants, w, count);
    treatment(tenants, from, to, count);
    List<HistoricProcessInstance> ended = closed(tenants, w, count);
    stocks(tenants, w, count);
    relapses(tenants, w, started, ended, count);
    support(tenants, from, to, w, count);
    List<StepTimeliness> timeliness = tasks(tenants, w, to, count);
    figures.values().forEach(f -> f.put(TREATMENT_TOTAL, f.get(TREATMENT_VOLUNTARY) + f.get(TREATMENT_COMPULSORY)));
    return new IndicatorSet(from, to, w.asOf(), figures, timeliness);
  }

  /**
   * Cases opened in the period, per procedure; a voluntary case continued from another commune is counted apart,
   * and supervision cases handed over from a treatment case ({@code sourceCaseId}) are counted for the coverage.
   */
  private List<HistoricProcessInstance> registered(String[] tenants, Window w, Counter count) {
    List<HistoricProcessInstance> started = history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(PROCEDURES.toArray(String[]::new)).tenantIdIn(tenants)
        .startedAfter(w.justBeforeStart()).startedBefore(w.end()).list().stream()
        .filter(p -> w.contains(p.getStartTime())).toList();
    Map<String, Map<String, Object>> vars = variables(ids(started), "continuedFromCaseId", "sourceCaseId");
    for (HistoricProcessInstance p : started) {
      Map<String, Object> v = vars.getOrDefault(p.getId(), Map.of());
      boolean continued = v.get("continuedFromCaseId") != null;
      count.add(p.getTenantId(), continued && "voluntary-treatment".equals(p.getProcessDefinitionKey())
          ? TRANSFERRED_IN : "registered." + p.getProcessDefinitionKey());
      if ("post-treatment-supervision".equals(p.getProcessDefinitionKey()) && v.get("sourceCaseId") != null) {
        count.add(p.getTenantId(), IndicatorCatalog.SUPERVISION_FROM_TREATMENT);
      }
    }
    return started;
  }

  /**
   * Treatment begun in the period: voluntary cases whose intake recorded the start ({@code treatmentStarted = yes},
   * {@code intakeDate} in the period; a continuation at another commune is the same treatment, not counted again),
   * and compulsory cases admitted to a facility ({@code admissionDate} in the period). Apart: compulsory cases whose
   * court decision to apply the measure took effect in the period ({@code courtDecision = apply},
   * {@code decisionEffectiveDate} in the period).
   */
  private void treatment(String[] tenants, LocalDate from, LocalDate to, Counter count) {
    List<HistoricVariableInstance> intakes = history.createHistoricVariableInstanceQuery().variableName("intakeDate")
        .processDefinitionKey("voluntary-treatment").tenantIdIn(tenants).disableBinaryFetching().list().stream()
        .filter(v -> v.getTaskId() == null && within(date(v.getValue()), from, to)).toList();
    Map<String, Map<String, Object>> vars = variables(intakes.stream().map(HistoricVariableInstance::getProcessInstanceId)
        .toList(), "treatmentStarted", "continuedFromCaseId");
    for (HistoricVariableInstance v : intakes) {
      Map<String, Object> c = vars.getOrDefault(v.getProcessInstanceId(), Map.of());
      if ("yes".equals(c.get("treatmentStarted")) && c.get("continuedFromCaseId") == null) {
        count.add(v.getTenantId(), TREATMENT_VOLUNTARY);
      }
    }
    List<HistoricVariableInstance> admitted = history.createHistoricVariableInstanceQuery()
        .variableName("admissionDate").processDefinitionKey("compulsory-commitment").tenantIdIn(tenants)
        .disableBinaryFetching().list();
    for (HistoricVariableInstance v : admitted) {
      if (v.getTaskId() == null && within(date(v.getValue()), from, to)) {
        count.add(v.getTenantId(), TREATMENT_COMPULSORY);
      }
    }
    List<HistoricVariableInstance> effective = history.createHistoricVariableInstanceQuery()
        .variableName("decisionEffectiveDate").processDefinitionKey("compulsory-commitment").tenantIdIn(tenants)
        .disableBinaryFetching().list().stream()
        .filter(v -> v.getTaskId() == null && within(date(v.getValue()), from, to)).toList();
    Map<String, Map<String, Object>> decisions = variables(effective.stream()
        .map(HistoricVariableInstance::getProcessInstanceId).toList(), "courtDecision");
    for (HistoricVariableInstance v : effective) {
      if ("apply".equals(decisions.getOrDefault(v.getProcessInstanceId(), Map.of()).get("courtDecision"))) {
        count.add(v.getTenantId(), IndicatorCatalog.COMPULSORY_DECIDED);
      }
    }
  }

  /** Cases that ended in the period, per procedure and {@code caseOutcome}. */
  private List<HistoricProcessInstance> closed(String[] tenants, Window w, Counter count) {
    List<HistoricProcessInstance> ended = history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(PROCEDURES.toArray(String[]::new)).tenantIdIn(tenants)
        .finishedAfter(w.justBeforeStart()).finishedBefore(w.end()).list().stream()
        .filter(p -> w.contains(p.getEndTime())).toList();
    Map<String, Map<String, Object>> outcomes = variables(ids(ended), "caseOutcome");
    for (HistoricProcessInstance p : ended) {
      Object outcome = outcomes.getOrDefault(p.getId(), Map.of()).get("caseOutcome");
      String o = outcome instanceof String s && IndicatorCatalog.OUTCOMES.contains(s) ? s : "unrecorded";
      count.add(p.getTenantId(), "closed." + p.getProcessDefinitionKey() + "." + o);
    }
    return ended;
  }

  /**
   * At the end of the period (or now): people under post-treatment management (open supervision cases) and under
   * electronic monitoring (open cases with {@code monitoringDecided = yes} or a {@code deviceId}).
   */
  private void stocks(String[] tenants, Window w, Counter count) {
    Date at = w.asOf();
    List<HistoricProcessInstance> open = new ArrayList<>(history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(PROCEDURES.toArray(String[]::new)).tenantIdIn(tenants).unfinished()
        .startedBefore(at).list());
    open.addAll(history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(PROCEDURES.toArray(String[]::new))
        .tenantIdIn(tenants).finishedAfter(at).startedBefore(at).list());
    Map<String, HistoricProcessInstance> active = new LinkedHashMap<>();
    open.stream().filter(p -> p.getStartTime().before(at) && (p.getEndTime() == null || !p.getEndTime().before(at)))
        .forEach(p -> active.put(p.getId(), p));
    Map<String, Map<String, Object>> vars = variables(active.keySet(), "monitoringDecided", "deviceId");
    for (HistoricProcessInstance p : active.values()) {
      if ("post-treatment-supervision".equals(p.getProcessDefinitionKey())) {
        count.add(p.getTenantId(), SUPERVISION_ACTIVE);
      }
      Map<String, Object> v = vars.getOrDefault(p.getId(), Map.of());
      if ("yes".equals(v.get("monitoringDecided")) || (v.get("deviceId") instanceof String d && !d.isBlank())) {
        count.add(p.getTenantId(), MONITORING_ACTIVE);
      }
    }
  }

  /**
   * Relapses found in the period, each person's relapse once: a case variable {@code relapse} set to true (or
   * "yes") in the period, or a relapse route decided ({@code relapseRoute}, the supervision model's rule), a compulsory case opened in the period on the ground {@code relapse-during-supervision}
   * (the supervision case it came from, {@code sourceCaseId}, is the same relapse), or a case ended with outcome
   * {@code relapse}. The relapse is counted in the commune of the first record found.
   */
  private void relapses(String[] tenants, Window w, List<HistoricProcessInstance> started,
      List<HistoricProcessInstance> ended, Counter count) {
    Map<String, String> relapseByCase = new LinkedHashMap<>();
    Map<String, String> tenantOfInstance = new LinkedHashMap<>();
    for (HistoricDetail d : history.createHistoricDetailQuery().variableUpdates().variableNameLike("relapse%")
        .tenantIdIn(tenants).occurredAfter(w.justBeforeStart()).occurredBefore(w.end()).list()) {
      if (d instanceof HistoricVariableUpdate u && relapseRecorded(u.getVariableName(), u.getValue())
          && w.contains(u.getTime()) && u.getProcessInstanceId() != null) {
        tenantOfInstance.putIfAbsent(u.getProcessInstanceId(), u.getTenantId());
      }
    }
    if (!tenantOfInstance.isEmpty()) {
      Map<String, String> keys = history.createHistoricProcessInstanceQuery()
          .processInstanceIds(new HashSet<>(tenantOfInstance.keySet())).list().stream()
          .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoryIndicators::caseKey));
      tenantOfInstance.forEach((pid, tenant) -> relapseByCase.putIfAbsent(keys.getOrDefault(pid, pid), tenant));
    }
    List<HistoricProcessInstance> compulsory = started.stream()
        .filter(p -> "compulsory-commitment".equals(p.getProcessDefinitionKey())).toList();
    Map<String, Map<String, Object>> grounds = variables(ids(compulsory), "compulsoryGround", "sourceCaseId");
    for (HistoricProcessInstance p : compulsory) {
      Map<String, Object> v = grounds.getOrDefault(p.getId(), Map.of());
      if ("relapse-during-supervision".equals(v.get("compulsoryGround"))) {
        String key = v.get("sourceCaseId") instanceof String s && !s.isBlank() ? s : caseKey(p);
        relapseByCase.putIfAbsent(key, p.getTenantId());
      }
    }
    Map<String, Map<String, Object>> outcomes = variables(ids(ended), "caseOutcome");
    for (HistoricProcessInstance p : ended) {
      if ("relapse".equals(outcomes.getOrDefault(p.getId(), Map.of()).get("caseOutcome"))) {
        relapseByCase.putIfAbsent(caseKey(p), p.getTenantId());
      }
    }
    relapseByCase.values().forEach(tenant -> count.add(tenant, RELAPSES));
  }

  /**
   * People given each kind of support in the period (a person once per kind, whatever the number of services),
   * from {@code supportServices} or the separate date variables ({@link SupportServices}); and the cases, open
   * during the period, whose support record cannot be read.
   */
  private void support(String[] tenants, LocalDate from, LocalDate to, Window w, Counter count) {
    List<String> names = new ArrayList<>(List.of("supportServices"));
    names.addAll(SupportServices.DATE_VARIABLES.keySet());
    Map<String, List<SupportServices.Reading>> readings = new LinkedHashMap<>();
    Map<String, String> tenantOf = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .variableNameIn(names.toArray(String[]::new)).tenantIdIn(tenants).disableBinaryFetching().list()) {
      if (v.getTaskId() != null || v.getProcessInstanceId() == null) {
        continue;
      }
      SupportServices.Reading r = "supportServices".equals(v.getName()) ? SupportServices.read(v.getValue())
          : SupportServices.readDateVariable(v.getName(), v.getValue());
      readings.computeIfAbsent(v.getProcessInstanceId(), k -> new ArrayList<>()).add(r);
      tenantOf.put(v.getProcessInstanceId(), v.getTenantId());
    }
    Set<String> unreadable = new HashSet<>();
    readings.forEach((pid, list) -> {
      SupportServices.Reading r = SupportServices.merge(list);
      r.services().stream().filter(s -> within(s.date(), from, to)).map(SupportServices.Service::type).distinct()
          .forEach(type -> count.add(tenantOf.get(pid), "support." + type));
      if (r.unreadable()) {
        unreadable.add(pid);
      }
    });
    if (!unreadable.isEmpty()) {
      for (HistoricProcessInstance p : history.createHistoricProcessInstanceQuery().processInstanceIds(unreadable)
          .list()) {
        if (p.getStartTime().before(w.end()) && (p.getEndTime() == null || !p.getEndTime().before(w.start()))) {
          count.add(p.getTenantId(), SUPPORT_UNREADABLE);
        }
      }
    }
  }

  /**
   * Steps due in the period (user tasks of every case process: not the escalations', not the reports'), judged
   * against their due date:
   * on time (completed by it), late (completed after it, or open past it), pending (open, not yet due). A task
   * cancelled by the process (a boundary event, the case ended) is not counted. Grouped per step and candidate group.
   */
  private List<StepTimeliness> tasks(String[] tenants, Window w, LocalDate to, Counter count) {
    List<HistoricTaskInstance> tasks = dueTasks(tenants, w, null);
    Map<String, List<String>> groupsOfTask = new HashMap<>();
    for (Role role : Role.values()) {
      for (HistoricTaskInstance t : dueTasks(tenants, w, role.groupId())) {
        groupsOfTask.computeIfAbsent(t.getId(), k -> new ArrayList<>()).add(role.groupId());
      }
    }
    Set<String> breached = new HashSet<>();
    List<String> taskIds = tasks.stream().map(HistoricTaskInstance::getId).toList();
    for (int i = 0; i < taskIds.size(); i += CHUNK) {
      history.createHistoricVariableInstanceQuery().variableName(BREACH_VARIABLE)
          .taskIdIn(taskIds.subList(i, Math.min(taskIds.size(), i + CHUNK)).toArray(String[]::new)).list()
          .forEach(v -> breached.add(v.getTaskId()));
    }
    Map<List<String>, long[]> rows = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
        .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
    Map<List<String>, String> names = new HashMap<>();
    for (HistoricTaskInstance t : tasks) {
      int status = status(t, w.asOf());
      if (status < 0) {
        continue;
      }
      String[] ids = {TASKS_ON_TIME, TASKS_LATE, TASKS_PENDING};
      count.add(t.getTenantId(), TASKS_DUE);
      count.add(t.getTenantId(), ids[status]);
      boolean wasBreached = breached.contains(t.getId());
      if (wasBreached) {
        count.add(t.getTenantId(), TASKS_BREACHED);
      }
      for (String group : groupsOfTask.getOrDefault(t.getId(), List.of(""))) {
        List<String> key = List.of(t.getProcessDefinitionKey(), t.getTaskDefinitionKey(), group);
        long[] row = rows.computeIfAbsent(key, k -> new long[5]);
        row[0]++;
        row[1 + status]++;
        row[4] += wasBreached ? 1 : 0;
        names.put(key, t.getName());
      }
    }
    List<StepTimeliness> result = new ArrayList<>();
    rows.forEach((key, r) -> {
      String group = key.get(2);
      String role = Role.byGroupId(group).map(Role::vietnameseName).orElse(group.isEmpty() ? "(không có nhóm)" : group);
      String agency = group.isEmpty() ? null : agencies.holder(group, to).agency();
      result.add(new StepTimeliness(key.get(0), IndicatorCatalog.procedureName(key.get(0)), key.get(1),
          names.get(key), group, role, agency, r[0], r[1], r[2], r[3], r[4], StepTimeliness.rate(r[1], r[2])));
    });
    return result;
  }

  private List<HistoricTaskInstance> dueTasks(String[] tenants, Window w, String group) {
    var query = history.createHistoricTaskInstanceQuery().tenantIdIn(tenants).taskDueAfter(w.justBeforeStart())
        .taskDueBefore(w.end());
    if (group != null) {
      query.taskHadCandidateGroup(group);
    }
    return query.list().stream().filter(t -> t.getDueDate() != null && w.contains(t.getDueDate())
        && t.getProcessDefinitionKey() != null && !NOT_CASE_STEPS.contains(t.getProcessDefinitionKey())).toList();
  }

  /** 0 on time, 1 late, 2 pending, -1 not counted (cancelled). */
  static int status(HistoricTaskInstance t, Date asOf) {
    if (t.getEndTime() == null) {
      return t.getDueDate().before(asOf) ? 1 : 2;
    }
    if (!"completed".equals(t.getDeleteReason())) {
      return -1;
    }
    return t.getEndTime().after(t.getDueDate()) ? 1 : 0;
  }

  /** Process-level variables of some instances, by instance id and name (task-local ones are left out). */
  private Map<String, Map<String, Object>> variables(Collection<String> processInstanceIds, String... names) {
    Map<String, Map<String, Object>> result = new HashMap<>();
    List<String> ids = List.copyOf(new LinkedHashSet<>(processInstanceIds));
    for (int i = 0; i < ids.size(); i += CHUNK) {
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(ids.subList(i, Math.min(ids.size(), i + CHUNK)).toArray(String[]::new))
          .variableNameIn(names).disableBinaryFetching().list()) {
        if (v.getTaskId() == null) {
          result.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
        }
      }
    }
    return result;
  }

  private static List<String> ids(List<HistoricProcessInstance> instances) {
    return instances.stream().map(HistoricProcessInstance::getId).toList();
  }

  /** {@code relapse} true (data dictionary), or a relapse route decided ({@code relapseRoute}, supervision model). */
  static boolean relapseRecorded(String name, Object value) {
    return ("relapse".equals(name) && truthy(value))
        || ("relapseRoute".equals(name) && value instanceof String s && !s.isBlank());
  }

  static boolean truthy(Object value) {
    return Boolean.TRUE.equals(value) || "yes".equals(value) || "true".equals(value);
  }

  static LocalDate date(Object value) {
    if (!(value instanceof String s) || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }

  static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }

  @FunctionalInterface
  private interface Counter {
    void add(String tenant, String indicator);
  }

  /** The period as instants: [start, end); stocks and lateness judged at the end, or now if earlier. */
  private record Window(Date start, Date end, Date now) {
    Date asOf() {
      return now.before(end) ? now : end;
    }

    Date justBeforeStart() {
      return new Date(start.getTime() - 1);
    }

    boolean contains(Date d) {
      return d != null && !d.before(start) && d.before(end);
    }
  }

  /** A case's key for de-duplication: its case number, or its instance id when it has none. */
  static String caseKey(HistoricProcessInstance p) {
    return p.getBusinessKey() != null ? p.getBusinessKey() : p.getId();
  }
}
