package vn.rehab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.http.HttpStatus;

/**
 * The officer's and the supervisor's day, in the real Tasklist and Cockpit, in a real browser: register a
 * voluntary-treatment case from Tasklist (bad input refused with a Vietnamese message, nothing created), the next
 * role finds and completes its task, an officer of another commune sees nothing of it, and a supervisor finds the
 * case in Cockpit and, once the limit has passed, the overdue work in Tasklist. The engine clock is moved in the
 * test's own JVM (the application under test runs in it): that hook exists only in tests.
 */
class OfficerAndSupervisorDayBrowserTest extends BrowserTestBase {


  private long openCases(String citizenId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("voluntary-treatment")
        .variableValueEquals("citizenId", citizenId).count();
  }

  private void fillRegistration(Browser b, String dateOfBirth, String citizenId) {
    b.type(Browser.field("Field_FullName"), "Phạm Văn Dũng");
    b.typeDate("Field_DateOfBirth", dateOfBirth);
    b.click(Browser.field("Field_Sex-0"));
    b.type(Browser.field("Field_CitizenId"), citizenId);
    b.choose("Field_ProvinceCode", "Quảng Ninh");
    b.choose("Field_CommuneCode", "Phường Hạ Long (Quảng Ninh)");
    b.typeDate("Field_RegistrationDate", "2026-11-24");
    b.click(Browser.field("Field_Registrant-0"));
    b.click(Browser.field("Field_Addicted"));
    b.typeDate("Field_AddictionAssessmentDate", "2026-11-20");
  }

  @Test
  void officerRegistersNextRoleWorksOtherCommuneSeesNothingSupervisorFindsTheOverdueWork() throws Exception {
    String citizenId = "022088004567";
    ProcessInstance pi;
    try (Browser b = Browser.open("1-officer")) {
      b.login(base(), "tasklist", "halong-police");
      b.screenshot("tasklist-after-login");
      // only the procedures' own steps: no free "create task" in the header (rendered with "start process")
      b.await(By.cssSelector(".start-process-action a"));
      assertThat(b.driver.findElements(By.cssSelector(".create-task-action")))
          .isNotEmpty().noneMatch(org.openqa.selenium.WebElement::isDisplayed);
      b.startProcess("Cai nghiện ma túy tự nguyện");
      // wrong citizen id (century/sex digit says a woman born in 1988) and a birth date in the future
      fillRegistration(b, "2030-01-15", "022188004567");
      b.screenshot("registration-with-bad-input");
      b.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
      b.awaitText(By.tagName("body"), "không được là ngày trong tương lai");
      assertThat(b.bodyText()).contains("Số định danh cá nhân không khớp");
      b.screenshot("bad-input-refused-in-vietnamese");
      assertThat(openCases(citizenId)).isZero();
      assertThat(openCases("022188004567")).isZero();

      b.typeDate("Field_DateOfBirth", "1988-03-09");
      b.type(Browser.field("Field_CitizenId"), citizenId);
      b.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
      waitFor(() -> openCases(citizenId) == 1);
      b.screenshot("case-started");
      pi = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("voluntary-treatment")
          .variableValueEquals("citizenId", citizenId).singleResult();
      assertThat(pi.getBusinessKey()).matches("QN-\\d{4}-\\d{6}");
      assertThat(pi.getTenantId()).isEqualTo("06658");

      // the commune police (this officer's agency under Law 120) receives the dossier in Tasklist
      Task receive = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
      b.openTask(base(), receive.getId());
      b.click(By.cssSelector("[ng-click='claim()']"));
      b.await(By.cssSelector("[ng-click='unclaim()']"));
      b.await(Browser.field("Field_DossierReceivedDate-date"));
      b.typeDate("Field_DossierReceivedDate", "2026-11-24");
      b.click(Browser.field("Field_DossierComplete-0"));
      b.screenshot("receive-dossier-form");
      b.click(By.cssSelector("button[ng-click='complete()']"));
      waitFor(() -> "Task_AppraiseDossier".equals(currentTaskKey(pi)));
    }
    // appraisal and decision by the same police office: through the engine, the browser part is shown above
    complete(pi, Map.of("appraisalOpinion", "Hợp lệ", "appraisalRecommendation", "approve"));
    complete(pi, Map.of("treatmentApproved", "yes", "decisionNumber", "15/QĐ-CAX", "decisionDate",
        today(), "treatmentSetting", "home", "treatmentMonths", 36L, "providerName", "Trạm y tế"));
    complete(pi, Map.of("monitoringDecided", "no", "monitoringReason", "Không cần thiết"));
    Task intake = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(intake.getTaskDefinitionKey()).isEqualTo("Task_Intake");

    try (Browser b = Browser.open("2-next-role")) {
      // the provider (province level, every commune of Quảng Ninh) finds it in its agency's list, with a due date
      b.login(base(), "tasklist", "qn-provider");
      b.click(By.partialLinkText("Việc của cơ quan tôi"));
      b.awaitText(By.tagName("body"), "Tiếp nhận người cai nghiện");
      b.screenshot("agency-list-with-due-date");
      b.click(By.xpath("//a[contains(normalize-space(),'Tiếp nhận người cai nghiện')]"));
      b.click(By.cssSelector("[ng-click='claim()']"));
      b.await(By.cssSelector("[ng-click='unclaim()']"));
      b.await(Browser.field("Field_TreatmentStarted-0")).click();
      b.typeDate("Field_IntakeDate", today());
      b.click(Browser.field("Field_CommitmentSigned"));
      b.type(Browser.field("Field_TreatmentPlan"), "Giai đoạn 1: cắt cơn; giai đoạn 2: tư vấn");
      b.screenshot("intake-form-claimed");
      b.click(By.cssSelector("button[ng-click='complete()']"));
      waitFor(() -> engine.getTaskService().createTaskQuery().taskId(intake.getId()).count() == 0);
      b.screenshot("intake-completed");
    }

    try (Browser b = Browser.open("3-other-commune")) {
      b.login(base(), "tasklist", "baichay-police");
      b.screenshot("other-commune-list");
      assertThat(b.bodyText()).doesNotContain("Phạm Văn Dũng").doesNotContain(pi.getBusinessKey());
      Task anyOpen = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list().stream()
          .findFirst().orElse(intake);
      b.openTask(base(), anyOpen.getId());
      Thread.sleep(3000);
      b.screenshot("other-commune-direct-url");
      assertThat(b.bodyText()).doesNotContain("Phạm Văn Dũng").doesNotContain(pi.getBusinessKey());
      var answer = rest.withBasicAuth("baichay-police", "demo")
          .getForEntity("/engine-rest/process-instance/" + pi.getId(), String.class);
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      var tasks = rest.withBasicAuth("baichay-police", "demo")
          .getForEntity("/engine-rest/task?processInstanceId=" + pi.getId(), String.class);
      assertThat(tasks.getBody()).isEqualTo("[]");
    }

    try (Browser b = Browser.open("4-supervisor")) {
      b.login(base(), "cockpit", "halong-supervisor");
      String definitionId = pi.getProcessDefinitionId();
      b.go(base() + "/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime"
          + "?searchQuery=%5B%7B%22type%22:%22PIbusinessKey%22,%22operator%22:%22eq%22,%22value%22:%22"
          + pi.getBusinessKey() + "%22%7D%5D");
      b.awaitText(By.tagName("body"), pi.getBusinessKey());
      b.screenshot("cockpit-instance-found-by-case-number");
      b.go(base() + "/camunda/app/cockpit/default/#/process-instance/" + pi.getId() + "/runtime");
      b.await(By.cssSelector("[data-element-id='SubProcess_Treatment'], .djs-element"));
      b.screenshot("cockpit-where-it-waits");

      // the first monthly check becomes due, nobody does it, its limit passes
      ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 40L * 24 * 3600 * 1000));
      runDueJobs();
      Task check = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
          .taskDefinitionKey("Task_MonthlyCheck").singleResult();
      assertThat(check).isNotNull();
      ClockUtil.setCurrentTime(new Date(check.getDueDate().getTime() + 3600_000));
      runDueJobs();
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("deadline-escalation")
          .processInstanceBusinessKey(pi.getBusinessKey()).count()).isEqualTo(1);
      b.logout();
      b.login(base(), "tasklist", "halong-supervisor");
      b.click(By.partialLinkText("Quá hạn"));
      b.awaitText(By.tagName("body"), "Kiểm tra, đánh giá việc cai nghiện");
      assertThat(b.bodyText()).contains(pi.getBusinessKey());
      b.screenshot("supervisor-overdue-filter");
      // and the escalation opened for the commune's supervisors, in their own list
      b.click(By.partialLinkText("Việc quá hạn cần xử lý"));
      b.awaitText(By.tagName("body"), "Xử lý việc quá hạn");
      b.screenshot("supervisor-escalation-task");
    }
  }

  private String today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()
        .toString();
  }

  private String currentTaskKey(ProcessInstance pi) {
    Task t = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    return t == null ? null : t.getTaskDefinitionKey();
  }

  private void complete(ProcessInstance pi, Map<String, Object> variables) {
    Task t = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    engine.getTaskService().complete(t.getId(), variables);
  }

  private void runDueJobs() {
    for (int round = 0; round < 10; round++) {
      var due = engine.getManagementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long end = System.currentTimeMillis() + 60_000;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > end) {
        throw new AssertionError("condition not reached within 60 s");
      }
      Thread.sleep(250);
    }
  }
}
