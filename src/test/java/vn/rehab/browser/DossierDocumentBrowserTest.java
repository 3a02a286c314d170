package vn.rehab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.http.HttpStatus;

/**
 * A dossier document of a compulsory case, in the browser: the commune police uploads it from the page linked in
 * the "open the dossier" form (a disguised file is refused), and the court, the next role, opens it from its own
 * task. An officer of another commune cannot list it.
 */
class DossierDocumentBrowserTest extends BrowserTestBase {


  private static String today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().toString();
  }

  private Task task(String businessKey, String activity) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(activity).singleResult();
  }

  private void complete(String businessKey, String activity, Map<String, Object> values) {
    engine.getTaskService().complete(task(businessKey, activity).getId(), values);
  }

  @Test
  void policeUploadsTheViolationRecordAndTheCourtOpensIt() throws Exception {
    Map<String, Object> start = new HashMap<>(Map.of("fullName", "Lê Văn Hùng", "dateOfBirth", "1985-04-02",
        "sex", "male", "citizenId", "022085007788", "provinceCode", "22", "communeCode", "06658",
        "dossierStartDate", today(), "compulsoryGround", "not-registered", "groundDetectedDate", today()));
    start.putAll(Map.of("violationEvidence", "Không đăng ký cai nghiện", "violationRecordNumber", "21/BB-CAX",
        "violationRecordDate", today(), "noStableResidence", false, "addicted", true, "firstTreatment", true,
        "addictionAssessmentDate", today()));
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("compulsory-commitment", start);
    String caseId = pi.getBusinessKey();
    Task open = task(caseId, "Task_OpenDossier");
    Path pdf = Files.createTempFile("bien-ban-vi-pham", ".pdf");
    Files.write(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    Path disguised = Files.createTempFile("khong-phai-pdf", ".pdf");
    Files.writeString(disguised, "MZ this is not a document");

    try (Browser b = Browser.open("5-document-upload")) {
      b.login(base(), "tasklist", "halong-police");
      b.openTask(base(), open.getId());
      b.click(By.cssSelector("[ng-click='claim()']"));
      b.click(By.partialLinkText("trang tài liệu của hồ sơ " + caseId));
      b.await(By.id("upload"));
      b.screenshot("documents-page-from-the-form");
      b.driver.findElement(By.id("file")).sendKeys(disguised.toString());
      b.click(By.cssSelector("#upload button"));
      b.awaitText(By.id("message"), "Chỉ nhận tệp PDF, JPEG hoặc PNG");
      b.screenshot("disguised-file-refused");
      new org.openqa.selenium.support.ui.Select(b.driver.findElement(By.id("type"))).selectByValue("violation-record");
      b.driver.findElement(By.id("file")).sendKeys(pdf.toString());
      b.click(By.cssSelector("#upload button"));
      b.awaitText(By.id("message"), "Đã tải lên");
      b.awaitText(By.id("documents"), "Biên bản vi phạm");
      b.screenshot("violation-record-uploaded");
    }

    var foreign = rest.withBasicAuth("baichay-police", "demo")
        .getForEntity("/api/cases/" + caseId + "/documents", String.class);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // the police prepares, holds and notifies; the reading window passes; the dossier goes to the regional court
    complete(caseId, "Task_OpenDossier", Map.ofEntries(Map.entry("dossierPreparedDate", today()),
        Map.entry("proposalNumber", "22/ĐN-CAX"), Map.entry("violationRecordAttached", true),
        Map.entry("resumeAttached", true), Map.entry("personStatementAttached", true),
        Map.entry("parentOpinion", "written-opinion"), Map.entry("pregnant", false),
        Map.entry("caringChildUnder36Months", false), Map.entry("lacksCapacity", false)));
    complete(caseId, "Task_Custody", Map.of("custodyPlace", "facility", "custodyFacilityName",
        "Cơ sở cai nghiện ma túy tỉnh Quảng Ninh", "custodyStartDate", today()));
    complete(caseId, "Task_NotifyPerson", Map.of("noticeReceivedDate", today(), "dossierCopyGiven", true,
        "representativeNotified", "yes"));
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 9L * 24 * 3600 * 1000));
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().list()) {
      engine.getManagementService().executeJob(job.getId());
    }
    complete(caseId, "Task_SendDossier", Map.of("opinionsGiven", "yes", "personOpinions", "Không có ý kiến",
        "dossierSentDate", today()));
    Task register = task(caseId, "Task_RegisterDossier");
    assertThat(register).isNotNull();

    try (Browser b = Browser.open("6-document-court")) {
      b.login(base(), "tasklist", "qn-court");
      b.openTask(base(), register.getId());
      b.click(By.cssSelector("[ng-click='claim()']"));
      b.screenshot("court-register-task");
      b.click(By.partialLinkText("trang tài liệu của hồ sơ " + caseId));
      b.awaitText(By.id("documents"), "Biên bản vi phạm");
      b.screenshot("court-sees-the-document");
      String href = b.driver.findElement(By.cssSelector("#documents a")).getAttribute("href");
      assertThat(href).endsWith("/documents/doc_violation_record");
    }
    var document = rest.withBasicAuth("qn-court", "demo")
        .getForEntity("/api/cases/" + caseId + "/documents/doc_violation_record", byte[].class);
    assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(document.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    assertThat(new String(document.getBody(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
  }
}
