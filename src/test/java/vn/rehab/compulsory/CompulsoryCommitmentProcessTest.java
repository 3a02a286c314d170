package vn.rehab.compulsory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.rehab.deadline.CaseDeadlines;
import vn.rehab.forms.InvalidInputException;
import vn.rehab.testing.CaseData;
import vn.rehab.testing.Clock;
import vn.rehab.testing.RecordingNotifier;
import vn.rehab.testing.TestEngines;
import vn.rehab.voluntary.VoluntaryHandOvers;

/**
 * Every path of compulsory-commitment, court-review-adult and court-review-minor (and of the addiction
 * determination they call), under both regimes: L73 cases start before 1 July 2026, L120 cases after. The clock
 * is moved through every window and term. The voluntary case that hands over (with the real
 * {@link VoluntaryHandOvers#toCompulsory()}) and the supervision procedure that receives the released person are
 * test doubles.
 */
@Deployment(resources = {"processes/compulsory/compulsory-commitment.bpmn", "processes/compulsory/court-review-minor.bpmn",
    "processes/compulsory/court-review-adult.bpmn", "processes/compulsory/compulsory-roles.dmn",
    "processes/compulsory/compulsory-eligibility.dmn", "processes/compulsory/compulsory-term.dmn",
    "processes/compulsory/compulsory-route.dmn", "processes/assessment/addiction-assessment.bpmn",
    "processes/assessment/addiction-result.dmn", "processes/assessment/assessment-roles.dmn",
    "processes/common/deadline-escalation.bpmn", "compulsory/handover-test-doubles.bpmn"})
class CompulsoryCommitmentProcessTest {

  static Map<Object, Object> beans() {
    Map<Object, Object> beans = TestEngines.standardBeans(new RecordingNotifier());
    beans.put("compulsoryCase", new CompulsoryCase());
    beans.put("compulsoryCourt", new CompulsoryCourt((CaseDeadlines) beans.get("caseDeadlines")));
    beans.put("compulsoryTerm", new CompulsoryTerm());
    beans.put("releaseHandOver", CompulsoryHandOvers.toSupervision());
    beans.put("compulsoryHandOver", VoluntaryHandOvers.toCompulsory());
    CompulsoryCase compulsoryCase = (CompulsoryCase) beans.get("compulsoryCase");
    CompulsoryCourt compulsoryCourt = (CompulsoryCourt) beans.get("compulsoryCourt");
    CompulsoryTerm compulsoryTerm = (CompulsoryTerm) beans.get("compulsoryTerm");
    beans.put("custodyCheck", (ExecutionListener) compulsoryCase::checkCustody);
    beans.put("escortCheck", (ExecutionListener) compulsoryCase::checkEscort);
    beans.put("sessionCheck", (ExecutionListener) compulsoryCourt::checkSession);
    beans.put("appealReviewCheck", (ExecutionListener) compulsoryCourt::reviewed);
    beans.put("termReviewCheck", (ExecutionListener) compulsoryTerm::reviewed);
    return beans;
  }

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = TestEngines.coveredEngine(beans(), "post-treatment-supervision",
      "test-voluntary-violation");

  /** camunda-bpm-assert keeps one engine per thread: point it at this class's engine, not a previous class's. */
  @org.junit.jupiter.api.BeforeEach
  void assertOnThisEngine() {
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private ProcessEngine pe() {
    return engine.getProcessEngine();
  }

  private RuntimeService rt() {
    return pe().getRuntimeService();
  }

  /**
   * Clock.runDueJobs, except that a job removed by an earlier one of the same round (a boundary timer that ends a
   * task also removes the task's own reminder and escalation timers) is skipped, as the job executor would.
   */
  private void runDueJobs() {
    var management = pe().getManagementService();
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        if (management.createJobQuery().jobId(job.getId()).count() == 1) {
          management.executeJob(job.getId());
        }
      }
    }
    throw new IllegalStateException("Jobs keep becoming due: a timer loop?");
  }

  private static Map<String, Object> v(Object... pairs) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private Task task(ProcessInstance pi) {
    return pe().getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private Task task(ProcessInstance pi, String activity) {
    assertThat(pi).isWaitingAt(activity);
    return pe().getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activity)
        .singleResult();
  }

  private static void complete(Task task, Map<String, Object> values) {
    BpmnAwareTests.complete(task, values);
  }

  private void complete(ProcessInstance pi, String activity, Map<String, Object> values) {
    BpmnAwareTests.complete(task(pi, activity), values);
  }

  private Object var(ProcessInstance pi, String name) {
    return pe().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(name).singleResult().getValue();
  }

  private ProcessInstance court(ProcessInstance parent) {
    return rt().createProcessInstanceQuery().superProcessInstanceId(parent.getId()).singleResult();
  }

  private static String today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(Clock.HANOI).toLocalDate().toString();
  }

  private Date timerDue(ProcessInstance pi, String activity) {
    Job job = pe().getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activity)
        .timers().singleResult();
    return job.getDuedate();
  }

  /** A person found by the commune police (plain start with the opening form). */
  private ProcessInstance openByPolice(Map<String, Object> person, String ground, boolean addicted) {
    Map<String, Object> values = new HashMap<>(person);
    values.putAll(v("dossierStartDate", today(), "compulsoryGround", ground, "groundDetectedDate", today(),
        "violationEvidence", "Không đăng ký cai nghiện sau khi có kết quả xác định nghiện", "violationRecordNumber",
        "11/BB-CAX", "violationRecordDate", today(), "noStableResidence", false, "addicted", addicted,
        "firstTreatment", true));
    if (addicted) {
      values.put("addictionAssessmentDate", today());
    }
    return rt().startProcessInstanceByKey("compulsory-commitment", values);
  }

  private void prepare(ProcessInstance pi, Map<String, Object> exclusions) {
    Task open = task(pi, "Task_OpenDossier");
    assertThat(open).hasCandidateGroup("commune-police");
    Map<String, Object> values = v("dossierPreparedDate", today(), "proposalNumber", "15/ĐN-CAX",
        "violationRecordAttached", true, "resumeAttached", true, "personStatementAttached", true,
        "parentOpinion", "written-opinion", "pregnant", false, "caringChildUnder36Months", false,
        "lacksCapacity", false);
    values.putAll(exclusions);
    BpmnAwareTests.complete(open, values);
  }

  private void custody(ProcessInstance pi, String place) {
    complete(pi, "Task_Custody", "home".equals(place)
        ? v("custodyPlace", "home", "familyAgreementRef", "Văn bản đồng ý của gia đình ngày " + today(),
            "custodyStartDate", today())
        : v("custodyPlace", "facility", "custodyFacilityName", "Cơ sở cai nghiện ma túy tỉnh Quảng Ninh",
            "custodyStartDate", today()));
  }

  private void notifyPerson(ProcessInstance pi) {
    complete(pi, "Task_NotifyPerson", v("noticeReceivedDate", today(), "dossierCopyGiven", true,
        "representativeNotified", "yes"));
  }

  /** Moves the clock to the morning after the reading window and lets the timer fire. */
  private void afterReadingWindow(ProcessInstance pi, String morningAfter) {
    assertThat(pi).isWaitingAt("Event_ReadingWindowEnds");
    Clock.set(morningAfter + "T08:00");
    runDueJobs();
  }

  private void send(ProcessInstance pi) {
    complete(pi, "Task_SendDossier", v("opinionsGiven", "yes", "personOpinions", "Xin được cai nghiện tại gia đình",
        "dossierSentDate", today()));
  }

  /** An L120 case opened today (an August 2026 Monday), at the court's door on Friday of the same week. */
  private ProcessInstance l120CaseAtCourt(Map<String, Object> person) {
    Clock.set("2026-08-03T09:00");
    ProcessInstance pi = openByPolice(person, "not-registered", true);
    prepare(pi, Map.of());
    custody(pi, "facility");
    notifyPerson(pi);
    afterReadingWindow(pi, "2026-08-07");
    send(pi);
    return pi;
  }

  /** An L73 case opened on Monday 2 March 2026, checked and forwarded to the court on Friday 6 March. */
  private ProcessInstance l73CaseAtCourt(Map<String, Object> person) {
    Clock.set("2026-03-02T09:00");
    ProcessInstance pi = openByPolice(person, "voluntary-quit", true);
    prepare(pi, Map.of());
    custody(pi, "home");
    notifyPerson(pi);
    afterReadingWindow(pi, "2026-03-06");
    send(pi);
    complete(pi, "Task_CheckDossier", v("reviewDate", today(), "reviewOutcome", "forward", "proposedFacility",
        "Cơ sở cai nghiện ma túy tỉnh Quảng Ninh", "childRightsOpinion", "Bảo đảm khu vực riêng cho người chưa thành niên"));
    return pi;
  }

  private void register(ProcessInstance court) {
    Task t = task(court, "Task_RegisterDossier");
    assertThat(t).hasCandidateGroup("court");
    BpmnAwareTests.complete(t,
        v("courtRegisterDate", today(), "registerOutcome", "registered"));
  }

  private void accept(ProcessInstance court, boolean minor, String complex) {
    Map<String, Object> values = v("acceptanceDate", today(), "acceptanceNumber", "05/TLQĐ", "judgeName",
        "Phạm Văn Dũng", "complexCase", complex);
    if (minor) {
      values.putAll(v("defenderName", "Lê Thị Hoa", "defenderOrganisation", "Trung tâm trợ giúp pháp lý tỉnh"));
    }
    complete(court, "Task_AcceptDossier", values);
    Map<String, Object> notified = v("partiesNotifiedDate", today(), "personNotified", true, "proposerNotified", true,
        "procuracyNotified", true);
    if (minor) {
      notified.putAll(v("representativeNotified", true, "defenderNotified", true));
    }
    complete(court, "Task_NotifyAcceptance", notified);
  }

  private void openSession(ProcessInstance court) {
    complete(court, "Task_StudyDossier", v("studyOutcome", "open-session", "sessionCalledDate", today()));
  }

  private Map<String, Object> present(boolean minor, boolean person) {
    Map<String, Object> values = v("personPresent", person ? "yes" : "no", "proposerPresent", "yes",
        "procuratorPresent", "yes");
    if (minor) {
      values.putAll(v("legalRepresentativePresent", "yes", "defenderPresent", "yes"));
    }
    return values;
  }

  private void decide(ProcessInstance court, boolean minor, boolean personPresent, String decision, Integer months) {
    Map<String, Object> values = present(minor, personPresent);
    values.putAll(v("sessionOutcome", "held", "courtDecision", decision, "courtDecisionNumber", "12/QĐ-TA",
        "decisionAnnouncedDate", today(), "decisionReasons", "Đủ căn cứ theo hồ sơ và phiên họp"));
    if (months != null) {
      values.put("treatmentMonths", months);
    }
    complete(court, "Task_HoldSession", values);
  }

  private void sendDecision(ProcessInstance court, String received) {
    complete(court, "Task_SendDecision", v("decisionSentDate", today(), "decisionReceivedDate", received,
        "procuracySent", true, "representativeSent", true));
  }

  private void file(ProcessInstance court, String type, String by) {
    complete(court, "Task_WatchFilings", v("filingType", type, "filedBy", by, "filedDate", today(),
        "filingContent", "Đề nghị xem xét lại quyết định"));
  }

  private void admitAndStartTerm(ProcessInstance pi, String facility) {
    Task admit = task(pi, "Task_Admit");
    assertThat(admit).hasCandidateGroup("rehab-facility");
    BpmnAwareTests.complete(admit, v("facilityName", facility,
        "admissionDate", today(), "admissionRecordNumber", "88/BB-TN"));
    assertThat(pi).isWaitingAt("Event_NextReviewDue");
  }

  private void review(ProcessInstance pi, Map<String, Object> outcome) {
    Map<String, Object> values = new HashMap<>(outcome);
    values.put("reviewDate", today());
    complete(pi, "Task_QuarterlyReview", values);
  }

  private Map<String, Object> supervisionCaseOf(ProcessInstance pi) {
    var supervision = rt().createProcessInstanceQuery().processDefinitionKey("post-treatment-supervision")
        .variableValueEquals("sourceCaseId", pi.getBusinessKey()).singleResult();
    return rt().getVariables(supervision.getId());
  }

  // ------------------------------------------------------------------------------------------------ whole paths

  /**
   * L73, adult: a voluntary case's violation hand-over (the real VoluntaryHandOvers.toCompulsory()) opens the
   * dossier; custody at home; the reading window; the district check (held by the commune police since 1 July
   * 2025) returns it once; the adult court postpones the session for the procurator's absence, then applies 12
   * months; the windows close; escort within 5 days; custody days count; a reduction; the notice 15 days before;
   * release and hand-over to supervision.
   */
  @Test
  void l73AdultFromAVoluntaryViolationToReleaseAndSupervision() {
    Clock.set("2026-03-02T09:00");
    Map<String, Object> violation = new HashMap<>(CaseData.adult());
    violation.putAll(v("compulsoryGround", "voluntary-quit", "violationEvidence", "Vắng mặt 6 ngày làm việc liên tục",
        "violationRecordNumber", "09/BB", "violationRecordDate", "2026-03-02", "addicted", true,
        "addictionAssessmentDate", "2025-12-01", "firstTreatment", true));
    rt().startProcessInstanceByKey("test-voluntary-violation", "QN-2026-VOL-1", violation);
    ProcessInstance pi = rt().createProcessInstanceQuery().processDefinitionKey("compulsory-commitment").singleResult();
    assertThat(rt().getVariables(pi.getId())).containsEntry("compulsoryGround", "voluntary-quit")
        .containsEntry("violationEvidence", "Vắng mặt 6 ngày làm việc liên tục").containsEntry("sourceCaseId",
            "QN-2026-VOL-1").containsEntry("legalRegime", "L73").containsEntry("dossierStartDate", "2026-03-02")
        .containsEntry("groundDetectedDate", "2026-03-02");
    // 3.1 under L73: 5 working days from detecting the ground
    assertThat(task(pi, "Task_OpenDossier").getDueDate()).isEqualTo(Clock.at("2026-03-09T23:59:59"));
    prepare(pi, Map.of());
    assertThat(var(pi, "agePath")).isEqualTo("adult");
    assertThat(var(pi, "reviewBeforeCourt")).isEqualTo(true);
    custody(pi, "home");
    notifyPerson(pi);
    // 3.4: nothing moves before the end of the third working day after the notice
    assertThat(timerDue(pi, "Event_ReadingWindowEnds")).isEqualTo(Clock.at("2026-03-05T23:59:59"));
    Clock.set("2026-03-05T23:00");
    runDueJobs();
    assertThat(pi).isWaitingAt("Event_ReadingWindowEnds");
    afterReadingWindow(pi, "2026-03-06");
    assertThat(task(pi, "Task_SendDossier").getDueDate()).isEqualTo(Clock.at("2026-03-09T23:59:59"));
    send(pi);
    Task check = task(pi, "Task_CheckDossier");
    // dossier-reviewer: the district labour office until 30 June 2025, the commune police since
    assertThat(check).hasCandidateGroup("commune-police");
    assertThat(check.getDueDate()).isEqualTo(Clock.at("2026-03-10T23:59:59"));
    complete(pi, "Task_CheckDossier", v("reviewDate", today(), "reviewOutcome", "return", "missingDocuments",
        "Bản tóm tắt lý lịch có xác nhận", "childRightsOpinion", null));
    assertThat(task(pi, "Task_SupplementDossier").getDueDate()).isEqualTo(Clock.at("2026-03-10T23:59:59"));
    complete(pi, "Task_SupplementDossier", v("supplementNote", "Đã bổ sung bản tóm tắt lý lịch", "supplementDate",
        today()));
    complete(pi, "Task_CheckDossier", v("reviewDate", today(), "reviewOutcome", "forward", "proposedFacility",
        "Cơ sở cai nghiện ma túy tỉnh Quảng Ninh"));
    assertThat(pi).isWaitingAt("Call_CourtAdult");

    ProcessInstance court = court(pi);
    assertThat(court.getBusinessKey()).isEqualTo(pi.getBusinessKey());
    register(court);
    accept(court, false, "no");
    // 15 days from acceptance (6 March) end on Saturday 21 March: moved to Monday 23
    assertThat(task(court, "Task_StudyDossier").getDueDate()).isEqualTo(Clock.at("2026-03-23T23:59:59"));
    openSession(court);
    assertThat(rt().getVariables(court.getId())).containsEntry("termMinMonths", 12).containsEntry("termMaxMonths", 24);
    Clock.set("2026-03-09T09:00");
    Map<String, Object> procuratorAbsent = present(false, true);
    procuratorAbsent.putAll(v("procuratorPresent", "no", "sessionOutcome", "held", "courtDecision", "apply",
        "courtDecisionNumber", "12/QĐ-TA", "decisionAnnouncedDate", today(), "treatmentMonths", 12,
        "decisionReasons", "Đủ căn cứ"));
    assertThatThrownBy(() -> complete(court, "Task_HoldSession", procuratorAbsent))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Kiểm sát viên");
    Map<String, Object> postponed = present(false, true);
    postponed.putAll(v("procuratorPresent", "no", "sessionOutcome", "postponed", "postponementReason",
        "procurator-absent", "sessionCalledDate", today()));
    complete(court, "Task_HoldSession", postponed);
    assertThat(task(court, "Task_HoldSession").getDueDate()).isEqualTo(Clock.at("2026-03-18T23:59:59"));
    Map<String, Object> tooLong = present(false, true);
    tooLong.putAll(v("sessionOutcome", "held", "courtDecision", "apply", "courtDecisionNumber", "12/QĐ-TA",
        "decisionAnnouncedDate", today(), "treatmentMonths", 25, "decisionReasons", "Đủ căn cứ"));
    assertThatThrownBy(() -> complete(court, "Task_HoldSession", tooLong)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("24");
    decide(court, false, true, "apply", 12);
    sendDecision(court, today());
    // windows: complaint 5 WD (16 March), procuracy 5 / 10 WD from the announcement (16 / 23 March)
    assertThat(timerDue(court, "Boundary_WindowsClosed")).isEqualTo(Clock.at("2026-03-23T23:59:59"));
    // the step itself: record the effect within 1 working day after the windows close
    assertThat(task(court, "Task_WatchFilings").getDueDate()).isEqualTo(Clock.at("2026-03-24T23:59:59"));
    Clock.set("2026-03-23T22:00");
    runDueJobs();
    assertThat(pi).isWaitingAt("Call_CourtAdult");
    Clock.set("2026-03-24T08:00");
    runDueJobs();
    assertThat(court).isEnded().hasPassed("Event_DecisionEffective");
    assertThat(rt().getVariables(pi.getId())).containsEntry("courtDecision", "apply")
        .containsEntry("decisionEffectiveDate", "2026-03-24").containsEntry("treatmentMonths", 12);

    // 3.18 under L73: 5 days from the decision (24 March → Sunday 29 → Monday 30)
    Task escort = task(pi, "Task_Escort");
    assertThat(escort).hasCandidateGroup("commune-police");
    assertThat(escort.getDueDate()).isEqualTo(Clock.at("2026-03-30T23:59:59"));
    Clock.set("2026-03-25T09:00");
    complete(pi, "Task_Escort", v("escortOutcome", "handed-over", "handedOverDate", today(), "forceUsed", false));
    admitAndStartTerm(pi, "Cơ sở cai nghiện ma túy tỉnh Quảng Ninh");
    // 12 months from 25 March 2026, less the 23 days at home under management since 2 March
    assertThat(rt().getVariables(pi.getId())).containsEntry("releaseDate", "2027-03-02")
        .containsEntry("custodyDaysCounted", 23L);
    Clock.set("2026-06-25T08:00");
    runDueJobs();
    review(pi, v("reviewResult", "continuing"));
    Clock.set("2026-09-25T08:00");
    runDueJobs();
    assertThatThrownBy(() -> complete(pi, "Task_QuarterlyReview", v("reviewDate", today(), "reviewResult", "reduced",
        "reducedReleaseDate", "2027-04-01", "reductionDecisionNumber", "03/QĐ-CS")))
        .isInstanceOf(InvalidInputException.class);
    review(pi, v("reviewResult", "reduced", "reducedReleaseDate", "2027-01-15", "reductionDecisionNumber", "03/QĐ-CS"));
    assertThat(pi).isWaitingAt("Event_NextReviewDue");
    assertThat(rt().getVariable(pi.getId(), "releaseDate")).isEqualTo("2027-01-15");
    Clock.set("2026-12-25T08:00");
    runDueJobs();
    review(pi, v("reviewResult", "continuing"));
    // 3.20 under L73: at least 15 days before 15 January 2027; in Tasklist 5 days earlier
    Clock.set("2026-12-26T08:00");
    runDueJobs();
    Task notice = task(pi, "Task_NotifyEndOfTerm");
    assertThat(notice.getDueDate()).isEqualTo(Clock.at("2026-12-31T23:59:59"));
    complete(pi, "Task_NotifyEndOfTerm", v("endNoticeDate", today(), "courtNotified", true,
        "communePoliceNotified", true, "familyNotified", true));
    assertThat(pi).isWaitingAt("Event_ReleaseDay").hasPassed("Gateway_SocialProtection");
    Clock.set("2027-01-14T08:00");
    runDueJobs();
    assertThat(task(pi, "Task_Release").getDueDate()).isEqualTo(Clock.at("2027-01-15T23:59:59"));
    complete(pi, "Task_Release", v("releaseCertificateNumber", "21/GCN", "releaseCertificateDate", today(),
        "minorTakenHome", false));
    runDueJobs();
    assertThat(pi).isEnded().hasPassed("Event_Released");
    assertThat(var(pi, "caseOutcome")).isEqualTo("handed-over-supervision");
    assertThat(supervisionCaseOf(pi)).containsEntry("completedTreatment", "compulsory")
        .containsEntry("releaseDate", "2027-01-15").containsEntry("agePath", "adult")
        .containsEntry("citizenId", "022090001234").containsEntry("certificateNumber", "21/GCN");
  }

  /**
   * L120, a girl of 15 found by the commune police without a determination: the determination is made first;
   * custody only in a facility; no district check: straight to the minor court, which returns the dossier once,
   * asks for clarification, postpones the session for the defender's absence and applies 6 months; an application
   * for postponement (no written limit under L120) is refused; the facility is assigned by the province, then by
   * the national department; the person absconds before admission and is found, absconds from the facility and
   * returns (the days away are added); the notice 30 days before; the social-protection step; release.
   */
  @Test
  void l120MinorFoundByThePoliceToReleaseThroughTheMinorCourt() {
    Clock.set("2026-08-03T09:00");
    Map<String, Object> girl = CaseData.minor("2026-08-03");
    ProcessInstance pi = openByPolice(girl, "not-registered", false);
    assertThat(rt().getVariable(pi.getId(), "legalRegime")).isEqualTo("L120");
    // 3.1 under L120: 1 working day from detecting the ground
    assertThat(task(pi, "Task_OpenDossier").getDueDate()).isEqualTo(Clock.at("2026-08-04T23:59:59"));
    prepare(pi, Map.of());
    assertThat(pi).isWaitingAt("Call_Assessment");
    ProcessInstance assessment = rt().createProcessInstanceQuery().processDefinitionKey("addiction-assessment")
        .singleResult();
    assertThat(assessment.getBusinessKey()).isEqualTo(pi.getBusinessKey());
    complete(task(assessment), v("positiveTestAttached", true, "representativeConsent", true));
    complete(task(assessment), v("personReceivedDate", today(), "medicalStaffName", "Lê Y"));
    complete(task(assessment), v("criterion1", true, "criterion2", true, "criterion3", true,
        "addictionAssessmentDate", today(), "resultSent", true));
    assertThat(rt().getVariables(pi.getId())).containsEntry("agePath", "minor").containsEntry("eligible", true)
        .containsEntry("homeCustodyAllowed", false);
    assertThat(task(pi, "Task_Custody").getDueDate()).isEqualTo(Clock.at("2026-08-04T09:00"));
    assertThatThrownBy(() -> custody(pi, "home")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Luật 120");
    custody(pi, "facility");
    notifyPerson(pi);
    afterReadingWindow(pi, "2026-08-07");
    send(pi);
    assertThat(pi).isWaitingAt("Call_CourtMinor").hasNotPassed("Task_CheckDossier");

    ProcessInstance court = court(pi);
    complete(court, "Task_RegisterDossier", v("courtRegisterDate", today(), "registerOutcome", "returned",
        "returnReason", "Thiếu ý kiến bằng văn bản của cha mẹ"));
    assertThat(task(court, "Task_CompleteForCourt")).hasCandidateGroup("commune-police");
    complete(court, "Task_CompleteForCourt", v("completionNote", "Đã bổ sung ý kiến của mẹ", "dossierResubmittedDate",
        today()));
    register(court);
    assertThatThrownBy(() -> complete(court, "Task_AcceptDossier", v("acceptanceDate", today(), "acceptanceNumber",
        "05/TLQĐ", "judgeName", "Phạm Văn Dũng", "complexCase", "yes"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Người bào chữa");
    accept(court, true, "yes");
    // complex: 30 days from acceptance (7 August) → 6 September, a Sunday → Monday 7
    assertThat(task(court, "Task_StudyDossier").getDueDate()).isEqualTo(Clock.at("2026-09-07T23:59:59"));
    complete(court, "Task_StudyDossier", v("studyOutcome", "request-documents", "expertsConsulted", true,
        "clarificationRequest", "Làm rõ nơi cư trú của người chưa thành niên", "clarificationRequestedDate", today()));
    Task clarification = task(court, "Task_AnswerClarification");
    assertThat(clarification).hasCandidateGroup("commune-police");
    assertThat(clarification.getDueDate()).isEqualTo(Clock.at("2026-08-11T23:59:59"));
    complete(court, "Task_AnswerClarification", v("clarificationAnswer", "Cư trú cùng mẹ tại tổ 3",
        "clarificationAnsweredDate", today()));
    openSession(court);
    assertThat(rt().getVariables(court.getId())).containsEntry("termMinMonths", 6).containsEntry("termMaxMonths", 12);
    Map<String, Object> noDefender = present(true, true);
    noDefender.putAll(v("defenderPresent", "no", "sessionOutcome", "held", "courtDecision", "apply",
        "courtDecisionNumber", "12/QĐ-TA", "decisionAnnouncedDate", today(), "treatmentMonths", 6,
        "decisionReasons", "Đủ căn cứ"));
    assertThatThrownBy(() -> complete(court, "Task_HoldSession", noDefender)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bào chữa");
    Map<String, Object> postponed = present(true, true);
    postponed.putAll(v("defenderPresent", "no", "sessionOutcome", "postponed", "postponementReason",
        "defender-absent", "sessionCalledDate", today()));
    complete(court, "Task_HoldSession", postponed);
    decide(court, true, true, "apply", 6);
    sendDecision(court, today());
    Clock.set("2026-08-20T09:00");
    file(court, "postponement-application", "Trần Thị Cúc");
    assertThat(rt().getVariable(court.getId(), "filingInWindow")).isEqualTo(true);
    complete(court, "Task_DecideApplication", v("applicationOutcome", "rejected", "applicationDecisionNumber",
        "20/QĐ-TA", "applicationDecisionDate", today(), "applicationReasons", "Không thuộc trường hợp được hoãn"));
    assertThat(court).isWaitingAt("Task_WatchFilings");
    Clock.set("2026-08-22T08:00");
    runDueJobs();
    assertThat(court).isEnded();
    assertThat(rt().getVariable(pi.getId(), "decisionEffectiveDate")).isEqualTo("2026-08-22");

    // 3.17: commune police → province (none free) → national department, 24 hours per hop
    Task request = task(pi, "Task_RequestFacility");
    assertThat(request).hasCandidateGroup("commune-police");
    assertThat(request.getDueDate()).isEqualTo(Clock.at("2026-08-23T08:00"));
    Clock.set("2026-08-24T09:00");
    complete(pi, "Task_RequestFacility", v("facilityRequestDate", today()));
    Task province = task(pi, "Task_AssignFacility");
    assertThat(province).hasCandidateGroup("province-authority");
    assertThat(province.getDueDate()).isEqualTo(Clock.at("2026-08-25T09:00"));
    complete(pi, "Task_AssignFacility", v("assignmentOutcome", "none-free"));
    Clock.set("2026-08-24T15:00");
    assertThat(task(pi, "Task_NationalAssignment").getDueDate()).isEqualTo(Clock.at("2026-08-25T09:00"));
    complete(pi, "Task_NationalAssignment", v("facilityName", "Trường giáo dưỡng số 2", "nationalAssignmentRef",
        "112/C04"));
    // 3.18 under L120: 24 hours from the assignment
    assertThat(task(pi, "Task_Escort").getDueDate()).isEqualTo(Clock.at("2026-08-25T15:00"));
    complete(pi, "Task_Escort", v("escortOutcome", "absconded", "abscondedDate", today()));
    Task search = task(pi, "Task_SearchPerson");
    assertThat(search).hasCandidateGroup("province-authority");
    Clock.set("2026-08-28T09:00");
    complete(pi, "Task_SearchPerson", v("searchOutcome", "found", "foundDate", today()));
    complete(pi, "Task_Escort", v("escortOutcome", "handed-over", "handedOverDate", today()));
    admitAndStartTerm(pi, "Trường giáo dưỡng số 2");
    // 6 months from 28 August 2026, less 25 days in the custody facility since 3 August
    assertThat(rt().getVariable(pi.getId(), "releaseDate")).isEqualTo("2027-02-03");
    Clock.set("2026-11-28T08:00");
    runDueJobs();
    review(pi, v("reviewResult", "absconded", "facilityAbscondedDate", "2026-11-20"));
    complete(pi, "Task_SearchAbsconder", v("returnedDate", today(), "searchNote", "Gia đình đưa trở lại"));
    assertThat(pi).isWaitingAt("Event_NextReviewDue");
    // 8 days away do not count
    assertThat(rt().getVariable(pi.getId(), "releaseDate")).isEqualTo("2027-02-11");
    // 3.20 under L120: at least 30 days before 11 February 2027 (12 January), in Tasklist 5 days earlier
    Clock.set("2027-01-07T08:00");
    runDueJobs();
    assertThat(task(pi, "Task_NotifyEndOfTerm").getDueDate()).isEqualTo(Clock.at("2027-01-12T23:59:59"));
    complete(pi, "Task_NotifyEndOfTerm", v("endNoticeDate", today(), "courtNotified", true,
        "communePoliceNotified", true, "familyNotified", true));
    assertThat(task(pi, "Task_ProposeSocialProtection").getDueDate()).isEqualTo(Clock.at("2027-01-27T23:59:59"));
    complete(pi, "Task_ProposeSocialProtection", v("socialProtectionNeeded", "no"));
    Clock.set("2027-02-10T08:00");
    runDueJobs();
    complete(pi, "Task_Release", v("releaseCertificateNumber", "07/GCN", "releaseCertificateDate", today(),
        "supervisionDecisionNumber", "02/QĐ-QLSC", "minorTakenHome", true));
    runDueJobs();
    assertThat(pi).isEnded().hasPassed("Event_Released");
    assertThat(supervisionCaseOf(pi)).containsEntry("agePath", "minor").containsEntry("releaseDate", "2027-02-11")
        .containsEntry("completedTreatment", "compulsory").containsEntry("supervisionDecisionNumber", "02/QĐ-QLSC");
  }

  /** The same model, two regimes: L73 through the dossier check, L120 straight to the court, each with its limits. */
  @Test
  void theSameModelTakesTheL73AndTheL120RoutesWithTheirOwnLimits() {
    Clock.set("2026-03-02T09:00");
    ProcessInstance l73 = openByPolice(CaseData.adult(), "not-started", true);
    Clock.set("2026-08-03T09:00");
    Map<String, Object> other = new HashMap<>(CaseData.adult());
    other.put("citizenId", "022090005678");
    ProcessInstance l120 = openByPolice(other, "not-started", true);
    assertThat(l73.getProcessDefinitionId()).isEqualTo(l120.getProcessDefinitionId());
    assertThat(task(l73, "Task_OpenDossier").getDueDate()).isEqualTo(Clock.at("2026-03-09T23:59:59"));
    assertThat(task(l120, "Task_OpenDossier").getDueDate()).isEqualTo(Clock.at("2026-08-04T23:59:59"));
    prepare(l120, Map.of());
    assertThatThrownBy(() -> custody(l120, "home")).isInstanceOf(InvalidInputException.class);
    custody(l120, "facility");
    notifyPerson(l120);
    afterReadingWindow(l120, "2026-08-07");
    send(l120);
    assertThat(l120).isWaitingAt("Call_CourtAdult").hasNotPassed("Task_CheckDossier");
    assertThat(court(l120)).isWaitingAt("Task_RegisterDossier");
    Clock.set("2026-03-02T10:00");
    prepare(l73, Map.of());
    custody(l73, "home");
    notifyPerson(l73);
    afterReadingWindow(l73, "2026-03-06");
    send(l73);
    assertThat(l73).isWaitingAt("Task_CheckDossier");
    assertThat(rt().getVariables(l73.getId())).containsEntry("custodyPlace", "home");
  }

  /** Runs the days (08:00) until the case waits at the step; the decision takes effect when its windows close. */
  private void untilWaitingAt(ProcessInstance pi, String activity, String lastDay) {
    java.time.LocalDate day = java.time.LocalDate.parse(today());
    while (pe().getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activity)
        .count() == 0) {
      day = day.plusDays(1);
      assertThat(day.toString()).as(activity + " by " + lastDay).isLessThanOrEqualTo(lastDay);
      Clock.set(day + "T08:00");
      runDueJobs();
    }
  }

  private void courtApplies(ProcessInstance pi, int months) {
    ProcessInstance court = court(pi);
    register(court);
    accept(court, false, "no");
    openSession(court);
    decide(court, false, true, "apply", months);
    sendDecision(court, today());
  }

  /**
   * 3.18 under L73 (D116 Art. 54): a facility without a free place defers the escort, at most 3 months from its
   * notice; the person may abscond meanwhile and, once found, be escorted or deferred again. Under L120 the
   * province assigns a facility with a place: a deferral is refused with the reason.
   */
  @Test
  void anL73EscortIsDeferredAtMostThreeMonthsWhenTheFacilityIsFullAnL120OneIsNot() {
    ProcessInstance pi = l73CaseAtCourt(CaseData.adult());
    courtApplies(pi, 12);
    untilWaitingAt(pi, "Task_Escort", "2026-04-30");
    assertThat(rt().getVariable(pi.getId(), "escortDeferralAllowed")).isEqualTo(true);
    String effective = (String) rt().getVariable(pi.getId(), "decisionEffectiveDate");
    assertThatThrownBy(() -> complete(pi, "Task_Escort", v("escortOutcome", "facility-full")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Ngày cơ sở thông báo hết chỗ");
    complete(pi, "Task_Escort", v("escortOutcome", "facility-full", "facilityFullDate", effective));
    Task deferred = task(pi, "Task_EscortDeferred");
    assertThat(deferred).hasCandidateGroup("commune-police");
    // three months from the facility's notice, to the day (moved to the next working day if that is a day off)
    assertThat(deferred.getDueDate()).isEqualTo(Clock.at(deferredLimitOf(effective) + "T23:59:59"));
    complete(pi, "Task_EscortDeferred", v("escortOutcome", "absconded", "abscondedDate", today()));
    complete(pi, "Task_SearchPerson", v("searchOutcome", "found", "foundDate", today()));
    complete(pi, "Task_Escort", v("escortOutcome", "facility-full", "facilityFullDate", today()));
    complete(pi, "Task_EscortDeferred", v("escortOutcome", "handed-over", "handedOverDate", today()));
    admitAndStartTerm(pi, "Cơ sở cai nghiện ma túy tỉnh Quảng Ninh");

    ProcessInstance l120 = l120CaseAtCourt(CaseData.with(CaseData.adult(), Map.of("citizenId", "022090005679")));
    courtApplies(l120, 24);
    untilWaitingAt(l120, "Task_RequestFacility", "2026-09-30");
    complete(l120, "Task_RequestFacility", v("facilityRequestDate", today()));
    complete(l120, "Task_AssignFacility", v("assignmentOutcome", "assigned", "facilityName",
        "Cơ sở cai nghiện ma túy tỉnh Quảng Ninh"));
    assertThatThrownBy(() -> complete(l120, "Task_Escort", v("escortOutcome", "facility-full", "facilityFullDate",
        today()))).isInstanceOf(InvalidInputException.class).hasMessageContaining("Luật 120/2025/QH15");
    assertThat(l120).isWaitingAt("Task_Escort");
  }

  /** The hand-counted limits of the deferral test, for the dates the run reaches. */
  private static String deferredLimitOf(String noticeDay) {
    return switch (noticeDay) {
      case "2026-03-21" -> "2026-06-22"; // 21 June 2026 is a Sunday
      case "2026-03-24" -> "2026-06-24";
      default -> throw new AssertionError("count the limit for a notice of " + noticeDay + " by hand");
    };
  }

  /** Before 1 July 2025 the check of an L73 dossier is the district labour office's (role dossier-reviewer). */
  @Test
  void anL73DossierOf2025IsCheckedByTheDistrictLabourOffice() {
    Clock.set("2025-06-02T09:00");
    ProcessInstance pi = openByPolice(CaseData.adult(), "used-during-voluntary", true);
    assertThat(rt().getVariable(pi.getId(), "legalRegime")).isEqualTo("L73");
    prepare(pi, Map.of());
    custody(pi, "facility");
    notifyPerson(pi);
    afterReadingWindow(pi, "2025-06-06");
    send(pi);
    assertThat(task(pi, "Task_CheckDossier")).hasCandidateGroup("dossier-reviewer");
  }

  // ------------------------------------------------------------------------------------------------ rights

  /** A complaint inside its window holds execution back until the review; the annulled decision is not executed. */
  @Test
  void aComplaintInsideItsWindowHoldsExecutionBack() {
    ProcessInstance pi = l120CaseAtCourt(CaseData.adult());
    ProcessInstance court = court(pi);
    register(court);
    accept(court, false, "no");
    openSession(court);
    assertThat(rt().getVariables(court.getId())).containsEntry("termMinMonths", 24).containsEntry("termMaxMonths", 24);
    decide(court, false, true, "apply", 24);
    sendDecision(court, today());
    Clock.set("2026-08-12T09:00");
    file(court, "complaint", "Nguyễn Văn An");
    assertThat(rt().getVariable(court.getId(), "filingInWindow")).isEqualTo(true);
    complete(court, "Task_ForwardAppeal", v("appealForwardedDate", today(), "provincialCourt",
        "Tòa án nhân dân tỉnh Quảng Ninh"));
    // the windows closed on 21 August; the decision is still not executable
    Clock.set("2026-08-25T09:00");
    runDueJobs();
    assertThat(pi).isWaitingAt("Call_CourtAdult");
    assertThat(court).isWaitingAt("Task_ReviewAppeal");
    complete(court, "Task_ReviewAppeal", v("appealOutcome", "annul", "reviewDecisionNumber", "03/QĐ-PT",
        "reviewDecisionDate", today()));
    assertThat(rt().getVariables(pi.getId())).containsEntry("courtDecision", "suspend")
        .containsEntry("decisionEffectiveDate", "2026-08-25");
    complete(pi, "Task_EndCustody", v("custodyEndDate", today(), "personInformed", true));
    assertThat(pi).isEnded().hasPassed("Event_ClosedOther");
    assertThat(var(pi, "caseOutcome")).isEqualTo("closed-other");
  }

  /**
   * A complaint outside its window is refused and holds nothing back; a higher procuracy's protest inside its own
   * window goes to review, which amends the decision into a postponement; execution starts when the postponement
   * ends (the province assigns a facility); the person absconds and the search is closed.
   */
  @Test
  void aLateComplaintIsRefusedAndAPostponedExecutionStartsWhenThePostponementEnds() {
    ProcessInstance pi = l120CaseAtCourt(CaseData.adult());
    ProcessInstance court = court(pi);
    register(court);
    accept(court, false, "no");
    openSession(court);
    decide(court, false, true, "apply", 24);
    sendDecision(court, today());
    Clock.set("2026-08-17T09:00");
    file(court, "complaint", "Nguyễn Văn An");
    assertThat(rt().getVariable(court.getId(), "filingInWindow")).isEqualTo(false);
    complete(court, "Task_RefuseLateFiling", v("lateFilingReply", "Quá thời hạn 5 ngày làm việc", "lateFilingReplyDate",
        today()));
    file(court, "protest-higher-level", "Viện kiểm sát nhân dân tỉnh Quảng Ninh");
    complete(court, "Task_ForwardAppeal", v("appealForwardedDate", today(), "provincialCourt",
        "Tòa án nhân dân tỉnh Quảng Ninh"));
    Clock.set("2026-08-18T09:00");
    complete(court, "Task_ReviewAppeal", v("appealOutcome", "amend", "amendedDecision", "postpone", "amendedMonths", 24,
        "amendedPostponementEndDate", "2026-10-01", "reviewDecisionNumber", "04/QĐ-PT", "reviewDecisionDate", today()));
    assertThat(pi).isWaitingAt("Event_PostponementEnds");
    assertThat(rt().getVariables(pi.getId())).containsEntry("courtDecision", "postpone")
        .containsEntry("custodyEndDate", "2026-08-18");
    Clock.set("2026-10-01T08:00");
    runDueJobs();
    assertThat(rt().getVariable(pi.getId(), "executionStartDate")).isEqualTo("2026-10-01");
    complete(pi, "Task_RequestFacility", v("facilityRequestDate", today()));
    complete(pi, "Task_AssignFacility", v("assignmentOutcome", "assigned", "facilityName",
        "Cơ sở cai nghiện ma túy tỉnh Quảng Ninh"));
    assertThat(task(pi, "Task_Escort").getDueDate()).isEqualTo(Clock.at("2026-10-02T08:00"));
    complete(pi, "Task_Escort", v("escortOutcome", "absconded", "abscondedDate", today()));
    complete(pi, "Task_SearchPerson", v("searchOutcome", "closed", "searchClosedReason", "Bị tạm giam vì tội phạm khác"));
    assertThat(pi).isEnded().hasPassed("Event_SearchClosed");
    assertThat(var(pi, "caseOutcome")).isEqualTo("closed-other");
  }

  /**
   * Minor court: the decision was received days after the announcement by an absent girl, so her mother's
   * complaint counts from the receipt; the same-level procuracy's protest, counted from the announcement, is late.
   */
  @Test
  void theComplaintWindowOfAnAbsentMinorCountsFromReceipt() {
    ProcessInstance pi = l120CaseAtCourt(CaseData.minor("2026-08-03"));
    ProcessInstance court = court(pi);
    register(court);
    accept(court, true, "no");
    openSession(court);
    decide(court, true, false, "apply", 6);
    Clock.set("2026-08-10T09:00");
    sendDecision(court, today());
    Clock.set("2026-08-17T09:00");
    file(court, "protest-same-level", "Viện kiểm sát nhân dân khu vực 1");
    assertThat(rt().getVariable(court.getId(), "filingInWindow")).isEqualTo(false);
    complete(court, "Task_RefuseLateFiling", v("lateFilingReply", "Quá thời hạn kháng nghị", "lateFilingReplyDate",
        today()));
    file(court, "complaint", "Trần Thị Cúc");
    assertThat(rt().getVariable(court.getId(), "filingInWindow")).isEqualTo(true);
    complete(court, "Task_ForwardAppeal", v("appealForwardedDate", today(), "provincialCourt",
        "Tòa án nhân dân tỉnh Quảng Ninh"));
    assertThat(task(court, "Task_ReviewAppeal").getDueDate()).isEqualTo(Clock.at("2026-09-03T23:59:59"));
    complete(court, "Task_ReviewAppeal", v("appealOutcome", "uphold", "reviewDecisionNumber", "05/QĐ-PT",
        "reviewDecisionDate", today()));
    assertThat(pi).isWaitingAt("Task_RequestFacility");
    assertThat(rt().getVariables(pi.getId())).containsEntry("courtDecision", "apply").containsEntry("treatmentMonths", 6)
        .containsEntry("decisionEffectiveDate", "2026-08-17");
  }

  /** Under L73 the person has 2 working days from receiving the decision to apply; a timely one is decided. */
  @Test
  void anL73ApplicationInsideItsWindowExemptsALateOneIsRefused() {
    ProcessInstance pi = l73CaseAtCourt(CaseData.adult());
    ProcessInstance court = court(pi);
    register(court);
    accept(court, false, "no");
    openSession(court);
    decide(court, false, true, "apply", 12);
    sendDecision(court, today());
    Clock.set("2026-03-10T09:00");
    file(court, "exemption-application", "Nguyễn Văn An");
    assertThat(rt().getVariable(court.getId(), "filingKind")).isEqualTo("application");
    complete(court, "Task_DecideApplication", v("applicationOutcome", "exempt", "applicationDecisionNumber", "21/QĐ-TA",
        "applicationDecisionDate", today(), "applicationReasons", "Mắc bệnh hiểm nghèo"));
    Clock.set("2026-03-11T09:00");
    file(court, "postponement-application", "Nguyễn Văn An");
    assertThat(rt().getVariable(court.getId(), "filingInWindow")).isEqualTo(false);
    complete(court, "Task_RefuseLateFiling", v("lateFilingReply", "Quá 2 ngày làm việc", "lateFilingReplyDate", today()));
    Clock.set("2026-03-24T08:00");
    runDueJobs();
    assertThat(rt().getVariable(pi.getId(), "courtDecision")).isEqualTo("exempt");
    complete(pi, "Task_EndCustody", v("custodyEndDate", today(), "personInformed", true));
    assertThat(pi).isEnded().hasPassed("Event_ClosedOther");
  }

  // ------------------------------------------------------------------------------------------------ stops

  @Test
  void theAdultCourtReturnsAsksAndStops() {
    courtStops(CaseData.adult(), false);
  }

  @Test
  void theMinorCourtStops() {
    courtStops(CaseData.minor("2026-08-03"), true);
  }

  private void courtStops(Map<String, Object> person, boolean minor) {
    ProcessInstance pi = l120CaseAtCourt(person);
    ProcessInstance court = court(pi);
    if (!minor) {
      complete(court, "Task_RegisterDossier", v("courtRegisterDate", today(), "registerOutcome", "returned",
          "returnReason", "Thiếu bản tường trình"));
      complete(court, "Task_CompleteForCourt", v("completionNote", "Đã bổ sung", "dossierResubmittedDate", today()));
    }
    register(court);
    accept(court, minor, "no");
    if (!minor) {
      complete(court, "Task_StudyDossier", v("studyOutcome", "request-documents", "clarificationRequest",
          "Làm rõ kết quả xác định", "clarificationRequestedDate", today()));
      complete(court, "Task_AnswerClarification", v("clarificationAnswer", "Đã gửi", "clarificationAnsweredDate",
          today()));
    }
    complete(court, "Task_StudyDossier", v("studyOutcome", "stop", "stopReason", "Người bị đề nghị đã chết"));
    assertThat(court).isEnded().hasPassed("Event_Stopped");
    assertThat(rt().getVariable(pi.getId(), "courtDecision")).isEqualTo("suspend");
    complete(pi, "Task_EndCustody", v("custodyEndDate", today(), "personInformed", true));
    assertThat(pi).isEnded().hasPassed("Event_ClosedOther");
  }

  /** L73: the reviewer returns the dossier; 2 working days pass without the supplement: the case stops. */
  @Test
  void aDossierNotSupplementedInTimeStopsTheCase() {
    Clock.set("2026-03-02T09:00");
    ProcessInstance pi = openByPolice(CaseData.adult(), "substitution-violation", true);
    prepare(pi, Map.of());
    custody(pi, "facility");
    notifyPerson(pi);
    afterReadingWindow(pi, "2026-03-06");
    send(pi);
    complete(pi, "Task_CheckDossier", v("reviewDate", today(), "reviewOutcome", "return", "missingDocuments",
        "Bản tường trình"));
    Clock.set("2026-03-11T00:30");
    runDueJobs();
    assertThat(pi).hasPassed("Boundary_SupplementExpired");
    complete(pi, "Task_EndCustody", v("custodyEndDate", today(), "personInformed", true));
    assertThat(pi).isEnded().hasPassed("Event_ClosedOther");
  }

  // ------------------------------------------------------------------------------------------------ who is subject

  @Test
  void aPregnantWomanIsNotSubject() {
    Clock.set("2026-03-02T09:00");
    Map<String, Object> woman = new HashMap<>(CaseData.adult());
    woman.putAll(v("fullName", "Lê Thị Dung", "sex", "female", "citizenId", "022190001234"));
    ProcessInstance pi = openByPolice(woman, "not-registered", true);
    prepare(pi, v("pregnant", true, "exclusionEvidence", "Giấy xác nhận của trạm y tế"));
    notApplicable(pi, "có thai");
  }

  /** Relapse during supervision is a ground for adults only (L73 Art. 32(4)); a minor's hand-over stops. */
  @Test
  void aMinorHandedOverForRelapseIsNotSubject() {
    Clock.set("2026-08-03T09:00");
    Map<String, Object> relapse = new HashMap<>(CaseData.minor("2026-08-03"));
    relapse.putAll(v("compulsoryGround", "relapse-during-supervision", "violationEvidence", "Xét nghiệm dương tính",
        "violationRecordNumber", "02/BB", "violationRecordDate", "2026-07-31", "addicted", true,
        "addictionAssessmentDate", "2026-07-31", "firstTreatment", false, "sourceCaseId", "QN-2026-000777"));
    ProcessInstance pi = rt().createMessageCorrelation("CompulsoryHandOver").setVariables(relapse)
        .correlateStartMessage();
    assertThat(rt().getVariables(pi.getId())).containsEntry("dossierStartDate", "2026-08-03")
        .containsEntry("groundDetectedDate", "2026-07-31");
    prepare(pi, Map.of());
    notApplicable(pi, "từ đủ 18 tuổi");
  }

  /** Without a determination the person is assessed first; found not addicted, there is no case. */
  @Test
  void aPersonFoundNotAddictedIsNotSubject() {
    Clock.set("2026-08-03T09:00");
    ProcessInstance pi = openByPolice(CaseData.adult(), "not-registered", false);
    prepare(pi, Map.of());
    ProcessInstance assessment = rt().createProcessInstanceQuery().processDefinitionKey("addiction-assessment")
        .singleResult();
    complete(task(assessment), v("positiveTestAttached", true));
    complete(task(assessment), v("personReceivedDate", today(), "medicalStaffName", "Lê Y"));
    complete(task(assessment), v("criterion1", true, "addictionAssessmentDate", today(), "resultSent", true));
    assertThat(rt().getVariable(pi.getId(), "eligibilityOutcome")).isEqualTo("not-addicted");
    notApplicable(pi, "không nghiện");
  }

  @Test
  void aChildUnderTwelveIsNeverSubject() {
    Clock.set("2026-03-02T09:00");
    Map<String, Object> child = new HashMap<>(CaseData.adult());
    child.putAll(v("dateOfBirth", "2014-03-03", "citizenId", "022214001234", "legalRepresentativeName",
        "Nguyễn Văn Bố"));
    ProcessInstance pi = openByPolice(child, "not-registered", true);
    prepare(pi, Map.of());
    notApplicable(pi, "dưới 12 tuổi");
  }

  private void notApplicable(ProcessInstance pi, String reason) {
    assertThat(pi).isWaitingAt("Task_NotifyNotApplicable");
    assertThat((String) rt().getVariable(pi.getId(), "ineligibleReason")).contains(reason);
    assertThat(rt().getVariable(pi.getId(), "eligible")).isEqualTo(false);
    complete(pi, "Task_NotifyNotApplicable", v("notApplicableNoticeDate", today(), "noticeMethod", "in-person"));
    assertThat(pi).isEnded().hasPassed("Event_NotApplicable");
    assertThat(var(pi, "caseOutcome")).isEqualTo("refused");
  }

  /**
   * The age on the day the dossier is opened decides the path for the whole case: a boy of 17 who turns 18 before
   * the court sits stays on the minor path with the minor terms; the court does not apply the measure.
   */
  @Test
  void aPersonWhoTurnsEighteenWhileTheCaseRunsStaysOnTheMinorPath() {
    Map<String, Object> boy = new HashMap<>(CaseData.adult());
    boy.putAll(v("fullName", "Hoàng Văn Em", "dateOfBirth", "2008-08-10", "citizenId", "022208001111",
        "legalRepresentativeName", "Hoàng Văn Cha"));
    ProcessInstance pi = l120CaseAtCourt(boy);
    assertThat(rt().getVariable(pi.getId(), "agePath")).isEqualTo("minor");
    assertThat(pi).isWaitingAt("Call_CourtMinor");
    ProcessInstance court = court(pi);
    Clock.set("2026-08-11T09:00");
    register(court);
    accept(court, true, "no");
    openSession(court);
    assertThat(rt().getVariables(court.getId())).containsEntry("termMinMonths", 6).containsEntry("termMaxMonths", 12);
    decide(court, true, true, "not-apply", null);
    sendDecision(court, today());
    Clock.set("2026-08-26T08:00");
    runDueJobs();
    assertThat(rt().getVariable(pi.getId(), "courtDecision")).isEqualTo("not-apply");
    complete(pi, "Task_EndCustody", v("custodyEndDate", today(), "personInformed", true));
    assertThat(pi).isEnded();
    assertThat(List.of(var(pi, "caseOutcome"))).containsExactly("closed-other");
  }
}
