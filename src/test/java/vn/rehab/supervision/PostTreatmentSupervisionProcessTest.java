package vn.rehab.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.rehab.calendar.Deadlines;
import vn.rehab.forms.InvalidInputException;
import vn.rehab.identity.LocalityDirectory;
import vn.rehab.testing.CaseData;
import vn.rehab.testing.Clock;
import vn.rehab.testing.RecordingNotifier;
import vn.rehab.testing.TestEngines;

/**
 * Every path of the post-treatment-supervision model under both legal regimes (L73 cases start before 1 July
 * 2026, L120 cases after), with the engine clock moved through whole periods. The addiction determination is the
 * real model (covered by its own test, left out of this class's coverage); the compulsory procedure an adult who
 * relapses is handed over to is a test double (src/test/resources/supervision/handover-receivers.bpmn).
 */
@Deployment(resources = {"processes/supervision/post-treatment-supervision.bpmn",
    "processes/supervision/supervision-roles.dmn", "processes/supervision/supervision-period.dmn",
    "processes/supervision/supervision-checks.dmn", "processes/supervision/supervision-monitoring.dmn",
    "processes/supervision/supervision-relapse.dmn", "processes/assessment/addiction-assessment.bpmn",
    "processes/assessment/addiction-result.dmn", "processes/assessment/assessment-roles.dmn",
    "processes/common/deadline-escalation.bpmn", "supervision/handover-receivers.bpmn"})
class PostTreatmentSupervisionProcessTest {

  static final String KEY = "post-treatment-supervision";
  static final Deadlines DEADLINES = new Deadlines(TestEngines.CALENDAR);

  static Map<Object, Object> beans() {
    Map<Object, Object> beans = TestEngines.standardBeans(new RecordingNotifier());
    beans.put("supervisionPeriod", new SupervisionPeriod());
    beans.put("supervisionSupport", new SupportServices());
    beans.put("supervisionNewCommuneCheck", new NewCommuneCheck());
    beans.put("relapseHandOver", SupervisionHandOvers.relapseToCompulsory());
    beans.put("supervisionTransfer", SupervisionHandOvers.toNewCommune(LocalityDirectory.fromClasspath()));
    return beans;
  }

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = TestEngines.coveredEngine(beans(), "compulsory-commitment",
      "addiction-assessment");

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine.getProcessEngine());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  private ProcessEngine pe() {
    return engine.getProcessEngine();
  }

  // ---- starting cases ------------------------------------------------------------------------------------------

  /** What VoluntaryHandOvers.toSupervision() sends at completion (2.11). */
  private ProcessInstance fromVoluntary(Map<String, Object> person, String treatmentEndDate) {
    Map<String, Object> v = new HashMap<>(person);
    v.put("completedTreatment", "voluntary");
    v.put("treatmentEndDate", treatmentEndDate);
    v.put("returnedHomeDate", treatmentEndDate);
    v.put("certificateNumber", "05/GXN");
    v.put("certificateDate", treatmentEndDate);
    v.put("sourceCaseId", "QN-2025-000001");
    return start(v);
  }

  /** What CompulsoryHandOvers.toSupervision() sends at release (3.22). */
  private ProcessInstance fromCompulsory(Map<String, Object> person, String releaseDate, String agePath) {
    Map<String, Object> v = new HashMap<>(person);
    v.put("completedTreatment", "compulsory");
    v.put("releaseDate", releaseDate);
    v.put("returnedHomeDate", releaseDate);
    v.put("treatmentEndDate", releaseDate);
    v.put("agePath", agePath);
    v.put("certificateNumber", "02/GCN-CSCN");
    v.put("certificateDate", releaseDate);
    v.put("supervisionDecisionNumber", "09/QĐ-UBND");
    v.put("sourceCaseId", "QN-2024-000007");
    return start(v);
  }

  private ProcessInstance start(Map<String, Object> v) {
    return pe().getRuntimeService().createMessageCorrelation("SupervisionHandOver").setVariables(v)
        .correlateStartMessage();
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  private Task task(ProcessInstance pi, String key) {
    return pe().getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private void complete(ProcessInstance pi, String key, Map<String, Object> variables) {
    Task task = task(pi, key);
    assertThat(task).as("open task " + key).isNotNull();
    pe().getTaskService().complete(task.getId(), variables);
  }

  private Object var(ProcessInstance pi, String name) {
    return pe().getRuntimeService().getVariable(pi.getId(), name);
  }

  private Object historicVar(ProcessInstance pi, String name) {
    return pe().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(name).singleResult().getValue();
  }

  private static String today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(Clock.HANOI).toLocalDate().toString();
  }

  private static Date endOfDay(String day) {
    return Clock.at(day + "T23:59:59");
  }

  /** 4.1 to 4.3 after the person has returned, with the default start of the period (the completion date). */
  private void reportAndDecide(ProcessInstance pi, String reportDay) {
    assertThat(pi).isWaitingAt("Task_PersonReports");
    complete(pi, "Task_PersonReports", Map.of("personReportedDate", reportDay, "reportChannel", "self",
        "fileReceived", true));
    complete(pi, "Task_PrepareFile", Map.of("proposalNumber", "12/ĐN-CAX", "proposalDate", reportDay,
        "proposedOfficerName", "Lê Văn Công"));
    assertThat(pi).isWaitingAt("Task_DecideManagement");
    decide(pi, "Task_DecideManagement", reportDay);
  }

  private void decide(ProcessInstance pi, String key, String decisionDay) {
    Map<String, Object> v = new HashMap<>();
    v.put("managementDecisionNumber", "20/QĐ-UBND");
    v.put("managementDecisionDate", decisionDay);
    v.put("supervisionStartDate", var(pi, "supervisionStartDate")); // the proposed default, confirmed
    v.put("assignedOfficerName", "Lê Văn Công");
    v.put("supportPersonName", "Hội Phụ nữ phường");
    v.put("decisionSent", true);
    complete(pi, key, v);
  }

  /** Moves to the morning the next check opens and checks that it opens then, and not a minute before. */
  private Task nextCheckOpens(ProcessInstance pi, String opensOn) {
    Clock.set(opensOn + "T06:59");
    Clock.runDueJobs(pe());
    assertThat(task(pi, "Task_PeriodicCheck")).as("no check before " + opensOn).isNull();
    Clock.set(opensOn + "T07:00");
    Clock.runDueJobs(pe());
    Task check = task(pi, "Task_PeriodicCheck");
    assertThat(check).as("check opening on " + opensOn).isNotNull();
    return check;
  }

  private void check(ProcessInstance pi, Map<String, Object> outcome) {
    Map<String, Object> v = new HashMap<>(outcome);
    v.put("checkDate", today());
    if (Boolean.TRUE.equals(var(pi, "drugTestDue"))) {
      v.putIfAbsent("drugTestResult", "negative");
    }
    complete(pi, "Task_PeriodicCheck", v);
  }

  /** Numbers of the checks that carried a periodic drug test, in the last run of {@link #runChecksUntilTheEnd}. */
  private final List<Integer> drugTestChecks = new ArrayList<>();

  /** Runs the monthly checks of a whole period as the clock moves; returns the tasks' due dates in order. */
  private List<Date> runChecksUntilTheEnd(ProcessInstance pi, LocalDate start, int fromCheck) {
    List<Date> dues = new ArrayList<>();
    drugTestChecks.clear();
    LocalDate end = LocalDate.parse((String) var(pi, "supervisionEndDate"));
    for (int n = fromCheck; start.plusMonths(n).isBefore(end); n++) {
      LocalDate nominal = start.plusMonths(n);
      Task task = nextCheckOpens(pi, nominal.minusDays(5).toString());
      assertThat(var(pi, "checkNumber")).isEqualTo(n);
      assertThat(var(pi, "checkDueDate")).isEqualTo(nominal.toString());
      if (Boolean.TRUE.equals(var(pi, "drugTestDue"))) {
        drugTestChecks.add(n);
      }
      assertThat(task.getDueDate()).isEqualTo(DEADLINES.daysAfter(nominal.toString(), 0));
      assertThat(task.getTenantId()).isEqualTo(pi.getTenantId());
      dues.add(task.getDueDate());
      check(pi, Map.of("checkOutcome", "continuing"));
    }
    return dues;
  }

  private void endOfPeriod(ProcessInstance pi, String endDay) {
    Clock.set(endDay + "T06:59");
    Clock.runDueJobs(pe());
    assertThat(task(pi, "Task_CertifyEnd")).isNull();
    Clock.set(endDay + "T07:00");
    Clock.runDueJobs(pe());
    assertThat(pi).isWaitingAt("Task_CertifyEnd");
    assertThat(task(pi, "Task_RecordSupport")).as("the support step ends with the period").isNull();
    assertThat(task(pi, "Task_CertifyEnd")).hasCandidateGroup("commune-chairman");
  }

  private void certify(ProcessInstance pi) {
    complete(pi, "Task_CertifyEnd", Map.of("supervisionCertificateNumber", "01/GCN", "supervisionCertificateDate", today(),
        "finalEvaluation", "Chấp hành tốt", "certificateCopiesSent", true));
    assertThat(pi).isEnded().hasPassed("Event_Completed");
    assertThat(historicVar(pi, "caseOutcome")).isEqualTo("completed");
  }

  private List<HistoricTaskInstance> checks(ProcessInstance pi) {
    return pe().getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_PeriodicCheck").orderByHistoricActivityInstanceStartTime().asc().list();
  }

  // ---- a whole period --------------------------------------------------------------------------------------------

  @Test
  void aYearAfterVoluntaryTreatmentHasElevenMonthlyChecksOnTheirDatesThenTheCertificate() throws SQLException {
    Clock.set("2026-03-02T09:00");
    ProcessInstance pi = fromVoluntary(CaseData.adult(), "2026-03-02");
    assertThat(pi.getBusinessKey()).matches("QN-2026-\\d{6}");
    assertThat(pi.getTenantId()).isEqualTo("06658");
    assertThat(var(pi, "legalRegime")).isEqualTo("L73");
    assertThat(var(pi, "supervisionMonths")).isEqualTo(12);
    assertThat(var(pi, "agePath")).isEqualTo("adult");
    assertThat(var(pi, "managementTiming")).isEqualTo("after-return");
    // 4.1: the person reports within 5 working days of returning home, to the commune reception
    assertThat(pi).isWaitingAt("Task_PersonReports");
    assertThat(task(pi, "Task_PersonReports")).hasCandidateGroup("commune-reception");
    assertThat(task(pi, "Task_PersonReports").getDueDate()).isEqualTo(endOfDay("2026-03-09"));
    Clock.set("2026-03-04T10:00");
    complete(pi, "Task_PersonReports", Map.of("personReportedDate", "2026-03-04", "reportChannel", "self"));
    // 4.2: the commune police, 3 working days from the report
    assertThat(task(pi, "Task_PrepareFile")).hasCandidateGroup("commune-police");
    assertThat(task(pi, "Task_PrepareFile").getDueDate()).isEqualTo(endOfDay("2026-03-09"));
    complete(pi, "Task_PrepareFile", Map.of("proposalNumber", "12/ĐN-CAX", "proposalDate", "2026-03-04",
        "proposedOfficerName", "Lê Văn Công"));
    // 4.3: the chairman, 2 working days from the proposal; the start of the period is proposed: the completion date
    assertThat(task(pi, "Task_DecideManagement")).hasCandidateGroup("commune-chairman");
    assertThat(task(pi, "Task_DecideManagement").getDueDate()).isEqualTo(endOfDay("2026-03-06"));
    assertThat(var(pi, "supervisionStartDate")).isEqualTo("2026-03-02");
    decide(pi, "Task_DecideManagement", "2026-03-04");
    assertThat(pi).hasPassed("Rule_Monitoring").hasNotPassed("Task_DecideMonitoring")
        .isWaitingAt("Event_NextDate", "Task_RecordSupport");
    assertThat(var(pi, "supervisionEndDate")).isEqualTo("2027-03-02");
    // 4.5: the standing support step of the commune reception, open until the end of the period
    Task support = task(pi, "Task_RecordSupport");
    assertThat(support).hasCandidateGroup("commune-reception");
    assertThat(support.getDueDate()).isEqualTo(endOfDay("2027-03-02"));

    Clock.set("2026-03-10T10:00");
    complete(pi, "Task_RecordSupport", Map.of("serviceType", "vocational-training", "serviceDate", "2026-03-10",
        "serviceProvider", "Trung tâm dạy nghề"));
    Clock.set("2026-03-20T10:00");
    complete(pi, "Task_RecordSupport", Map.of("serviceType", "job-placement", "serviceDate", "2026-03-20"));
    assertThat(var(pi, "serviceType")).as("the next recording starts from an empty form").isNull();

    List<Date> dues = runChecksUntilTheEnd(pi, LocalDate.parse("2026-03-02"), 1);
    assertThat(drugTestChecks).containsExactly(3, 6, 9);
    // eleven checks, each due on its date, moved to the next working day when that is a day off
    assertThat(dues).containsExactly(endOfDay("2026-04-02"), endOfDay("2026-05-04") /* Sat 2 May */,
        endOfDay("2026-06-02"), endOfDay("2026-07-02"), endOfDay("2026-08-03") /* Sun 2 Aug */,
        endOfDay("2026-09-03") /* National Day */, endOfDay("2026-10-02"), endOfDay("2026-11-02"),
        endOfDay("2026-12-02"), endOfDay("2027-01-04") /* Sat 2 Jan */, endOfDay("2027-02-02"));
    List<HistoricTaskInstance> checks = checks(pi);
    assertThat(checks).hasSize(11).extracting(HistoricTaskInstance::getDueDate).containsExactlyElementsOf(dues);
    assertThat(checks.get(0).getStartTime()).isEqualTo(Clock.at("2026-03-28T07:00"));

    endOfPeriod(pi, "2027-03-02");
    // 4.9: 5 working days after the end of the period
    assertThat(task(pi, "Task_CertifyEnd").getDueDate()).isEqualTo(endOfDay("2027-03-09"));
    certify(pi);

    assertThat(historicVar(pi, "supportServices")).isEqualTo(
        "[{\"type\":\"vocational-training\",\"date\":\"2026-03-10\"},{\"type\":\"job-placement\",\"date\":\"2026-03-20\"}]");
    // one history record per service, in the commune's tenant: what the reports count
    List<HistoricVariableInstance> services = pe().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("supportServiceType").tenantIdIn("06658").list();
    assertThat(services).extracting(HistoricVariableInstance::getValue)
        .containsExactlyInAnyOrder("vocational-training", "job-placement");
    assertThat(services).extracting(HistoricVariableInstance::getActivityInstanceId).doesNotHaveDuplicates()
        .doesNotContain(pi.getId());
    // the report query of docs/supervision.md
    try (Connection db = ((ProcessEngineConfigurationImpl) pe().getProcessEngineConfiguration()).getDataSource()
        .getConnection(); ResultSet rows = db.createStatement().executeQuery(
            "SELECT T.TENANT_ID_ AS COMMUNE, T.TEXT_ AS SERVICE, COUNT(*) AS SERVICES, COUNT(DISTINCT T.PROC_INST_ID_) AS PEOPLE "
            + "FROM ACT_HI_VARINST T JOIN ACT_HI_VARINST D ON D.ACT_INST_ID_ = T.ACT_INST_ID_ AND D.NAME_ = 'supportServiceDate' "
            + "WHERE T.NAME_ = 'supportServiceType' AND D.TEXT_ BETWEEN '2026-01-01' AND '2026-12-31' "
            + "GROUP BY T.TENANT_ID_, T.TEXT_ ORDER BY T.TEXT_")) {
      List<String> counted = new ArrayList<>();
      while (rows.next()) {
        counted.add(rows.getString("COMMUNE") + " " + rows.getString("SERVICE") + " " + rows.getInt("SERVICES") + " "
            + rows.getInt("PEOPLE"));
      }
      assertThat(counted).containsExactly("06658 job-placement 1 1", "06658 vocational-training 1 1");
    }
  }

  @Test
  void twoYearsAfterAnAdultsCompulsoryTermHaveTwentyThreeChecksAndSevenDrugTests() {
    Clock.set("2026-02-02T09:00");
    ProcessInstance pi = fromCompulsory(CaseData.adult(), "2026-02-02", "adult");
    assertThat(var(pi, "supervisionMonths")).isEqualTo(24);
    assertThat(var(pi, "returnedHomeDate")).isEqualTo("2026-02-02");
    assertThat(var(pi, "completionDate")).isEqualTo("2026-02-02");
    assertThat(var(pi, "managementDecisionNumber")).as("the decision sent at release, as the form's default")
        .isEqualTo("09/QĐ-UBND");
    Clock.set("2026-02-03T09:00");
    reportAndDecide(pi, "2026-02-03");
    assertThat(var(pi, "supervisionEndDate")).isEqualTo("2028-02-02");

    List<Date> dues = runChecksUntilTheEnd(pi, LocalDate.parse("2026-02-02"), 1);
    assertThat(dues).hasSize(23).first().isEqualTo(endOfDay("2026-03-02"));
    // 2 Jan 2028 is a Sunday and Monday 3 Jan the day in lieu of New Year's Day (a Saturday)
    assertThat(dues).last().isEqualTo(endOfDay("2028-01-04"));
    List<HistoricTaskInstance> checks = checks(pi);
    assertThat(checks).hasSize(23);
    assertThat(drugTestChecks).as("a drug test every third month").containsExactly(3, 6, 9, 12, 15, 18, 21);
    endOfPeriod(pi, "2028-02-02");
    certify(pi);
  }

  // ---- L120: decision before release, electronic monitoring, relapse of an adult ------------------------------------

  @Test
  void facilityNoticeBeforeReleaseUnderL120DecidesBeforeReturnMonitorsAndHandsAnAdultRelapseToCompulsory() {
    Clock.set("2026-08-03T09:00");
    Map<String, Object> v = new HashMap<>(CaseData.adult());
    v.put("completedTreatment", "compulsory");
    v.put("releaseDate", "2026-09-15");
    v.put("dossierStartDate", "2024-06-10");
    v.put("facilityName", "Cơ sở cai nghiện ma túy tỉnh Quảng Ninh");
    ProcessInstance pi = pe().getRuntimeService().startProcessInstanceByKey(KEY, v);
    assertThat(var(pi, "legalRegime")).isEqualTo("L120");
    assertThat(var(pi, "managementTiming")).isEqualTo("before-return");
    assertThat(var(pi, "supervisionMonths")).isEqualTo(24);
    // L120: the file and the decision before the person is released
    assertThat(pi).isWaitingAt("Task_PrepareFileBeforeRelease");
    assertThat(task(pi, "Task_PrepareFileBeforeRelease")).hasCandidateGroup("commune-police");
    assertThat(task(pi, "Task_PrepareFileBeforeRelease").getDueDate()).isEqualTo(endOfDay("2026-09-12"));
    Clock.set("2026-08-04T09:00");
    complete(pi, "Task_PrepareFileBeforeRelease", Map.of("proposalNumber", "30/ĐN-CAX", "proposalDate", "2026-08-04",
        "proposedOfficerName", "Lê Văn Công"));
    assertThat(task(pi, "Task_DecideBeforeRelease")).hasCandidateGroup("commune-chairman");
    assertThat(task(pi, "Task_DecideBeforeRelease").getDueDate()).isEqualTo(endOfDay("2026-09-15"));
    Clock.set("2026-08-05T10:00");
    decide(pi, "Task_DecideBeforeRelease", "2026-08-05");
    assertThat(var(pi, "supervisionStartDate")).isEqualTo("2026-09-15");
    // 4.10: monitoring decided within 12 hours of the management decision, the device fitted within 24 hours
    assertThat(pi).isWaitingAt("Task_DecideMonitoring");
    assertThat(task(pi, "Task_DecideMonitoring").getDueDate()).isEqualTo(Clock.at("2026-08-05T22:00"));
    Clock.set("2026-08-05T14:00");
    complete(pi, "Task_DecideMonitoring", Map.of("monitoringDecided", "yes", "monitoringDecisionNumber", "05/QĐ-CAX",
        "monitoringReason", "Người thành niên, theo quy định"));
    assertThat(task(pi, "Task_FitDevice").getDueDate()).isEqualTo(Clock.at("2026-08-06T14:00"));
    complete(pi, "Task_FitDevice", Map.of("deviceId", "GSDT-0042", "deviceFittedDate", "2026-08-05"));
    // then the person comes home and reports
    assertThat(pi).isWaitingAt("Task_PersonReports");
    assertThat(task(pi, "Task_PersonReports").getDueDate()).isEqualTo(endOfDay("2026-09-22"));
    Clock.set("2026-09-16T09:00");
    complete(pi, "Task_PersonReports", Map.of("personReportedDate", "2026-09-16", "reportChannel", "escorted"));
    assertThat(pi).hasNotPassed("Task_PrepareFile", "Task_DecideManagement").isWaitingAt("Event_NextDate");
    assertThat(var(pi, "supervisionEndDate")).isEqualTo("2028-09-15");

    pe().getRuntimeService().createMessageCorrelation("MonitoringDeviceIncident").processInstanceId(pi.getId())
        .setVariable("incidentType", "tampering").correlate();
    assertThat(task(pi, "Task_HandleDeviceIncident")).hasCandidateGroup("commune-police");
    complete(pi, "Task_HandleDeviceIncident", Map.of("incidentAction", "warned"));
    assertThat(pi).isWaitingAt("Event_NextDate");

    nextCheckOpens(pi, "2026-10-10");
    check(pi, Map.of("checkOutcome", "drug-use", "drugUseEvidence", "Test nhanh dương tính ngày 10/10/2026"));
    assertThat(pi).isWaitingAt("Call_Assessment");
    determine(true, "2026-10-12");
    assertThat(pi).isWaitingAt("Task_RecordRelapse");
    assertThat(var(pi, "relapseRoute")).isEqualTo("compulsory");
    assertThat(task(pi, "Task_RecordRelapse")).hasCandidateGroup("commune-police");
    Date opened = ClockUtil.getCurrentTime();
    assertThat(task(pi, "Task_RecordRelapse").getDueDate()).isEqualTo(new Date(opened.getTime() + 24 * 3600_000L));
    complete(pi, "Task_RecordRelapse", Map.of("violationEvidence", "Kết quả xác định nghiện ngày 12/10/2026",
        "violationRecordNumber", "07/BB", "violationRecordDate", "2026-10-12"));
    Clock.runDueJobs(pe());
    assertThat(pi).isEnded().hasPassed("Event_HandedOverCompulsory");
    assertThat(historicVar(pi, "caseOutcome")).isEqualTo("handed-over-compulsory");
    ProcessInstance compulsory = pe().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("compulsory-commitment").singleResult();
    assertThat(pe().getRuntimeService().getVariables(compulsory.getId()))
        .containsEntry("compulsoryGround", "relapse-during-supervision").containsEntry("sourceCaseId", pi.getBusinessKey())
        .containsEntry("citizenId", "022090001234").containsEntry("fullName", "Nguyễn Văn An")
        .containsEntry("communeCode", "06658").containsEntry("dateOfBirth", "1990-05-17")
        .containsEntry("violationEvidence", "Kết quả xác định nghiện ngày 12/10/2026")
        .containsEntry("violationRecordNumber", "07/BB").containsEntry("addicted", true)
        .containsEntry("addictionAssessmentDate", "2026-10-12").containsEntry("firstTreatment", false);
  }

  /** The called determination (1.1 to 1.3), with three criteria met or only one. */
  private void determine(boolean addicted, String resultDay) {
    ProcessInstance assessment = pe().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("addiction-assessment").active().singleResult();
    assertThat(assessment).isNotNull();
    Clock.set(resultDay + "T08:00");
    completeOnly(assessment, Map.of("positiveTestAttached", true));
    completeOnly(assessment, Map.of("personReceivedDate", resultDay, "medicalStaffName", "Lê Y"));
    Map<String, Object> result = new HashMap<>(Map.of("criterion1", true, "addictionAssessmentDate", resultDay,
        "resultSent", true));
    if (addicted) {
      result.put("criterion2", true);
      result.put("criterion3", true);
    }
    completeOnly(assessment, result);
  }

  private void completeOnly(ProcessInstance pi, Map<String, Object> variables) {
    Task task = pe().getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    pe().getTaskService().complete(task.getId(), variables);
  }

  // ---- relapse of a minor ----------------------------------------------------------------------------------------

  @Test
  void minorFoundNotAddictedContinuesAndWhenAddictedIsReferredToVoluntaryRegistration() {
    Clock.set("2026-03-02T09:00");
    ProcessInstance pi = fromVoluntary(CaseData.minor("2026-03-02"), "2026-03-02");
    assertThat(var(pi, "agePath")).isEqualTo("minor");
    assertThat(var(pi, "supervisionMonths")).isEqualTo(12);
    reportAndDecide(pi, "2026-03-02");

    nextCheckOpens(pi, "2026-03-28");
    check(pi, Map.of("checkOutcome", "drug-use", "drugUseEvidence", "Có biểu hiện sử dụng"));
    determine(false, "2026-03-30");
    assertThat(pi).hasPassed("Gateway_Addicted").hasNotPassed("Rule_RelapseRoute").isWaitingAt("Event_NextDate");
    assertThat(var(pi, "lastCheckNumber")).isEqualTo(1);

    nextCheckOpens(pi, "2026-04-27");
    assertThat(var(pi, "checkNumber")).isEqualTo(2);
    assertThat(var(pi, "checkOutcome")).as("a new check starts from an empty form").isNull();
    check(pi, Map.of("checkOutcome", "drug-use", "drugUseEvidence", "Test nhanh dương tính"));
    determine(true, "2026-04-28");
    assertThat(var(pi, "relapseRoute")).isEqualTo("voluntary-registration");
    complete(pi, "Task_RecordRelapse", Map.of("violationEvidence", "Kết quả xác định nghiện", "violationRecordNumber",
        "08/BB", "violationRecordDate", "2026-04-28"));
    assertThat(pi).isWaitingAt("Task_RegisterMinor");
    assertThat(task(pi, "Task_RegisterMinor")).hasCandidateGroup("commune-police");
    // the limit of a voluntary registration (2.1): 5 working days from the result (30 Apr, 1 May are holidays)
    assertThat(task(pi, "Task_RegisterMinor").getDueDate()).isEqualTo(endOfDay("2026-05-07"));
    assertThatThrownBy(() -> complete(pi, "Task_RegisterMinor", Map.of("familyInformed", true,
        "minorRegistration", "registered"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Mã hồ sơ đăng ký");
    complete(pi, "Task_RegisterMinor", Map.of("familyInformed", true, "minorRegistration", "registered",
        "voluntaryCaseId", "QN-2026-000321"));
    assertThat(pi).isEnded().hasPassed("Event_MinorReferred");
    assertThat(historicVar(pi, "caseOutcome")).isEqualTo("closed-other");
    assertThat(historicVar(pi, "closureReason")).isEqualTo("relapse-minor");
    assertThat(pe().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("compulsory-commitment")
        .count()).as("a minor is never handed over to compulsory treatment for a relapse").isZero();
  }

  // ---- change of residence -----------------------------------------------------------------------------------------

  @Test
  void personWhoMovesIsSupervisedForTheRemainingPeriodByTheNewCommune() {
    Clock.set("2026-03-02T09:00");
    ProcessInstance pi = fromVoluntary(CaseData.adult(), "2026-03-02");
    reportAndDecide(pi, "2026-03-02");
    complete(pi, "Task_RecordSupport", Map.of("serviceType", "counselling", "serviceDate", "2026-03-02"));
    for (String opens : new String[] {"2026-03-28", "2026-04-27", "2026-05-28", "2026-06-27"}) {
      nextCheckOpens(pi, opens);
      check(pi, Map.of("checkOutcome", "continuing"));
    }
    nextCheckOpens(pi, "2026-07-28");
    check(pi, Map.of("checkOutcome", "moved", "leftResidenceDate", "2026-07-28"));
    assertThat(pi).isWaitingAt("Task_TransferCase");
    assertThat(task(pi, "Task_TransferCase")).hasCandidateGroup("commune-police");
    assertThat(task(pi, "Task_TransferCase").getDueDate()).isEqualTo(endOfDay("2026-08-04"));
    assertThatThrownBy(() -> complete(pi, "Task_TransferCase", Map.of("newCommuneCode", "06658", "fileSent", true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("phải khác");
    complete(pi, "Task_TransferCase", Map.of("newCommuneCode", "06700", "newResidenceAddress", "Tổ 1, Bãi Cháy",
        "fileSent", true));
    Clock.runDueJobs(pe());
    assertThat(pi).isEnded().hasPassed("Event_Transferred");
    assertThat(historicVar(pi, "caseOutcome")).isEqualTo("transferred");

    ProcessInstance continued = pe().getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
        .active().singleResult();
    assertThat(continued.getTenantId()).isEqualTo("06700");
    assertThat(continued.getBusinessKey()).isNotEqualTo(pi.getBusinessKey());
    assertThat(pe().getRuntimeService().getVariables(continued.getId()))
        .containsEntry("continuedFromCaseId", pi.getBusinessKey()).containsEntry("communeCode", "06700")
        .containsEntry("residenceAddress", "Tổ 1, Bãi Cháy")
        // a case continued after 1 July 2026 keeps the regime it started under
        .containsEntry("legalRegime", "L73").containsEntry("supervisionStartDate", "2026-03-02")
        .containsEntry("supervisionEndDate", "2027-03-02").containsEntry("lastCheckNumber", 5)
        .containsEntry("citizenId", "022090001234").doesNotContainKey("sourceCaseId");
    assertThat(continued).isWaitingAt("Task_AcceptTransfer");
    assertThat(task(continued, "Task_AcceptTransfer")).hasCandidateGroup("commune-police");
    assertThat(task(continued, "Task_AcceptTransfer").getTenantId()).isEqualTo("06700");
    assertThat(task(continued, "Task_AcceptTransfer").getDueDate()).isEqualTo(endOfDay("2026-08-04"));
    Clock.set("2026-07-30T09:00");
    complete(continued, "Task_AcceptTransfer", Map.of("transferAcceptedDate", "2026-07-30",
        "assignedOfficerName", "Phạm Thị Dung"));
    assertThat(task(continued, "Task_RecordSupport").getTenantId()).isEqualTo("06700");
    // the next check is the sixth of the same schedule, then the remaining ones up to the same end
    List<Date> dues = runChecksUntilTheEnd(continued, LocalDate.parse("2026-03-02"), 6);
    assertThat(dues).hasSize(6).first().isEqualTo(endOfDay("2026-09-03"));
    endOfPeriod(continued, "2027-03-02");
    certify(continued);
    assertThat(checks(pi)).hasSize(5);
    assertThat(checks(continued)).hasSize(6);
  }

  // ---- absences and removal, L120 case handed over at completion ---------------------------------------------------

  @Test
  void unreportedAbsenceMovesTheEndAndImprisonmentRemovesThePersonFromTheList() {
    Clock.set("2026-08-03T09:00");
    ProcessInstance pi = fromVoluntary(CaseData.adult(), "2026-08-03");
    assertThat(var(pi, "legalRegime")).isEqualTo("L120");
    assertThat(var(pi, "managementTiming")).isEqualTo("after-return");
    reportAndDecide(pi, "2026-08-03");
    // an adult under L120: monitoring considered, here not applied
    assertThat(pi).isWaitingAt("Task_DecideMonitoring");
    complete(pi, "Task_DecideMonitoring", Map.of("monitoringDecided", "no", "monitoringReason", "Không cần thiết"));
    assertThat(var(pi, "supervisionEndDate")).isEqualTo("2027-08-03");

    nextCheckOpens(pi, "2026-08-29");
    check(pi, Map.of("checkOutcome", "absent"));
    assertThat(task(pi, "Task_RecordAbsence")).hasCandidateGroup("commune-police");
    complete(pi, "Task_RecordAbsence", Map.of("absenceFrom", "2026-08-20", "absenceTo", "2026-08-29",
        "absenceReported", "no", "absenceNote", "Đi làm ăn xa không báo"));
    assertThat(var(pi, "notCountedAbsenceDays")).isEqualTo(10);
    assertThat(var(pi, "supervisionEndDate")).isEqualTo("2027-08-13");

    nextCheckOpens(pi, "2026-09-28");
    check(pi, Map.of("checkOutcome", "absent"));
    Clock.set("2026-09-29T09:00");
    complete(pi, "Task_RecordAbsence", Map.of("absenceFrom", "2026-09-20", "absenceTo", "2026-09-29",
        "absenceReported", "yes"));
    assertThat(var(pi, "supervisionEndDate")).as("a reported absence counts").isEqualTo("2027-08-13");
    assertThat(pe().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("absenceDaysNotCounted").list()).extracting(HistoricVariableInstance::getValue)
        .containsExactlyInAnyOrder(10, 0);

    nextCheckOpens(pi, "2026-10-29");
    assertThat(var(pi, "drugTestDue")).isEqualTo(true);
    assertThatThrownBy(() -> complete(pi, "Task_PeriodicCheck", Map.of("checkDate", today(), "checkOutcome",
        "removed", "removalReason", "imprisoned"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Kết quả xét nghiệm");
    check(pi, Map.of("checkOutcome", "removed", "removalReason", "imprisoned", "drugTestResult", "refused"));
    assertThat(pi).isWaitingAt("Task_RemoveFromList");
    assertThat(task(pi, "Task_RemoveFromList")).hasCandidateGroup("commune-chairman");
    complete(pi, "Task_RemoveFromList", Map.of("removalReason", "imprisoned", "removalDate", today()));
    assertThat(pi).isEnded().hasPassed("Event_Removed");
    assertThat(historicVar(pi, "caseOutcome")).isEqualTo("closed-other");
    assertThat(historicVar(pi, "closureReason")).isEqualTo("imprisoned");
  }

  // ---- opened from Tasklist ---------------------------------------------------------------------------------------

  @Test
  void personReleasedBeforeTheSystemIsOpenedFromTasklistWithTheAgePathOfTheDossier() {
    Clock.set("2026-03-02T09:00");
    Map<String, Object> v = new HashMap<>(CaseData.adult());
    v.put("dateOfBirth", "2007-11-20");
    v.put("citizenId", "022207001234");
    v.put("completedTreatment", "compulsory");
    v.put("releaseDate", "2026-02-20");
    assertThatThrownBy(() -> pe().getRuntimeService().startProcessInstanceByKey(KEY, v))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Ngày lập hồ sơ đề nghị");
    v.put("dossierStartDate", "2025-06-01");
    ProcessInstance pi = pe().getRuntimeService().startProcessInstanceByKey(KEY, v);
    // 17 when the dossier was opened, 18 at release: a minor's term, so one year
    assertThat(var(pi, "agePath")).isEqualTo("minor");
    assertThat(var(pi, "supervisionMonths")).isEqualTo(12);
    assertThat(var(pi, "returnedHomeDate")).isEqualTo("2026-02-20");
    assertThat(var(pi, "legalRegime")).isEqualTo("L73");
    // 5 working days from Friday 20 February 2026 (the Tết break ended on the 22nd)
    assertThat(task(pi, "Task_PersonReports").getDueDate()).isEqualTo(endOfDay("2026-02-27"));
    assertThatThrownBy(() -> pe().getRuntimeService().startProcessInstanceByKey(KEY, v))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining(pi.getBusinessKey());
  }
}
