package vn.rehab.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.rehab.identity.LocalityDirectory;
import vn.rehab.testing.CaseData;
import vn.rehab.testing.Clock;
import vn.rehab.testing.RecordingNotifier;
import vn.rehab.testing.TestEngines;
import vn.rehab.voluntary.VoluntaryHandOvers;
import vn.rehab.voluntary.VoluntaryTerm;

/**
 * The real voluntary-treatment model, completed, starts the real post-treatment-supervision model through
 * {@link VoluntaryHandOvers#toSupervision()} with what it sends (no test double on either side). Both models have
 * their own full-coverage tests; this one checks the contract between them, so it runs without coverage.
 */
class VoluntaryCompletionHandOverTest {

  static ProcessEngine engine;

  @BeforeAll
  static void deployBothProcedures() {
    Map<Object, Object> beans = TestEngines.standardBeans(new RecordingNotifier());
    LocalityDirectory localities = LocalityDirectory.fromClasspath();
    beans.put("voluntaryTerm", new VoluntaryTerm());
    beans.put("compulsoryHandOver", VoluntaryHandOvers.toCompulsory());
    beans.put("supervisionHandOver", VoluntaryHandOvers.toSupervision());
    beans.put("voluntaryTransfer", VoluntaryHandOvers.toNewCommune(localities));
    beans.put("supervisionPeriod", new SupervisionPeriod());
    beans.put("supervisionSupport", new SupportServices());
    beans.put("supervisionNewCommuneCheck", new NewCommuneCheck());
    beans.put("relapseHandOver", SupervisionHandOvers.relapseToCompulsory());
    beans.put("supervisionTransfer", SupervisionHandOvers.toNewCommune(localities));
    engine = TestEngines.configuration(beans).buildProcessEngine();
    var deployment = engine.getRepositoryService().createDeployment()
        .addClasspathResource("processes/common/deadline-escalation.bpmn")
        .addClasspathResource("processes/assessment/addiction-assessment.bpmn")
        .addClasspathResource("processes/assessment/addiction-result.dmn")
        .addClasspathResource("processes/assessment/assessment-roles.dmn")
        .addClasspathResource("processes/voluntary/voluntary-treatment.bpmn");
    for (String table : new String[] {"roles", "eligibility", "term", "monitoring"}) {
      deployment.addClasspathResource("processes/voluntary/voluntary-" + table + ".dmn");
    }
    deployment.addClasspathResource("processes/supervision/post-treatment-supervision.bpmn");
    for (String table : new String[] {"roles", "period", "checks", "monitoring", "relapse"}) {
      deployment.addClasspathResource("processes/supervision/supervision-" + table + ".dmn");
    }
    deployment.deploy();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  private Task task(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private void complete(ProcessInstance pi, String key, Map<String, Object> variables) {
    Task task = task(pi);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(key);
    engine.getTaskService().complete(task.getId(), variables);
  }

  @Test
  void completedVoluntaryTreatmentOpensTheRealSupervisionCaseWithWhatItSends() {
    Clock.set("2026-03-02T09:00");
    Map<String, Object> registration = new HashMap<>(CaseData.adult());
    registration.putAll(Map.of("registrationDate", "2026-03-02", "registrant", "self", "addicted", true,
        "addictionAssessmentDate", "2026-03-02", "firstTreatment", true));
    ProcessInstance voluntary = engine.getRuntimeService().startProcessInstanceByKey("voluntary-treatment", registration);
    complete(voluntary, "Task_ReceiveDossier", Map.of("dossierReceivedDate", "2026-03-02", "dossierComplete", "yes"));
    complete(voluntary, "Task_AppraiseDossier", Map.of("appraisalOpinion", "Hồ sơ hợp lệ",
        "appraisalRecommendation", "approve"));
    complete(voluntary, "Task_DecideTreatment", Map.of("treatmentApproved", "yes", "decisionNumber", "12/QĐ-UBND",
        "decisionDate", "2026-03-02", "treatmentSetting", "home", "treatmentMonths", 6, "providerName", "Trạm y tế"));
    complete(voluntary, "Task_Intake", Map.of("treatmentStarted", "yes", "intakeDate", "2026-03-02",
        "treatmentPlan", "Cắt cơn, tư vấn"));
    for (String month : new String[] {"04", "05", "06", "07", "08"}) {
      Clock.set("2026-" + month + "-02T08:00");
      Clock.runDueJobs(engine);
      complete(voluntary, "Task_MonthlyCheck", Map.of("checkDate", "2026-" + month + "-02",
          "followUpOutcome", "continuing"));
    }
    Clock.set("2026-09-02T08:00");
    Clock.runDueJobs(engine);
    complete(voluntary, "Task_CertifyCompletion", Map.of("certificateNumber", "05/GXN", "certificateDate",
        "2026-09-02", "copiesSent", true));
    Clock.runDueJobs(engine);

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(voluntary.getId())
        .singleResult().getEndActivityId()).isEqualTo("Event_Completed");
    ProcessInstance supervision = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("post-treatment-supervision").singleResult();
    assertThat(supervision).as("the real supervision model was started").isNotNull();
    assertThat(supervision.getBusinessKey()).matches("QN-2026-\\d{6}").isNotEqualTo(voluntary.getBusinessKey());
    assertThat(supervision.getTenantId()).isEqualTo("06658");
    Map<String, Object> vars = engine.getRuntimeService().getVariables(supervision.getId());
    assertThat(vars).containsEntry("sourceCaseId", voluntary.getBusinessKey())
        .containsEntry("completedTreatment", "voluntary").containsEntry("treatmentEndDate", "2026-09-02")
        .containsEntry("returnedHomeDate", "2026-09-02").containsEntry("certificateNumber", "05/GXN")
        .containsEntry("certificateDate", "2026-09-02").containsEntry("citizenId", "022090001234")
        .containsEntry("fullName", "Nguyễn Văn An").containsEntry("communeCode", "06658")
        // what the supervision case made of it
        .containsEntry("completionDate", "2026-09-02").containsEntry("supervisionStartDate", "2026-09-02")
        .containsEntry("agePath", "adult").containsEntry("supervisionMonths", 12)
        .containsEntry("managementTiming", "after-return")
        // a new case opened on 2 September 2026 runs under the regime in force that day
        .containsEntry("legalRegime", "L120");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(voluntary.getId())
        .variableName("handedOverToCaseId").singleResult().getValue()).isEqualTo(supervision.getBusinessKey());
    Task report = task(supervision);
    assertThat(report.getTaskDefinitionKey()).isEqualTo("Task_PersonReports");
    assertThat(report.getTenantId()).isEqualTo("06658");
    // 5 working days from the return on Wednesday 2 September (a holiday): 3, 4, 7, 8, 9 September
    assertThat(report.getDueDate()).isEqualTo(Clock.at("2026-09-09T23:59:59"));
    assertThat(engine.getTaskService().getIdentityLinksForTask(report.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("commune-reception"));
  }
}
