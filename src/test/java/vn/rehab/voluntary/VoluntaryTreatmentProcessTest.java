package vn.rehab.voluntary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.rehab.identity.LocalityDirectory;
import vn.rehab.testing.CaseData;
import vn.rehab.testing.Clock;
import vn.rehab.testing.RecordingNotifier;
import vn.rehab.testing.TestEngines;

/**
 * Every path of the voluntary-treatment model, under both legal regimes: L73 cases start before 1 July 2026,
 * L120 cases after. The engine clock is moved through the term; receiving procedures are test doubles.
 */
@Deployment(resources = {"processes/voluntary/voluntary-treatment.bpmn", "processes/voluntary/voluntary-roles.dmn",
    "processes/voluntary/voluntary-eligibility.dmn", "processes/voluntary/voluntary-term.dmn",
    "processes/voluntary/voluntary-monitoring.dmn", "processes/assessment/addiction-assessment.bpmn",
    "processes/assessment/addiction-result.dmn", "processes/assessment/assessment-roles.dmn",
    "processes/common/deadline-escalation.bpmn", "voluntary/handover-receivers.bpmn"})
class VoluntaryTreatmentProcessTest {

  static Map<Object, Object> beans() {
    Map<Object, Object> beans = TestEngines.standardBeans(new RecordingNotifier());
    beans.put("voluntaryTerm", new VoluntaryTerm());
    beans.put("compulsoryHandOver", VoluntaryHandOvers.toCompulsory());
    beans.put("supervisionHandOver", VoluntaryHandOvers.toSupervision());
    beans.put("voluntaryTransfer", VoluntaryHandOvers.toNewCommune(LocalityDirectory.fromClasspath()));
    return beans;
  }

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = TestEngines.coveredEngine(beans(), "compulsory-commitment",
      "post-treatment-supervision");

  /** camunda-bpm-assert keeps one engine per thread: point it at this class's engine, not a previous class's. */
  @org.junit.jupiter.api.BeforeEach
  void assertOnThisEngine() {
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  private ProcessEngine pe() {
    return engine.getProcessEngine();
  }

  private ProcessInstance register(Map<String, Object> person, String registrationDate, boolean addicted) {
    return pe().getRuntimeService().startProcessInstanceByKey("voluntary-treatment",
        CaseData.voluntaryRegistration(person, registrationDate, addicted));
  }

  private void receiveComplete(ProcessInstance pi, String day) {
    assertThat(pi).isWaitingAt("Task_ReceiveDossier");
    complete(task(pi), withVariables("dossierReceivedDate", day, "registrationFormAttached", true,
        "dossierComplete", "yes"));
  }

  private void appraiseAndApprove(ProcessInstance pi, String day, long months) {
    assertThat(pi).isWaitingAt("Task_AppraiseDossier");
    complete(task(pi), withVariables("appraisalOpinion", "Hồ sơ hợp lệ", "appraisalRecommendation", "approve"));
    assertThat(pi).isWaitingAt("Task_DecideTreatment");
    complete(task(pi), withVariables("treatmentApproved", "yes", "decisionNumber", "12/QĐ-UBND", "decisionDate", day,
        "treatmentSetting", "home", "treatmentMonths", months, "providerName", "Trạm y tế phường"));
  }

  private void intake(ProcessInstance pi, String day) {
    assertThat(pi).isWaitingAt("Task_Intake");
    assertThat(task(pi)).hasCandidateGroup("service-provider");
    complete(task(pi), withVariables("treatmentStarted", "yes", "intakeDate", day, "commitmentSigned", true,
        "treatmentPlan", "Giai đoạn 1: cắt cơn; giai đoạn 2: tư vấn"));
  }

  private Task task(ProcessInstance pi) {
    return pe().getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private void check(ProcessInstance pi, Map<String, Object> outcome) {
    assertThat(pi).isWaitingAt("Task_MonthlyCheck");
    Map<String, Object> v = new HashMap<>(outcome);
    v.put("checkDate", ClockUtil.getCurrentTime().toInstant().atZone(Clock.HANOI).toLocalDate().toString());
    complete(task(pi), v);
  }

  @Test
  void l73CaseRunsFromRegistrationToCompletionAndHandsOverToSupervision() {
    Clock.set("2026-03-02T09:00");
    ProcessInstance pi = register(CaseData.adult(), "2026-03-02", true);
    assertThat(pi).hasVariables("legalRegime");
    assertThat(pe().getRuntimeService().getVariable(pi.getId(), "legalRegime")).isEqualTo("L73");
    assertThat(pi).isWaitingAt("Task_ReceiveDossier");
    assertThat(task(pi)).hasCandidateGroup("commune-reception");
    assertThat(task(pi).getDueDate()).isEqualTo(Clock.at("2026-03-03T23:59:59"));
    receiveComplete(pi, "2026-03-02");
    assertThat(task(pi)).hasCandidateGroup("commune-police");
    // appraisal and decision share 3 working days from receipt of the complete dossier
    assertThat(task(pi).getDueDate()).isEqualTo(Clock.at("2026-03-05T23:59:59"));
    appraiseAndApprove(pi, "2026-03-02", 6);
    assertThat(pe().getRuntimeService().getVariable(pi.getId(), "termMaxMonths")).isEqualTo(12);
    intake(pi, "2026-03-02");
    assertThat(pe().getRuntimeService().getVariable(pi.getId(), "treatmentEndDate")).isEqualTo("2026-09-02");
    int checks = 0;
    for (String month : new String[] {"04", "05", "06", "07", "08"}) {
      Clock.set("2026-" + month + "-02T08:00");
      Clock.runDueJobs(pe());
      check(pi, Map.of("followUpOutcome", "continuing"));
      checks++;
    }
    assertThat(checks).isEqualTo(5);
    Clock.set("2026-09-02T08:00");
    Clock.runDueJobs(pe());
    assertThat(pi).isWaitingAt("Task_CertifyCompletion").hasPassed("Event_NoNoticeNeeded");
    assertThat(task(pi)).hasCandidateGroup("commune-chairman");
    complete(task(pi), withVariables("certificateNumber", "05/GXN", "certificateDate", "2026-09-02", "copiesSent", true));
    Clock.runDueJobs(pe());
    assertThat(pi).isEnded().hasPassed("Event_Completed");
    var supervision = pe().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("post-treatment-supervision")
        .singleResult();
    assertThat(pe().getRuntimeService().getVariables(supervision.getId())).containsEntry("citizenId", "022090001234")
        .containsEntry("sourceCaseId", pi.getBusinessKey()).containsEntry("completedTreatment", "voluntary");
  }

  @Test
  void l120AdultWithMonitoringIsNoticedBeforeTheEndAndHandedOverOnViolation() {
    Clock.set("2026-08-03T09:00");
    ProcessInstance pi = register(CaseData.adult(), "2026-08-03", true);
    assertThat(pe().getRuntimeService().getVariable(pi.getId(), "legalRegime")).isEqualTo("L120");
    assertThat(task(pi)).hasCandidateGroup("commune-police");
    // L120: 24 hours from the registration being received
    assertThat(task(pi).getDueDate()).isEqualTo(Clock.at("2026-08-04T09:00"));
    receiveComplete(pi, "2026-08-03");
    appraiseAndApprove(pi, "2026-08-03", 24);
    assertThat(pi).isWaitingAt("Task_DecideMonitoring");
    assertThat(task(pi).getDueDate()).isEqualTo(Clock.at("2026-08-03T21:00"));
    complete(task(pi), withVariables("monitoringDecided", "yes", "monitoringDecisionNumber", "01/QĐ-CAX",
        "monitoringReason", "Theo quy định"));
    assertThat(pi).isWaitingAt("Task_FitDevice");
    complete(task(pi), withVariables("deviceId", "GSDT-0001", "deviceFittedDate", "2026-08-03"));
    intake(pi, "2026-08-03");
    pe().getRuntimeService().createMessageCorrelation("MonitoringDeviceIncident").processInstanceId(pi.getId())
        .setVariable("incidentType", "tampering").correlate();
    Task incident = pe().getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_HandleDeviceIncident").singleResult();
    complete(incident, withVariables("incidentAction", "warned"));
    // 30 days before the end of a 24-month term (2028-08-03): notice due 2028-07-04, in Tasklist 5 days before
    Clock.set("2028-06-29T08:00");
    Clock.runDueJobs(pe());
    Task notice = pe().getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_AdvanceNotice").singleResult();
    assertThat(notice.getDueDate()).isEqualTo(Clock.at("2028-07-04T23:59:59"));
    complete(notice, withVariables("advanceNoticeDate", "2028-06-29", "advanceNoticeRecipients", "Người cai nghiện, gia đình"));
    Task monthly = pe().getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_MonthlyCheck").singleResult();
    complete(monthly, withVariables("checkDate", "2028-06-29", "followUpOutcome", "violation",
        "compulsoryGround", "used-during-voluntary", "violationEvidence", "Xét nghiệm dương tính ngày 28/6/2028"));
    assertThat(pi).isWaitingAt("Task_RecordViolation");
    complete(task(pi), withVariables("compulsoryGround", "used-during-voluntary", "violationEvidence",
        "Xét nghiệm dương tính ngày 28/6/2028", "violationRecordNumber", "07/BB", "violationRecordDate", "2028-06-29"));
    Clock.runDueJobs(pe());
    assertThat(pi).isEnded().hasPassed("Event_HandedOverCompulsory");
    var compulsory = pe().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("compulsory-commitment")
        .singleResult();
    assertThat(pe().getRuntimeService().getVariables(compulsory.getId()))
        .containsEntry("compulsoryGround", "used-during-voluntary").containsEntry("sourceCaseId", pi.getBusinessKey())
        .containsEntry("violationEvidence", "Xét nghiệm dương tính ngày 28/6/2028");
  }

  @Test
  void registrationWithoutDeterminationIsAssessedFirstThenProceeds() {
    Clock.set("2026-03-02T09:00");
    ProcessInstance pi = register(CaseData.adult(), "2026-03-02", false);
    assertThat(pi).isWaitingAt("Call_Assessment");
    ProcessInstance assessment = pe().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("addiction-assessment").singleResult();
    assertThat(assessment.getBusinessKey()).isEqualTo(pi.getBusinessKey());
    complete(task(assessment), withVariables("positiveTestAttached", true));
    complete(task(assessment), withVariables("personReceivedDate", "2026-03-02", "medicalStaffName", "Lê Y"));
    complete(task(assessment), withVariables("criterion1", true, "criterion2", true, "criterion3", true,
        "addictionAssessmentDate", "2026-03-02", "resultSent", true));
    assertThat(pi).isWaitingAt("Task_ReceiveDossier");
  }

  @Test
  void personFoundNotAddictedIsToldWhy() {
    Clock.set("2026-03-02T09:00");
    ProcessInstance pi = register(CaseData.adult(), "2026-03-02", false);
    ProcessInstance assessment = pe().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("addiction-assessment").singleResult();
    complete(task(assessment), withVariables("positiveTestAttached", true));
    complete(task(assessment), withVariables("personReceivedDate", "2026-03-02", "medicalStaffName", "Lê Y"));
    complete(task(assessment), withVariables("criterion1", true, "addictionAssessmentDate", "2026-03-02",
        "resultSent", true));
    assertThat(pi).isWaitingAt("Task_NotifyRefusal");
    assertThat(pe().getRuntimeService().getVariable(pi.getId(), "eligibilityOutcome")).isEqualTo("not-addicted");
    refuse(pi);
  }

  private void refuse(ProcessInstance pi) {
    complete(task(pi), withVariables("refusalReason", "Không thuộc đối tượng", "refusalNoticeDate",
        ClockUtil.getCurrentTime().toInstant().atZone(Clock.HANOI).toLocalDate().toString(), "refusalNoticeMethod", "in-person"));
    assertThat(pi).isEnded().hasPassed("Event_Refused");
    assertThat(pe().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("caseOutcome").singleResult().getValue()).isEqualTo("refused");
  }

  @Test
  void childUnderTwelveIsNotEligible() {
    Clock.set("2026-03-02T09:00");
    Map<String, Object> child = new HashMap<>(CaseData.adult());
    child.put("dateOfBirth", "2016-01-01");
    child.put("citizenId", "022216001234");
    child.put("legalRepresentativeName", "Nguyễn Văn Bố");
    ProcessInstance pi = register(child, "2026-03-02", true);
    assertThat(pi).isWaitingAt("Task_NotifyRefusal");
    assertThat(pe().getRuntimeService().getVariable(pi.getId(), "eligibilityOutcome")).isEqualTo("not-eligible");
    refuse(pi);
  }

  @Test
  void incompleteDossierIsSupplementedOrWithdrawn() {
    Clock.set("2026-03-02T09:00");
    ProcessInstance pi = register(CaseData.adult(), "2026-03-02", true);
    complete(task(pi), withVariables("dossierReceivedDate", "2026-03-02", "dossierComplete", "no",
        "missingDocuments", "Đơn đăng ký"));
    assertThat(pi).isWaitingAt("Task_ReceiveSupplement");
    assertThat(task(pi).getDueDate()).isEqualTo(Clock.at("2026-03-09T23:59:59"));
    complete(task(pi), withVariables("applicantInformed", true, "supplementOutcome", "supplemented"));
    assertThat(pi).isWaitingAt("Task_ReceiveDossier");
    complete(task(pi), withVariables("dossierReceivedDate", "2026-03-02", "dossierComplete", "no",
        "missingDocuments", "Đơn đăng ký"));
    complete(task(pi), withVariables("applicantInformed", true, "supplementOutcome", "withdrawn",
        "refusalReason", "Người đăng ký không bổ sung"));
    assertThat(pi).isWaitingAt("Task_NotifyRefusal");
    refuse(pi);
  }

  @Test
  void refusedDecisionIsNotified() {
    Clock.set("2026-03-02T09:00");
    ProcessInstance pi = register(CaseData.adult(), "2026-03-02", true);
    receiveComplete(pi, "2026-03-02");
    complete(task(pi), withVariables("appraisalOpinion", "Không đủ điều kiện", "appraisalRecommendation", "refuse"));
    complete(task(pi), withVariables("treatmentApproved", "no", "decisionNumber", "13/TB", "decisionDate", "2026-03-02",
        "refusalReason", "Không có nơi cư trú ổn định"));
    assertThat(pi).isWaitingAt("Task_NotifyRefusal");
    refuse(pi);
  }

  @Test
  void personWhoNeverStartsIsHandedOverWithGroundNotStarted() {
    Clock.set("2026-08-03T09:00");
    ProcessInstance pi = register(CaseData.adult(), "2026-08-03", true);
    receiveComplete(pi, "2026-08-03");
    appraiseAndApprove(pi, "2026-08-03", 24);
    complete(task(pi), withVariables("monitoringDecided", "no", "monitoringReason", "Không cần thiết"));
    assertThat(pi).isWaitingAt("Task_Intake");
    complete(task(pi), withVariables("treatmentStarted", "no"));
    assertThat(pi).isWaitingAt("Task_RecordViolation");
    assertThat(pe().getRuntimeService().getVariable(pi.getId(), "compulsoryGround")).isEqualTo("not-started");
    complete(task(pi), withVariables("compulsoryGround", "not-started", "violationEvidence", "Không đến sau 2 ngày",
        "violationRecordNumber", "08/BB", "violationRecordDate", "2026-08-03"));
    Clock.runDueJobs(pe());
    assertThat(pi).isEnded().hasPassed("Event_HandedOverCompulsory");
  }

  @Test
  void providerReportsAViolationByMessage() {
    ProcessInstance pi = startedL73Treatment();
    pe().getRuntimeService().createMessageCorrelation("VoluntaryViolationReported").processInstanceId(pi.getId())
        .setVariable("compulsoryGround", "voluntary-quit").correlate();
    assertThat(pi).isWaitingAt("Task_RecordViolation");
    complete(task(pi), withVariables("compulsoryGround", "voluntary-quit", "violationEvidence", "Vắng 6 ngày làm việc",
        "violationRecordNumber", "09/BB", "violationRecordDate", "2026-03-02"));
    Clock.runDueJobs(pe());
    assertThat(pi).isEnded().hasPassed("Event_HandedOverCompulsory");
  }

  @Test
  void personWhoMovesContinuesTheSameTermAtTheNewCommune() {
    ProcessInstance pi = startedL73Treatment();
    Clock.set("2026-04-02T08:00");
    Clock.runDueJobs(pe());
    check(pi, Map.of("followUpOutcome", "moved", "newCommuneCode", "06700", "residenceChangeNoticeDate", "2026-04-02"));
    assertThat(pi).isWaitingAt("Task_TransferCase");
    assertThat(task(pi)).hasCandidateGroup("commune-chairman");
    complete(task(pi), withVariables("newCommuneCode", "06700", "newResidenceAddress", "Tổ 1, Bãi Cháy"));
    Clock.runDueJobs(pe());
    assertThat(pi).isEnded().hasPassed("Event_Transferred");
    ProcessInstance continued = pe().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("voluntary-treatment").active().singleResult();
    assertThat(continued.getTenantId()).isEqualTo("06700");
    assertThat(continued.getBusinessKey()).isNotEqualTo(pi.getBusinessKey());
    Map<String, Object> vars = pe().getRuntimeService().getVariables(continued.getId());
    assertThat(vars).containsEntry("continuedFromCaseId", pi.getBusinessKey()).containsEntry("legalRegime", "L73")
        .containsEntry("treatmentEndDate", "2026-09-02").containsEntry("communeCode", "06700");
    assertThat(continued).isWaitingAt("Task_AcceptTransfer");
    complete(task(continued), withVariables("continuationDecisionNumber", "20/TN", "transferAcceptedDate", "2026-04-02"));
    assertThat(continued).isWaitingAt("Gateway_WaitNext");
  }

  @Test
  void deathClosesTheCase() {
    ProcessInstance pi = startedL73Treatment();
    Clock.set("2026-04-02T08:00");
    Clock.runDueJobs(pe());
    check(pi, Map.of("followUpOutcome", "closed-other", "closureReason", "death"));
    assertThat(pi).isWaitingAt("Task_RecordClosure");
    complete(task(pi), withVariables("closureReason", "death", "closureDate", "2026-04-02"));
    assertThat(pi).isEnded().hasPassed("Event_ClosedOther");
  }

  private ProcessInstance startedL73Treatment() {
    Clock.set("2026-03-02T09:00");
    ProcessInstance pi = register(CaseData.adult(), "2026-03-02", true);
    receiveComplete(pi, "2026-03-02");
    appraiseAndApprove(pi, "2026-03-02", 6);
    intake(pi, "2026-03-02");
    assertThat(pi).isWaitingAt("Gateway_WaitNext");
    return pi;
  }
}
