package vn.rehab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * Procedures 1 and 3 as officers run them, every step in the real Tasklist by the demo user the engine makes
 * responsible: a voluntary case from registration to completion, then the person's year of post-treatment
 * supervision to its certificate; and a second voluntary case ending in a violation handed over to the compulsory
 * procedure. The scenarios enter only what a form shows; who does each step is read off the engine and checked
 * against the roles of the spec.
 */
class VoluntaryAndSupervisionWalkBrowserTest extends BrowserTestBase {

  private Map<String, Object> registration(String citizenId, String fullName) {
    Map<String, Object> v = new HashMap<>();
    v.put("fullName", fullName);
    v.put("dateOfBirth", "19" + citizenId.substring(4, 6) + "-05-17");
    v.put("sex", "male");
    v.put("citizenId", citizenId);
    v.put("provinceCode", "22");
    v.put("communeCode", "06658");
    v.put("residenceAddress", "Tổ 3, khu 5, Phường Hạ Long");
    v.put("registrationDate", TasklistWalk.today());
    v.put("registrant", "self");
    v.put("addicted", true);
    v.put("addictionAssessmentDate", TasklistWalk.todayDate().minusDays(3).toString());
    v.put("firstTreatment", true);
    return v;
  }

  private String registerAndDecide(TasklistWalk walk, String starter, String citizenId, long months) {
    walk.startFromTasklist(starter, "Cai nghiện ma túy tự nguyện", "voluntary-registration",
        registration(citizenId, "Đỗ Văn Hùng"));
    String caseId = walk.awaitCase("voluntary-treatment", citizenId).getBusinessKey();
    walk.complete(caseId, "Task_ReceiveDossier", Map.of("dossierReceivedDate", TasklistWalk.today(),
        "registrationFormAttached", true, "assessmentResultAttached", true, "identityDocumentAttached", true,
        "dossierComplete", "yes"));
    walk.complete(caseId, "Task_AppraiseDossier", Map.of("appraisalOpinion", "Hồ sơ đầy đủ, hợp lệ",
        "appraisalRecommendation", "approve"));
    walk.complete(caseId, "Task_DecideTreatment", Map.of("treatmentApproved", "yes", "decisionNumber",
        "12/QĐ-UBND", "decisionDate", TasklistWalk.today(), "treatmentSetting", "home", "treatmentMonths", months,
        "providerName", "Trạm y tế phường Hạ Long"));
    return caseId;
  }

  @Test
  void voluntaryCaseRunsToCompletionThenAYearOfSupervisionToTheCertificate() throws Exception {
    // a case under Law 73 (registered before 1 July 2026): the commune reception registers
    try (Browser b = Browser.open("walk-voluntary")) {
      TasklistWalk walk = new TasklistWalk(b, engine, base());
      walk.moveTo("2026-03-02T09:00");
      String caseId = registerAndDecide(walk, "halong-reception", "022091007001", 6);
      walk.complete(caseId, "Task_Intake", Map.of("treatmentStarted", "yes", "intakeDate", TasklistWalk.today(),
          "commitmentSigned", true, "treatmentPlan", "Giai đoạn 1: cắt cơn; giai đoạn 2: tư vấn, phục hồi"));
      for (String month : new String[] {"04", "05", "06", "07", "08"}) {
        walk.moveTo("2026-" + month + "-02T08:00");
        walk.complete(caseId, "Task_MonthlyCheck", Map.of("checkDate", TasklistWalk.today(), "followUpOutcome",
            "continuing"));
      }
      walk.moveTo("2026-09-02T08:00");
      walk.complete(caseId, "Task_CertifyCompletion", Map.of("certificateNumber", "05/GXN", "certificateDate",
          TasklistWalk.today(), "copiesSent", true));
      assertThat(walk.ended(caseId, "voluntary-treatment")).isTrue();
      assertThat(walk.log()).containsExactly("halong-reception: start voluntary-registration",
          "halong-reception: Task_ReceiveDossier", "halong-police: Task_AppraiseDossier",
          "halong-chairman: Task_DecideTreatment", "qn-provider: Task_Intake", "halong-police: Task_MonthlyCheck",
          "halong-police: Task_MonthlyCheck", "halong-police: Task_MonthlyCheck", "halong-police: Task_MonthlyCheck",
          "halong-police: Task_MonthlyCheck", "halong-chairman: Task_CertifyCompletion");

      // the completion handed the person over: a supervision case of its own number, in the same commune
      ProcessInstance supervision = walk.caseOf("post-treatment-supervision", "sourceCaseId", caseId);
      String supervisionId = supervision.getBusinessKey();
      assertThat(supervisionId).matches("QN-2026-\\d{6}").isNotEqualTo(caseId);
      assertThat(supervision.getTenantId()).isEqualTo("06658");
      walk.log().clear();
      walk.moveTo("2026-09-04T10:00");
      walk.complete(supervisionId, "Task_PersonReports", Map.of("personReportedDate", TasklistWalk.today(),
          "reportChannel", "self", "fileReceived", true));
      walk.complete(supervisionId, "Task_PrepareFile", Map.of("proposalNumber", "12/ĐN-CAX", "proposalDate",
          TasklistWalk.today(), "proposedOfficerName", "Lê Văn Công", "certificateCopyAttached", true));
      // the start of the period is proposed on the form (the completion date) and confirmed as shown
      walk.complete(supervisionId, "Task_DecideManagement", Map.of("managementDecisionNumber", "20/QĐ-UBND",
          "managementDecisionDate", TasklistWalk.today(), "assignedOfficerName", "Lê Văn Công",
          "supportPersonName", "Hội Phụ nữ phường", "decisionSent", true));
      // the supervision case opened in September 2026 runs under Law 120: the police chief decides on electronic
      // monitoring before the checks start
      walk.complete(supervisionId, "Task_DecideMonitoring", Map.of("monitoringDecided", "no", "monitoringReason",
          "Chấp hành tốt trong thời gian cai nghiện, có gia đình quản lý"));
      assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(supervision.getId())
          .variableName("supervisionEndDate").list()).as("%s, open %s", engine.getRuntimeService()
              .getVariables(supervision.getId()).keySet(), walk.openTaskKeys(supervisionId))
          .extracting(v -> v.getValue()).containsExactly("2027-09-02");
      walk.moveTo("2026-09-10T10:00");
      walk.complete(supervisionId, "Task_RecordSupport", Map.of("serviceType", "vocational-training",
          "serviceDate", TasklistWalk.today(), "serviceProvider", "Trung tâm dạy nghề tỉnh"));
      LocalDate start = LocalDate.parse("2026-09-02");
      int checks = 0;
      for (int n = 1; n <= 11; n++) {
        // each monthly check opens five days before its date
        walk.moveTo(start.plusMonths(n).minusDays(5) + "T07:00");
        Map<String, Object> check = new HashMap<>(Map.of("checkDate", TasklistWalk.today(), "checkOutcome",
            "continuing"));
        if (Boolean.TRUE.equals(engine.getRuntimeService().getVariable(supervision.getId(), "drugTestDue"))) {
          check.put("drugTestResult", "negative");
        }
        walk.complete(supervisionId, "Task_PeriodicCheck", check);
        checks++;
      }
      assertThat(checks).isEqualTo(11);
      assertThat(walk.openTaskKeys(supervisionId)).containsExactly("Task_RecordSupport");
      walk.moveTo("2027-09-02T07:00");
      walk.complete(supervisionId, "Task_CertifyEnd", Map.of("supervisionCertificateNumber", "01/GCN",
          "supervisionCertificateDate", TasklistWalk.today(), "finalEvaluation", "Chấp hành tốt",
          "certificateCopiesSent", true));
      assertThat(walk.ended(supervisionId, "post-treatment-supervision")).isTrue();
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(supervisionId)
          .taskDefinitionKey("Task_PeriodicCheck").finished().count()).isEqualTo(11);
      assertThat(walk.log()).startsWith("halong-reception: Task_PersonReports", "halong-police: Task_PrepareFile",
          "halong-chairman: Task_DecideManagement", "halong-police: Task_DecideMonitoring",
          "halong-reception: Task_RecordSupport")
          .endsWith("halong-chairman: Task_CertifyEnd");
    }
  }

  @Test
  void voluntaryCaseUnderLaw120EndsInAViolationHandedOverToTheCompulsoryProcedure() throws Exception {
    try (Browser b = Browser.open("walk-violation")) {
      TasklistWalk walk = new TasklistWalk(b, engine, base());
      walk.moveTo("2026-08-03T09:00");
      // under Law 120 the commune police receives the registration
      String caseId = registerAndDecide(walk, "halong-police", "022092007002", 24);
      walk.complete(caseId, "Task_DecideMonitoring", Map.of("monitoringDecided", "no", "monitoringReason",
          "Người cai nghiện chấp hành tốt, có gia đình quản lý"));
      walk.complete(caseId, "Task_Intake", Map.of("treatmentStarted", "yes", "intakeDate", TasklistWalk.today(),
          "commitmentSigned", true, "treatmentPlan", "Điều trị cắt cơn tại gia đình"));
      walk.moveTo("2026-09-03T08:00");
      walk.complete(caseId, "Task_MonthlyCheck", Map.of("checkDate", TasklistWalk.today(), "followUpOutcome",
          "violation", "compulsoryGround", "used-during-voluntary", "violationEvidence",
          "Xét nghiệm dương tính với ma túy ngày " + TasklistWalk.today()));
      walk.complete(caseId, "Task_RecordViolation", Map.of("violationRecordNumber", "07/BB-CAX",
          "violationRecordDate", TasklistWalk.today()));
      assertThat(walk.ended(caseId, "voluntary-treatment")).isTrue();

      ProcessInstance compulsory = walk.caseOf("compulsory-commitment", "sourceCaseId", caseId);
      Map<String, Object> handedOver = engine.getRuntimeService().getVariables(compulsory.getId());
      assertThat(handedOver).containsEntry("citizenId", "022092007002").containsEntry("compulsoryGround",
          "used-during-voluntary").containsEntry("violationRecordNumber", "07/BB-CAX");
      assertThat((String) handedOver.get("violationEvidence")).startsWith("Xét nghiệm dương tính");
      // the compulsory dossier is the commune police's next task, in its own list
      assertThat(walk.performerOf(walk.openTask(compulsory.getBusinessKey(), "Task_OpenDossier")))
          .isEqualTo("halong-police");
      assertThat(walk.log()).containsExactly("halong-police: start voluntary-registration",
          "halong-police: Task_ReceiveDossier", "halong-police: Task_AppraiseDossier",
          "halong-police: Task_DecideTreatment", "halong-police: Task_DecideMonitoring", "qn-provider: Task_Intake",
          "halong-police: Task_MonthlyCheck", "halong-police: Task_RecordViolation");
    }
  }
}
