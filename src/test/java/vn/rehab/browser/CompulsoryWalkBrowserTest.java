package vn.rehab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * Procedure 2 as officers, the court and the facility run it, every step in the real Tasklist by the demo user
 * the engine makes responsible: an adult under Law 73 (district-level check, now by the commune police; the
 * court procedure for persons 18 and over) and a girl of 15 under Law 120 (addiction status determined first;
 * straight to the court procedure for minors), each from the police opening the dossier to execution, release
 * and the hand-over to post-treatment supervision.
 */
class CompulsoryWalkBrowserTest extends BrowserTestBase {

  private static final String PROCESS_NAME = "Lập hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc";
  private static final String FACILITY = "Cơ sở cai nghiện ma túy tỉnh Quảng Ninh";

  private static Map<String, Object> v(Object... pairs) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static String today() {
    return TasklistWalk.today();
  }

  /** The opening form the commune police fills in when it finds the person. */
  private static Map<String, Object> opening(Map<String, Object> person, String ground, boolean addicted) {
    Map<String, Object> values = new HashMap<>(person);
    values.putAll(v("provinceCode", "22", "communeCode", "06658", "residenceAddress", "Tổ 5, khu 2, Phường Hạ Long",
        "dossierStartDate", today(), "compulsoryGround", ground, "groundDetectedDate", today(), "violationEvidence",
        "Không đăng ký cai nghiện sau khi có kết quả xác định nghiện", "violationRecordNumber", "11/BB-CAX",
        "violationRecordDate", today(), "addicted", addicted, "firstTreatment", true));
    if (addicted) {
      values.put("addictionAssessmentDate", TasklistWalk.todayDate().minusDays(2).toString());
    }
    return values;
  }

  /** Preparing the dossier, custody, the notice and, after the reading window, sending it on. */
  private void prepareNotifyAndSend(TasklistWalk walk, String caseId, String custodyPlace, boolean minor) {
    Map<String, Object> prepared = v("dossierPreparedDate", today(), "proposalNumber", "15/ĐN-CAX",
        "violationRecordAttached", true, "resumeAttached", true, "personStatementAttached", true);
    if (minor) {
      prepared.put("parentOpinion", "written-opinion");
    }
    walk.complete(caseId, "Task_OpenDossier", prepared);
    if (minor) {
      // no determination yet: the addiction-status procedure runs first, under the same case number
      walk.complete(caseId, "Task_PrepareRequest", v("positiveTestAttached", true, "representativeConsent", true));
      walk.complete(caseId, "Task_ReceivePerson", v("personReceivedDate", today(), "medicalStaffName", "Lê Thị Y"));
      walk.complete(caseId, "Task_Assess", v("criterion1", true, "criterion2", true, "criterion3", true,
          "addictionAssessmentDate", today(), "resultSent", true));
    }
    walk.complete(caseId, "Task_Custody", "home".equals(custodyPlace)
        ? v("custodyPlace", "home", "familyAgreementRef", "Văn bản đồng ý của gia đình ngày " + today(),
            "custodyStartDate", today())
        : v("custodyPlace", "facility", "custodyFacilityName", FACILITY, "custodyStartDate", today()));
    walk.complete(caseId, "Task_NotifyPerson", v("noticeReceivedDate", today(), "dossierCopyGiven", true,
        "representativeNotified", "yes"));
    // the person and the family may read the dossier and give opinions: nothing is sent before the window ends
    assertThat(walk.openTaskKeys(caseId)).doesNotContain("Task_SendDossier");
    walk.advanceUntilOneOf(caseId, TasklistWalk.todayDate().plusDays(10).toString(), "Task_SendDossier");
    walk.complete(caseId, "Task_SendDossier", v("opinionsGiven", "yes", "personOpinions",
        "Xin được cai nghiện tại gia đình", "dossierSentDate", today()));
  }

  /** The court: register, accept, notify, study, hold the session and decide; the decision is sent. */
  private void court(TasklistWalk walk, String caseId, boolean minor, long months) {
    walk.complete(caseId, "Task_RegisterDossier", v("courtRegisterDate", today(), "registerOutcome", "registered"));
    Map<String, Object> accepted = v("acceptanceDate", today(), "acceptanceNumber", "05/TLQĐ", "judgeName",
        "Phạm Văn Dũng", "complexCase", "no");
    Map<String, Object> notified = v("partiesNotifiedDate", today(), "personNotified", true, "proposerNotified", true,
        "procuracyNotified", true);
    Map<String, Object> session = v("personPresent", "yes", "proposerPresent", "yes", "procuratorPresent", "yes",
        "sessionOutcome", "held", "courtDecision", "apply", "courtDecisionNumber", "12/QĐ-TA",
        "decisionAnnouncedDate", today(), "treatmentMonths", months, "decisionReasons",
        "Đủ căn cứ theo hồ sơ và kết quả phiên họp");
    if (minor) {
      accepted.putAll(v("defenderName", "Lê Thị Hoa", "defenderOrganisation", "Trung tâm trợ giúp pháp lý tỉnh"));
      notified.putAll(v("representativeNotified", true, "defenderNotified", true));
      session.putAll(v("legalRepresentativePresent", "yes", "defenderPresent", "yes"));
    }
    walk.complete(caseId, "Task_AcceptDossier", accepted);
    walk.complete(caseId, "Task_NotifyAcceptance", notified);
    walk.complete(caseId, "Task_StudyDossier", v("studyOutcome", "open-session", "sessionCalledDate", today()));
    walk.complete(caseId, "Task_HoldSession", session);
    walk.complete(caseId, "Task_SendDecision", v("decisionSentDate", today(), "decisionReceivedDate", today(),
        "procuracySent", true, "representativeSent", minor));
  }

  /** The term in the facility: quarterly reviews, the notice before its end, (L120) social protection, release. */
  private void serveTheTermAndRelease(TasklistWalk walk, String caseId, String lastDay) {
    int reviews = 0;
    while (true) {
      String step = walk.advanceUntilOneOf(caseId, lastDay, "Task_QuarterlyReview", "Task_NotifyEndOfTerm",
          "Task_ProposeSocialProtection", "Task_Release");
      switch (step) {
        case "Task_QuarterlyReview" -> {
          walk.complete(caseId, step, v("reviewDate", today(), "reviewResult", "continuing"));
          reviews++;
        }
        case "Task_NotifyEndOfTerm" -> walk.complete(caseId, step, v("endNoticeDate", today(), "courtNotified", true,
            "communePoliceNotified", true, "familyNotified", true));
        case "Task_ProposeSocialProtection" -> walk.complete(caseId, step, v("socialProtectionNeeded", "no"));
        default -> {
          walk.complete(caseId, step, v("releaseCertificateNumber", "21/GCN", "releaseCertificateDate", today()));
          assertThat(reviews).as("quarterly reviews during the term").isPositive();
          return;
        }
      }
    }
  }

  private void assertHandedOverToSupervision(TasklistWalk walk, String caseId, String citizenId, String agePath) {
    assertThat(walk.ended(caseId, "compulsory-commitment")).isTrue();
    ProcessInstance supervision = walk.caseOf("post-treatment-supervision", "sourceCaseId", caseId);
    Map<String, Object> handedOver = engine.getRuntimeService().getVariables(supervision.getId());
    assertThat(handedOver).containsEntry("citizenId", citizenId).containsEntry("completedTreatment", "compulsory")
        .containsEntry("agePath", agePath).containsEntry("certificateNumber", "21/GCN");
    assertThat(supervision.getTenantId()).isEqualTo("06658");
  }

  @Test
  void adultUnderLaw73FromThePoliceThroughTheAdultCourtToReleaseAndSupervision() throws Exception {
    try (Browser b = Browser.open("walk-compulsory-adult")) {
      TasklistWalk walk = new TasklistWalk(b, engine, base());
      walk.moveTo("2026-03-02T09:00");
      String citizenId = "022089007003";
      walk.startFromTasklist("halong-police", PROCESS_NAME, "compulsory-open", opening(v("fullName",
          "Vũ Văn Khánh", "dateOfBirth", "1989-04-12", "sex", "male", "citizenId", citizenId), "not-registered", true));
      String caseId = walk.awaitCase("compulsory-commitment", citizenId).getBusinessKey();
      prepareNotifyAndSend(walk, caseId, "home", false);
      // Law 73: the dossier is checked before the court (the district labour office's step, police since 2025)
      walk.complete(caseId, "Task_CheckDossier", v("reviewDate", today(), "reviewOutcome", "forward",
          "proposedFacility", FACILITY));
      court(walk, caseId, false, 12);
      // the decision takes effect when the windows for complaints and protests have closed without one
      walk.advanceUntilOneOf(caseId, "2026-04-30", "Task_Escort");
      assertThat(walk.openTaskKeys(caseId)).doesNotContain("Task_WatchFilings");
      walk.complete(caseId, "Task_Escort", v("escortOutcome", "handed-over", "handedOverDate", today(),
          "forceUsed", false));
      walk.complete(caseId, "Task_Admit", v("facilityName", FACILITY, "admissionDate", today(),
          "admissionRecordNumber", "88/BB-TN"));
      serveTheTermAndRelease(walk, caseId, "2027-04-30");
      assertHandedOverToSupervision(walk, caseId, citizenId, "adult");
      assertThat(walk.log()).containsSubsequence("halong-police: start compulsory-open",
          "halong-police: Task_OpenDossier", "halong-police: Task_CheckDossier", "qn-court: Task_RegisterDossier",
          "qn-court: Task_HoldSession", "halong-police: Task_Escort", "qn-facility: Task_Admit",
          "qn-facility: Task_QuarterlyReview", "qn-facility: Task_Release");
    }
  }

  @Test
  void minorUnderLaw120DeterminedThenThroughTheMinorCourtToReleaseAndSupervision() throws Exception {
    try (Browser b = Browser.open("walk-compulsory-minor")) {
      TasklistWalk walk = new TasklistWalk(b, engine, base());
      walk.moveTo("2026-08-03T09:00");
      String citizenId = "022311007004";
      walk.startFromTasklist("halong-police", PROCESS_NAME, "compulsory-open", opening(v("fullName",
          "Trần Thị Lan", "dateOfBirth", "2011-01-10", "sex", "female", "citizenId", citizenId,
          "legalRepresentativeName", "Trần Thị Cúc"), "not-registered", false));
      String caseId = walk.awaitCase("compulsory-commitment", citizenId).getBusinessKey();
      prepareNotifyAndSend(walk, caseId, "facility", true);
      // Law 120: no check in between, straight to the regional court's procedure for minors
      assertThat(walk.openTaskKeys(caseId)).contains("Task_RegisterDossier").doesNotContain("Task_CheckDossier");
      court(walk, caseId, true, 6);
      walk.advanceUntilOneOf(caseId, "2026-09-30", "Task_RequestFacility");
      walk.complete(caseId, "Task_RequestFacility", v("facilityRequestDate", today()));
      walk.complete(caseId, "Task_AssignFacility", v("assignmentOutcome", "assigned", "facilityName", FACILITY));
      walk.complete(caseId, "Task_Escort", v("escortOutcome", "handed-over", "handedOverDate", today()));
      walk.complete(caseId, "Task_Admit", v("facilityName", FACILITY, "admissionDate", today(),
          "admissionRecordNumber", "91/BB-TN"));
      serveTheTermAndRelease(walk, caseId, "2027-03-31");
      assertHandedOverToSupervision(walk, caseId, citizenId, "minor");
      assertThat(walk.log()).containsSubsequence("halong-police: start compulsory-open",
          "halong-police: Task_OpenDossier", "halong-police: Task_PrepareRequest", "qn-health: Task_ReceivePerson",
          "qn-health: Task_Assess", "halong-police: Task_Custody", "qn-court: Task_RegisterDossier",
          "qn-court: Task_HoldSession", "halong-police: Task_RequestFacility", "qn-authority: Task_AssignFacility",
          "qn-facility: Task_Admit", "qn-facility: Task_Release");
    }
  }
}
