package vn.rehab.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.rehab.escalation.EscalationTesting.clockAt;
import static vn.rehab.escalation.EscalationTesting.executeDueJobs;
import static vn.rehab.escalation.EscalationTesting.hanoi;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.rehab.forms.InvalidInputException;
import vn.rehab.testing.RecordingNotifier.Sent;
import vn.rehab.testing.TestEngines;

/**
 * The escalation mechanism on real models, with the engine clock moved by hand and jobs executed by hand (the job
 * executor is off). All times are Hanoi wall-clock times; the JVM runs in UTC (surefire), so a zone mistake shows.
 *
 * <p>Models: {@code escalation-demo} (commune police, 3 working days from {@code receivedDate}),
 * {@code escalation-hours} (step {@code voluntary.2.3} from the deadline table: 24 hours under L120, 3 working days
 * under L73), {@code escalation-province} (the court, a province-level role, then a commune step).
 */
class EscalationProcessTest {

  static final String DEMO = "escalation/escalation-demo.bpmn";
  static final String HOURS = "escalation/escalation-hours.bpmn";
  static final String PROVINCE = "escalation/escalation-province.bpmn";
  static final String STEP_START = "escalation/escalation-step-start.bpmn";
  static final String ESCALATION = "processes/common/deadline-escalation.bpmn";

  static final SwitchableNotifier NOTIFIER = new SwitchableNotifier();
  static final BlockingDeadlines DEADLINES = new BlockingDeadlines(TestEngines.CALENDAR);
  static ProcessEngine ENGINE = engine(); // not final: the extension injects its engine (this one) into it

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(ENGINE).build();

  RuntimeService runtime = ENGINE.getRuntimeService();
  TaskService tasks = ENGINE.getTaskService();
  HistoryService history = ENGINE.getHistoryService();
  ManagementService management = ENGINE.getManagementService();

  static ProcessEngine engine() {
    Map<Object, Object> beans = TestEngines.standardBeans(NOTIFIER);
    beans.put("deadlines", DEADLINES);
    // The shipped deadline table plus one row for a limit counted from the step's own start.
    List<vn.rehab.deadline.DeadlineRule> rows = new java.util.ArrayList<>(
        vn.rehab.deadline.DeadlineRules.fromClasspath().all());
    rows.add(new vn.rehab.deadline.DeadlineRule("escalation-test.step-start", "*", 24,
        vn.rehab.calendar.DeadlineUnit.HOURS, vn.rehab.deadline.CaseDeadlines.STEP_START, "thử nghiệm", "default"));
    beans.put("caseDeadlines", new vn.rehab.deadline.CaseDeadlines(new vn.rehab.deadline.DeadlineRules(rows),
        new vn.rehab.calendar.Deadlines(TestEngines.CALENDAR)));
    return TestEngines.configuration(beans).buildProcessEngine();
  }

  @BeforeEach
  void init() {
    BpmnAwareTests.init(ENGINE);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    NOTIFIER.clear();
    NOTIFIER.passTo(null);
    DEADLINES.arm(null);
    BpmnAwareTests.reset();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Exactly once

  @Test
  @Deployment(resources = {DEMO, ESCALATION})
  void reminderEscalationAndBreachRecordHappenExactlyOnce() {
    // Monday 2 March 2026, 09:00; received that day: 3 working days → due Thursday 5 March 23:59:59,
    // reminder one working day before at 08:00 → Wednesday 4 March 08:00.
    clockAt(hanoi(2026, 3, 2, 9, 0));
    ProcessInstance pi = startDemo("QN-2026-000001", "06658", "2026-03-02");
    Task task = taskOf(pi);
    assertThat(task.getDueDate()).isEqualTo(hanoi(2026, 3, 5, 23, 59, 59));
    assertThat(task.getFollowUpDate()).isEqualTo(hanoi(2026, 3, 4, 8, 0));
    List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).orderByJobDuedate().asc().list();
    assertThat(jobs).extracting(Job::getDuedate)
        .containsExactly(hanoi(2026, 3, 4, 8, 0), hanoi(2026, 3, 5, 23, 59, 59));

    clockAt(hanoi(2026, 3, 4, 7, 59, 59));
    assertThat(executeDueJobs(ENGINE)).isZero();
    assertThat(NOTIFIER.sent()).isEmpty();

    clockAt(hanoi(2026, 3, 4, 8, 0));
    assertThat(executeDueJobs(ENGINE)).isEqualTo(1);
    assertThat(executeDueJobs(ENGINE)).isZero();
    assertThat(NOTIFIER.sent()).extracting(Sent::tenantId, Sent::groupId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("06658", "commune-police"));
    assertThat(tasks.getVariableLocal(task.getId(), ReminderListener.REMINDED_AT)).isEqualTo(hanoi(2026, 3, 4, 8, 0));
    assertThat(tasks.getVariableLocal(task.getId(), EscalationListener.BREACHED_AT)).isNull();

    clockAt(hanoi(2026, 3, 5, 23, 59, 58));
    assertThat(executeDueJobs(ENGINE)).isZero();
    assertThat(escalationCount()).isZero();

    clockAt(hanoi(2026, 3, 6, 0, 0, 5));
    assertThat(executeDueJobs(ENGINE)).isEqualTo(1);
    assertThat(executeDueJobs(ENGINE)).isZero();

    // Later clock moves (a week, a month, a year) change nothing.
    for (Date later : List.of(hanoi(2026, 3, 13, 9, 0), hanoi(2026, 4, 6, 9, 0), hanoi(2027, 3, 8, 9, 0))) {
      clockAt(later);
      assertThat(executeDueJobs(ENGINE)).isZero();
    }
    assertThat(escalationCount()).isEqualTo(1);
    assertThat(NOTIFIER.sent()).extracting(Sent::groupId).containsExactly("commune-police", "commune-supervisor");
    assertThat(tasks.getVariableLocal(task.getId(), EscalationListener.BREACHED_AT))
        .isEqualTo(hanoi(2026, 3, 6, 0, 0, 5));
    assertThat(tasks.getVariableLocal(task.getId(), ReminderListener.REMINDED_AT)).isEqualTo(hanoi(2026, 3, 4, 8, 0));
    // Written once each: one history variable, one value update.
    for (String name : List.of(EscalationListener.BREACHED_AT, ReminderListener.REMINDED_AT)) {
      HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery().variableName(name)
          .singleResult();
      assertThat(variable.getTaskId()).isEqualTo(task.getId());
      assertThat(history.createHistoricDetailQuery().variableInstanceId(variable.getId()).count()).isEqualTo(1);
    }
    assertThat(management.createJobQuery().count()).isZero();
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_Appraise");
  }

  @Test
  @Deployment(resources = {DEMO, ESCALATION})
  void twoJobExecutorsRacingOnTheSameEscalationProduceOneEscalation() throws Exception {
    clockAt(hanoi(2026, 3, 2, 9, 0));
    ProcessInstance pi = startDemo("QN-2026-000002", "06658", "2026-03-02");
    Task task = taskOf(pi);
    Job escalationJob = management.createJobQuery().processInstanceId(pi.getId()).duedateHigherThan(
        hanoi(2026, 3, 5, 0, 0)).singleResult();
    clockAt(hanoi(2026, 3, 6, 0, 0, 5));

    // Both threads load the job and run the escalation up to the supervisor task's due date before either commits.
    DEADLINES.arm(new java.util.concurrent.CyclicBarrier(2));
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first = pool.submit(() -> run(() -> management.executeJob(escalationJob.getId())));
      var second = pool.submit(() -> run(() -> management.executeJob(escalationJob.getId())));
      List<Throwable> outcomes = java.util.Arrays.asList(first.get(), second.get());
      assertThat(outcomes).filteredOn(t -> t == null).hasSize(1);
      // The loser's commit conflicts (on the breach variable or the job row) and rolls back all it did.
      assertThat(outcomes).filteredOn(t -> t != null).singleElement()
          .isInstanceOf(org.camunda.bpm.engine.OptimisticLockingException.class);
    } finally {
      DEADLINES.arm(null);
      pool.shutdownNow();
    }

    assertThat(escalationCount()).isEqualTo(1);
    assertThat(NOTIFIER.sent()).extracting(Sent::groupId).containsExactly("commune-supervisor");
    assertThat(history.createHistoricVariableInstanceQuery().variableName(EscalationListener.BREACHED_AT).count())
        .isEqualTo(1);
    assertThat(tasks.getVariableLocal(task.getId(), EscalationListener.BREACHED_AT)).isNotNull();
    assertThat(management.createJobQuery().jobId(escalationJob.getId()).count()).isZero();
  }

  @Test
  @Deployment(resources = {DEMO})
  void aFailedEscalationLeavesNoTraceAndItsRetryEscalatesOnce() {
    // The supervisors' process is missing (e.g. a broken deployment): the escalation fails and rolls back.
    clockAt(hanoi(2026, 3, 2, 9, 0));
    ProcessInstance pi = startDemo("QN-2026-000003", "06658", "2026-03-02");
    Task task = taskOf(pi);
    clockAt(hanoi(2026, 3, 4, 8, 0));
    executeDueJobs(ENGINE);
    NOTIFIER.clear();
    clockAt(hanoi(2026, 3, 6, 0, 0, 5));
    Job escalationJob = management.createJobQuery().processInstanceId(pi.getId()).singleResult();

    assertThatThrownBy(() -> management.executeJob(escalationJob.getId()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("deadline-escalation");
    assertThat(NOTIFIER.sent()).as("no mail for a transaction that rolled back").isEmpty();
    assertThat(tasks.getVariableLocal(task.getId(), EscalationListener.BREACHED_AT)).isNull();
    assertThat(history.createHistoricVariableInstanceQuery().variableName(EscalationListener.BREACHED_AT).count())
        .isZero();
    Job failed = management.createJobQuery().jobId(escalationJob.getId()).singleResult();
    assertThat(failed.getRetries()).isLessThan(3);
    assertThat(failed.getExceptionMessage()).contains("deadline-escalation");

    String fix = ENGINE.getRepositoryService().createDeployment().addClasspathResource(ESCALATION).deploy().getId();
    try {
      management.executeJob(escalationJob.getId());
      assertThat(executeDueJobs(ENGINE)).isZero();
      assertThat(escalationCount()).isEqualTo(1);
      assertThat(NOTIFIER.sent()).extracting(Sent::groupId).containsExactly("commune-supervisor");
      assertThat(history.createHistoricVariableInstanceQuery().variableName(EscalationListener.BREACHED_AT).count())
          .isEqualTo(1);
    } finally {
      ENGINE.getRepositoryService().deleteDeployment(fix, true);
    }
  }

  @Test
  @Deployment(resources = {DEMO, ESCALATION})
  void aNotificationThatFailsAfterCommitDoesNotFailTheJob() {
    NOTIFIER.passTo((tenant, group, subject, body) -> {
      throw new IllegalStateException("directory unavailable");
    });
    clockAt(hanoi(2026, 3, 2, 9, 0));
    ProcessInstance pi = startDemo("QN-2026-000004", "06658", "2026-03-02");
    Task task = taskOf(pi);
    try (LogCapture log = new LogCapture(AfterCommit.class)) {
      clockAt(hanoi(2026, 3, 4, 8, 0));
      assertThat(executeDueJobs(ENGINE)).isEqualTo(1);
      clockAt(hanoi(2026, 3, 6, 0, 0, 5));
      assertThat(executeDueJobs(ENGINE)).isEqualTo(1);
      assertThat(log.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("directory unavailable"));
    }

    assertThat(NOTIFIER.sent()).hasSize(2);
    assertThat(tasks.getVariableLocal(task.getId(), ReminderListener.REMINDED_AT)).isNotNull();
    assertThat(tasks.getVariableLocal(task.getId(), EscalationListener.BREACHED_AT)).isNotNull();
    assertThat(escalationCount()).isEqualTo(1);
    assertThat(management.createJobQuery().count()).isZero();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Cancelled by completion; completion after escalation

  @Test
  @Deployment(resources = {DEMO, ESCALATION})
  void completingOnTimeCancelsReminderAndEscalation() {
    clockAt(hanoi(2026, 3, 2, 9, 0));
    ProcessInstance pi = startDemo("QN-2026-000005", "06658", "2026-03-02");
    clockAt(hanoi(2026, 3, 3, 10, 0));
    tasks.complete(taskOf(pi).getId());

    BpmnAwareTests.assertThat(pi).isEnded();
    assertThat(management.createJobQuery().count()).isZero();
    for (Date later : List.of(hanoi(2026, 3, 4, 8, 0), hanoi(2026, 3, 6, 0, 0, 5), hanoi(2026, 6, 1, 9, 0))) {
      clockAt(later);
      assertThat(executeDueJobs(ENGINE)).isZero();
    }
    assertThat(NOTIFIER.sent()).isEmpty();
    assertThat(escalationCount()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery()
        .variableNameIn(ReminderListener.REMINDED_AT, EscalationListener.BREACHED_AT).count()).isZero();
  }

  @Test
  @Deployment(resources = {DEMO, ESCALATION})
  void completingAfterTheReminderButBeforeTheDueDateCancelsTheEscalation() {
    clockAt(hanoi(2026, 3, 2, 9, 0));
    ProcessInstance pi = startDemo("QN-2026-000006", "06658", "2026-03-02");
    clockAt(hanoi(2026, 3, 4, 8, 0, 10));
    executeDueJobs(ENGINE);
    clockAt(hanoi(2026, 3, 5, 23, 59, 0));
    tasks.complete(taskOf(pi).getId());

    BpmnAwareTests.assertThat(pi).isEnded();
    assertThat(management.createJobQuery().count()).isZero();
    clockAt(hanoi(2026, 3, 6, 0, 0, 5));
    assertThat(executeDueJobs(ENGINE)).isZero();
    assertThat(NOTIFIER.sent()).extracting(Sent::groupId).containsExactly("commune-police");
    assertThat(escalationCount()).isZero();
  }

  @Test
  @Deployment(resources = {DEMO, ESCALATION})
  void anEscalatedTaskCanStillBeCompletedAndTheCaseEnds() {
    clockAt(hanoi(2026, 3, 2, 9, 0));
    ProcessInstance pi = startDemo("QN-2026-000007", "06658", "2026-03-02");
    Task late = taskOf(pi);
    clockAt(hanoi(2026, 3, 6, 0, 0, 5));
    assertThat(executeDueJobs(ENGINE)).isEqualTo(2); // reminder (overdue too) and escalation
    ProcessInstance escalation = escalationOf("QN-2026-000007");

    clockAt(hanoi(2026, 3, 6, 9, 30));
    tasks.complete(late.getId(), Variables.createVariables().putValue("appraisalResult", "ok"));

    BpmnAwareTests.assertThat(pi).isEnded();
    // The supervisors' case is independent: it stays open for them to record what they did ...
    BpmnAwareTests.assertThat(escalation).isActive().isWaitingAt("Task_HandleOverdue");
    Task supervisor = taskOf(escalation);
    // ... through their form, which the server checks ...
    assertThatThrownBy(() -> tasks.complete(supervisor.getId())).isInstanceOf(InvalidInputException.class);
    tasks.complete(supervisor.getId(), Variables.createVariables().putValue("escalationAction", "reminded-officer"));
    BpmnAwareTests.assertThat(escalation).isEnded();
    // ... and the late step keeps its breach record in history, with its real end.
    var historic = history.createHistoricTaskInstanceQuery().taskId(late.getId()).singleResult();
    assertThat(historic.getEndTime()).isEqualTo(hanoi(2026, 3, 6, 9, 30));
    assertThat(historic.getEndTime()).isAfter(historic.getDueDate());
    assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(late.getId())
        .variableName(EscalationListener.BREACHED_AT).singleResult().getValue())
        .isEqualTo(hanoi(2026, 3, 6, 0, 0, 5));
    assertThat(management.createJobQuery().count()).isZero();
  }

  @Test
  @Deployment(resources = {DEMO, ESCALATION})
  void deletingTheCaseRemovesItsTimers() {
    clockAt(hanoi(2026, 3, 2, 9, 0));
    ProcessInstance pi = startDemo("QN-2026-000008", "06658", "2026-03-02");
    assertThat(management.createJobQuery().count()).isEqualTo(2);
    runtime.deleteProcessInstance(pi.getId(), "hồ sơ nhập nhầm");
    assertThat(management.createJobQuery().count()).isZero();
    clockAt(hanoi(2026, 3, 6, 0, 0, 5));
    assertThat(executeDueJobs(ENGINE)).isZero();
    assertThat(NOTIFIER.sent()).isEmpty();
    assertThat(escalationCount()).isZero();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Who the supervisor task goes to

  @Test
  @Deployment(resources = {DEMO, ESCALATION})
  void aCommuneStepEscalatesToTheCommuneSupervisorsOfTheSameCommune() {
    clockAt(hanoi(2026, 3, 2, 9, 0));
    ProcessInstance halong = startDemo("QN-2026-000010", "06658", "2026-03-02");
    ProcessInstance baichay = startDemo("QN-2026-000011", "06700", "2026-03-02");
    Task halongTask = taskOf(halong);
    clockAt(hanoi(2026, 3, 6, 0, 0, 5));
    executeDueJobs(ENGINE);

    assertThat(escalationCount()).isEqualTo(2);
    for (var c : List.of(Map.entry(halong, "06658"), Map.entry(baichay, "06700"))) {
      String caseNumber = c.getKey().getBusinessKey();
      ProcessInstance escalation = escalationOf(caseNumber);
      assertThat(escalation.getTenantId()).isEqualTo(c.getValue());
      Task supervisor = taskOf(escalation);
      assertThat(supervisor.getTenantId()).isEqualTo(c.getValue());
      BpmnAwareTests.assertThat(supervisor).hasName("Xử lý việc quá hạn").hasCandidateGroup("commune-supervisor");
      assertThat(candidateGroups(supervisor)).containsExactly("commune-supervisor");
      // Its own limit: one working day after the breach (Friday 6 March → Monday 9 March) ...
      BpmnAwareTests.assertThat(supervisor).hasDueDate(hanoi(2026, 3, 9, 23, 59, 59));
      assertThat(runtime.getVariable(escalation.getId(), "caseId")).isEqualTo(caseNumber);
    }
    Map<String, Object> vars = runtime.getVariables(escalationOf("QN-2026-000010").getId());
    assertThat(vars).containsEntry("communeCode", "06658").containsEntry("breachedTaskId", halongTask.getId())
        .containsEntry("breachedStep", "Thẩm định hồ sơ").containsEntry("breachedStepKey", "Task_Appraise")
        .containsEntry("breachedProcessKey", "escalation-demo").containsEntry("responsibleGroup", "commune-police")
        .containsEntry("supervisorGroup", "commune-supervisor").containsEntry("legalBasis", "D116 Art. 30(1)")
        .containsEntry("breachDueDate", hanoi(2026, 3, 5, 23, 59, 59))
        .containsEntry("breachedAt", hanoi(2026, 3, 6, 0, 0, 5));
    assertThat(NOTIFIER.sent()).filteredOn(s -> s.groupId().equals("commune-supervisor"))
        .extracting(Sent::tenantId).containsExactlyInAnyOrder("06658", "06700");

    // ... and it is not escalated itself: no follow-up date, no timers, nothing when its limit passes.
    assertThat(taskOf(escalationOf("QN-2026-000010")).getFollowUpDate()).isNull();
    assertThat(management.createJobQuery().count()).isZero();
    NOTIFIER.clear();
    clockAt(hanoi(2026, 3, 20, 9, 0));
    assertThat(executeDueJobs(ENGINE)).isZero();
    assertThat(escalationCount()).isEqualTo(2);
    assertThat(NOTIFIER.sent()).isEmpty();
  }

  @Test
  @Deployment(resources = {PROVINCE, ESCALATION})
  void aProvinceStepEscalatesToTheProvinceSupervisorsInTheCaseCommuneTenant() {
    // Received Monday 2 March; the court has 2 working days → Wednesday 4 March; reminder Tuesday 08:00.
    clockAt(hanoi(2026, 3, 2, 9, 0));
    ProcessInstance pi = runtime.startProcessInstanceByKey("escalation-province", "QN-2026-000020",
        Map.of("receivedDate", "2026-03-02", "communeCode", "06700"));
    Task court = taskOf(pi);
    BpmnAwareTests.assertThat(court).hasCandidateGroup("court").hasDueDate(hanoi(2026, 3, 4, 23, 59, 59));
    assertThat(court.getFollowUpDate()).isEqualTo(hanoi(2026, 3, 3, 8, 0));
    clockAt(hanoi(2026, 3, 3, 8, 0));
    executeDueJobs(ENGINE);
    clockAt(hanoi(2026, 3, 5, 0, 0, 5));
    executeDueJobs(ENGINE);

    ProcessInstance escalation = escalationOf("QN-2026-000020");
    assertThat(escalation.getTenantId()).isEqualTo("06700");
    Task supervisor = taskOf(escalation);
    assertThat(supervisor.getTenantId()).isEqualTo("06700");
    assertThat(candidateGroups(supervisor)).containsExactly("province-supervisor");
    BpmnAwareTests.assertThat(supervisor).hasDueDate(hanoi(2026, 3, 6, 23, 59, 59));
    assertThat(NOTIFIER.sent()).extracting(Sent::tenantId, Sent::groupId).containsExactly(
        org.assertj.core.groups.Tuple.tuple("06700", "court"),
        org.assertj.core.groups.Tuple.tuple("06700", "province-supervisor"));

    // The next step of the same model gets its own reminder and escalation timers.
    tasks.complete(court.getId());
    Task notify = taskOf(pi);
    BpmnAwareTests.assertThat(notify).hasDefinitionKey("Task_Notify").hasCandidateGroup("commune-police");
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isEqualTo(2);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Limits in hours, limits from the deadline table, tasks created late

  @Test
  @Deployment(resources = {HOURS, ESCALATION})
  void anHourLimitRunsThroughTheWeekendAndIsRemindedHoursBefore() {
    // L120: 24 hours from the dossier's receipt, Friday 6 March 15:00 → Saturday 7 March 15:00.
    clockAt(hanoi(2026, 3, 6, 15, 0));
    ProcessInstance pi = runtime.startProcessInstanceByKey("escalation-hours", "QN-2026-000030",
        Map.of("communeCode", "06658", "legalRegime", "L120", "dossierReceivedAt", hanoi(2026, 3, 6, 15, 0)));
    Task task = taskOf(pi);
    assertThat(task.getDueDate()).isEqualTo(hanoi(2026, 3, 7, 15, 0));
    assertThat(task.getFollowUpDate()).isEqualTo(hanoi(2026, 3, 7, 11, 0)); // 4 hours before (default lead)

    clockAt(hanoi(2026, 3, 7, 10, 59, 59));
    assertThat(executeDueJobs(ENGINE)).isZero();
    clockAt(hanoi(2026, 3, 7, 11, 0));
    assertThat(executeDueJobs(ENGINE)).isEqualTo(1);
    clockAt(hanoi(2026, 3, 7, 14, 59, 59));
    assertThat(executeDueJobs(ENGINE)).isZero();
    clockAt(hanoi(2026, 3, 7, 15, 0, 5)); // a Saturday: hours do not wait for Monday
    assertThat(executeDueJobs(ENGINE)).isEqualTo(1);

    assertThat(NOTIFIER.sent()).extracting(Sent::groupId).containsExactly("commune-police", "commune-supervisor");
    assertThat(NOTIFIER.sent().get(1).body()).contains("D163 Art. 91(1)");
    // The supervisors count working days: the day after Saturday is Sunday, so Monday 9 March.
    BpmnAwareTests.assertThat(taskOf(escalationOf("QN-2026-000030"))).hasDueDate(hanoi(2026, 3, 9, 23, 59, 59));
  }

  @Test
  @Deployment(resources = {HOURS, ESCALATION})
  void theSameStepUnderL73CountsWorkingDays() {
    clockAt(hanoi(2026, 3, 6, 15, 0));
    ProcessInstance pi = runtime.startProcessInstanceByKey("escalation-hours", "QN-2026-000031",
        Map.of("communeCode", "06658", "legalRegime", "L73", "dossierReceivedDate", "2026-03-06"));
    Task task = taskOf(pi);
    // Friday 6 March + 3 working days: Mon 9, Tue 10, Wed 11 March; reminder Tuesday 08:00.
    assertThat(task.getDueDate()).isEqualTo(hanoi(2026, 3, 11, 23, 59, 59));
    assertThat(task.getFollowUpDate()).isEqualTo(hanoi(2026, 3, 10, 8, 0));
  }

  @Test
  @Deployment(resources = {STEP_START, ESCALATION})
  void aLimitFromTheStepStartIsFixedWhenTheTaskIsCreatedAndRecalculatesTheSame() {
    // 24 hours from the step's start, Saturday 7 March 10:00 → Sunday 8 March 10:00.
    clockAt(hanoi(2026, 3, 7, 10, 0));
    ProcessInstance pi = runtime.startProcessInstanceByKey("escalation-step-start", "QN-2026-000036",
        Map.of("communeCode", "06658"));
    Task task = taskOf(pi);
    assertThat(task.getDueDate()).isEqualTo(hanoi(2026, 3, 8, 10, 0));
    assertThat(task.getFollowUpDate()).isEqualTo(hanoi(2026, 3, 8, 6, 0));
    List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).orderByJobDuedate().asc().list();
    assertThat(jobs).extracting(Job::getDuedate).containsExactly(hanoi(2026, 3, 8, 6, 0), hanoi(2026, 3, 8, 10, 0));

    // Recalculating the escalation timer later (e.g. after a table correction) counts from the same start.
    clockAt(hanoi(2026, 3, 7, 20, 0));
    management.recalculateJobDuedate(jobs.get(1).getId(), false);
    assertThat(management.createJobQuery().jobId(jobs.get(1).getId()).singleResult().getDuedate())
        .isEqualTo(hanoi(2026, 3, 8, 10, 0));
    clockAt(hanoi(2026, 3, 8, 10, 0, 5));
    assertThat(executeDueJobs(ENGINE)).isEqualTo(2);
    assertThat(escalationCount()).isEqualTo(1);
  }

  @Test
  @Deployment(resources = {HOURS, ESCALATION})
  void aMissingEventVariableStopsTheStepWithAClearMessage() {
    clockAt(hanoi(2026, 3, 6, 15, 0));
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("escalation-hours", "QN-2026-000032",
        Map.of("communeCode", "06658", "legalRegime", "L120")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("voluntary.2.3").hasMessageContaining("dossierReceivedAt");
    assertThat(runtime.createProcessInstanceQuery().count()).isZero();
  }

  @Test
  @Deployment(resources = {HOURS, ESCALATION})
  void anHourTaskCreatedAfterItsReminderTimeIsRemindedNow() {
    // The dossier came in Friday 15:00 but the step only starts Saturday 12:00: 3 hours left, reminder now.
    clockAt(hanoi(2026, 3, 7, 12, 0));
    ProcessInstance pi = runtime.startProcessInstanceByKey("escalation-hours", "QN-2026-000033",
        Map.of("communeCode", "06658", "legalRegime", "L120", "dossierReceivedAt", hanoi(2026, 3, 6, 15, 0)));
    Task task = taskOf(pi);
    assertThat(task.getFollowUpDate()).isEqualTo(hanoi(2026, 3, 7, 12, 0));
    assertThat(executeDueJobs(ENGINE)).isEqualTo(1);
    assertThat(NOTIFIER.sent()).extracting(Sent::groupId).containsExactly("commune-police");
    assertThat(escalationCount()).isZero();
  }

  @Test
  @Deployment(resources = {DEMO, ESCALATION})
  void aDayTaskCreatedAfterItsLeadWorkingDayIsRemindedOnTheMorningOfItsDueDay() {
    // Saturday 7 March 10:00, received Wednesday 4 March → due Monday 9 March; the working day before (Friday
    // 08:00) is past, so the reminder goes out Monday 08:00 (not at once, on a Saturday).
    clockAt(hanoi(2026, 3, 7, 10, 0));
    ProcessInstance pi = startDemo("QN-2026-000034", "06658", "2026-03-04");
    Task task = taskOf(pi);
    assertThat(task.getDueDate()).isEqualTo(hanoi(2026, 3, 9, 23, 59, 59));
    assertThat(task.getFollowUpDate()).isEqualTo(hanoi(2026, 3, 9, 8, 0));
    assertThat(executeDueJobs(ENGINE)).isZero();
    clockAt(hanoi(2026, 3, 9, 8, 0));
    assertThat(executeDueJobs(ENGINE)).isEqualTo(1);
    assertThat(NOTIFIER.sent()).hasSize(1);
  }

  @Test
  @Deployment(resources = {DEMO, ESCALATION})
  void aTaskCreatedAfterItsDueDateIsRemindedAndEscalatedAtOnceAndOnlyOnce() {
    clockAt(hanoi(2026, 3, 2, 9, 0));
    ProcessInstance pi = startDemo("QN-2026-000035", "06658", "2026-02-02"); // due Thursday 5 February
    Task task = taskOf(pi);
    assertThat(task.getDueDate()).isEqualTo(hanoi(2026, 2, 5, 23, 59, 59));
    assertThat(task.getFollowUpDate()).isEqualTo(hanoi(2026, 3, 2, 9, 0));
    assertThat(executeDueJobs(ENGINE)).isEqualTo(2);
    assertThat(executeDueJobs(ENGINE)).isZero();
    assertThat(NOTIFIER.sent()).extracting(Sent::groupId)
        .containsExactlyInAnyOrder("commune-police", "commune-supervisor");
    assertThat(escalationCount()).isEqualTo(1);
    BpmnAwareTests.assertThat(taskOf(escalationOf("QN-2026-000035"))).hasDueDate(hanoi(2026, 3, 3, 23, 59, 59));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The breach record, as reports read it

  @Test
  @Deployment(resources = {DEMO, PROVINCE, ESCALATION})
  void theBreachRecordIsQueryableFromHistoryPerStepAndCommune() throws Exception {
    clockAt(hanoi(2026, 3, 2, 9, 0));
    ProcessInstance late = startDemo("QN-2026-000040", "06658", "2026-03-02");
    ProcessInstance onTime = startDemo("QN-2026-000041", "06658", "2026-03-02");
    ProcessInstance court = runtime.startProcessInstanceByKey("escalation-province", "QN-2026-000042",
        Map.of("receivedDate", "2026-03-02", "communeCode", "06700"));
    tasks.complete(taskOf(onTime).getId());
    clockAt(hanoi(2026, 3, 6, 0, 0, 5));
    executeDueJobs(ENGINE);
    clockAt(hanoi(2026, 3, 6, 10, 0));
    tasks.complete(taskOf(late).getId());

    // The API way: every breach, with the task it belongs to.
    List<HistoricVariableInstance> breaches = history.createHistoricVariableInstanceQuery()
        .variableName(EscalationListener.BREACHED_AT).list();
    assertThat(breaches).hasSize(2).allSatisfy(v -> assertThat(v.getTaskId()).isNotNull());
    var breachedTasks = breaches.stream().map(v -> history.createHistoricTaskInstanceQuery()
        .taskId(v.getTaskId()).singleResult()).toList();
    assertThat(breachedTasks).extracting(t -> t.getProcessDefinitionKey() + "/" + t.getTaskDefinitionKey() + "@"
        + t.getTenantId()).containsExactlyInAnyOrder("escalation-demo/Task_Appraise@06658",
        "escalation-province/Task_CourtReview@06700");
    // Per commune, with the engine's tenant filter.
    assertThat(history.createHistoricVariableInstanceQuery().variableName(EscalationListener.BREACHED_AT)
        .tenantIdIn("06700").count()).isEqualTo(1);

    // The SQL way (docs/deadlines.md): tasks and escalated tasks per process, step and commune.
    String sql = """
        SELECT T.PROC_DEF_KEY_, T.TASK_DEF_KEY_, T.TENANT_ID_, COUNT(*) AS TASKS,
               COUNT(V.ID_) AS ESCALATED,
               SUM(CASE WHEN T.END_TIME_ > T.DUE_DATE_ THEN 1 ELSE 0 END) AS COMPLETED_LATE
        FROM ACT_HI_TASKINST T
        LEFT JOIN ACT_HI_VARINST V ON V.TASK_ID_ = T.ID_ AND V.NAME_ = 'deadlineBreachedAt'
        WHERE T.PROC_DEF_KEY_ <> 'deadline-escalation'
        GROUP BY T.PROC_DEF_KEY_, T.TASK_DEF_KEY_, T.TENANT_ID_
        ORDER BY T.PROC_DEF_KEY_, T.TASK_DEF_KEY_, T.TENANT_ID_""";
    List<String> rows = new java.util.ArrayList<>();
    var dataSource = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) ENGINE
        .getProcessEngineConfiguration()).getDataSource();
    try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
        var result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1) + "/" + result.getString(2) + "@" + result.getString(3) + " tasks="
            + result.getInt(4) + " escalated=" + result.getInt(5) + " late=" + result.getInt(6));
      }
    }
    assertThat(rows).containsExactly(
        "escalation-demo/Task_Appraise@06658 tasks=2 escalated=1 late=1",
        "escalation-province/Task_CourtReview@06700 tasks=1 escalated=1 late=0");
    BpmnAwareTests.assertThat(court).isWaitingAt("Task_CourtReview");
  }

  @Test
  @Deployment(resources = {DEMO, ESCALATION})
  void aStepCompletedLateBeforeTheEscalationJobRanHasNoBreachRecordButALateEnd() {
    // The job executor was down at midnight; the officer completes at 07:00 before it catches up. The timers go
    // with the task: no escalation, no breach record. Reports must therefore also compare end time and due date.
    clockAt(hanoi(2026, 3, 2, 9, 0));
    ProcessInstance pi = startDemo("QN-2026-000043", "06658", "2026-03-02");
    Task task = taskOf(pi);
    clockAt(hanoi(2026, 3, 6, 7, 0));
    tasks.complete(task.getId());
    assertThat(executeDueJobs(ENGINE)).isZero();
    assertThat(escalationCount()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().variableName(EscalationListener.BREACHED_AT).count())
        .isZero();
    var historic = history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
    assertThat(historic.getEndTime()).isAfter(historic.getDueDate());
  }

  // ---------------------------------------------------------------------------------------------------------------

  private ProcessInstance startDemo(String caseNumber, String commune, String receivedDate) {
    return runtime.startProcessInstanceByKey("escalation-demo", caseNumber,
        Map.of("receivedDate", receivedDate, "communeCode", commune,
            "fullName", "Nguyễn Văn An", "citizenId", "001090012345"));
  }

  private Task taskOf(ProcessInstance pi) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private long escalationCount() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(EscalationListener.ESCALATION_PROCESS_KEY)
        .count();
  }

  private ProcessInstance escalationOf(String caseNumber) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(EscalationListener.ESCALATION_PROCESS_KEY)
        .processInstanceBusinessKey(caseNumber).singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
        .map(l -> l.getGroupId()).toList();
  }

  private static Throwable run(Runnable action) {
    try {
      action.run();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }
}
