package vn.rehab.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.rehab.forms.InvalidInputException;
import vn.rehab.testing.Clock;
import vn.rehab.testing.TestEngines;

/**
 * Every path of the periodic-report model under the seeds' schedule: the three timers fire on their days (the clock
 * is moved to them), each opens one report per province in a commune tenant with its number, period and due date,
 * the figures are computed from the history when the report opens, and the province authority confirms the report
 * or has it recomputed. A commune report (national schedule) goes to the commune police.
 */
@Deployment(resources = {"processes/reporting/periodic-report.bpmn", "processes/reporting/reporting-roles.dmn",
    "processes/common/deadline-escalation.bpmn", "reporting/seed-procedures.bpmn"})
class PeriodicReportProcessTest {

  static final ReportSchedule SEEDS = ReportSchedule.named("seeds");

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = TestEngines.coveredEngine(ReportingTesting.beans(SEEDS, SEEDS),
      "compulsory-commitment", "post-treatment-supervision");

  /** camunda-bpm-assert finds the engine itself only when it is the only one (a Spring test may run before). */
  @BeforeEach
  void useThisEngine() {
    BpmnAwareTests.init(pe());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  private ProcessEngine pe() {
    return engine.getProcessEngine();
  }

  /** Moves the clock to just before a timer day, puts the report timers on it, then to the moment they fire. */
  private void fireOn(String day) {
    Clock.set(java.time.LocalDate.parse(day).minusDays(1) + "T12:00");
    ReportingTesting.alignReportTimers(pe());
    Clock.set(day + "T07:00");
    Clock.runDueJobs(pe());
  }

  private ProcessInstance report(String reportId) {
    return pe().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("periodic-report")
        .processInstanceBusinessKey(reportId).singleResult();
  }

  private Task task(ProcessInstance pi) {
    return pe().getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private Object variable(ProcessInstance pi, String name) {
    return pe().getRuntimeService().getVariable(pi.getId(), name);
  }

  private void confirm(ProcessInstance pi, String sentDate) {
    pe().getTaskService().complete(task(pi).getId(), Map.of("reportDecision", "confirmed", "reportSentDate", sentDate,
        "modelsVolunteerTeams", 25L, "reportNotes", "Đã gửi Sở."));
  }

  private JsonNode figures(ProcessInstance pi) throws Exception {
    FileValue file = pe().getRuntimeService().getVariableTyped(pi.getId(), "reportFigures");
    assertThat(file.getMimeType()).isEqualTo("application/json");
    assertThat(file.getFilename()).isEqualTo(pi.getBusinessKey() + ".json");
    return new ObjectMapper().readTree(file.getValue());
  }

  @Test
  void monthlyReportOpensOnThe15thForEachProvinceAndIsDueBeforeThe20th() throws Exception {
    Clock.set("2026-11-10T09:00");
    ReportingTesting.seed(pe(), "post-treatment-supervision", "QN-2026-000901", "06658", Map.of());
    Clock.set("2026-11-14T12:00");
    ReportingTesting.alignReportTimers(pe());
    assertThat(ReportingTesting.timerDue(pe())).isEqualTo(Clock.at("2026-11-15T07:00"));
    Clock.set("2026-11-15T06:59");
    Clock.runDueJobs(pe());
    assertThat(pe().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("periodic-report").count())
        .isZero();

    Clock.set("2026-11-15T07:00");
    Clock.runDueJobs(pe());
    ProcessInstance qn = report("BC-QN-2026-11");
    ProcessInstance qng = report("BC-QNG-2026-11");
    assertThat(qn.getTenantId()).isEqualTo("06658");
    assertThat(qng.getTenantId()).isEqualTo("23281");
    assertThat(qn).isWaitingAt("Task_ReviewProvinceReport");
    assertThat(task(qn)).hasCandidateGroup("province-authority");
    assertThat(task(qn).getDueDate()).isEqualTo(Clock.at("2026-11-19T23:59:59"));
    assertThat(pe().getRuntimeService().getVariables(qn.getId())).containsEntry("caseId", "BC-QN-2026-11")
        .containsEntry("reportKind", "monthly").containsEntry("periodFrom", "2026-10-15")
        .containsEntry("periodTo", "2026-11-14").containsEntry("yearFrom", "2025-12-15")
        .containsEntry("reportDueDate", "2026-11-19").containsEntry("periodText", "15/10/2026 – 14/11/2026")
        .containsEntry("reportTitle", "Báo cáo tháng tháng 11/2026 – Tỉnh Quảng Ninh")
        .containsEntry("rpRegisteredSupervision", 1L).containsEntry("rpRegisteredVoluntary", 0L);
    assertThat(variable(qng, "rpRegisteredSupervision")).isEqualTo(0L);

    JsonNode qnFigures = figures(qn);
    assertThat(qnFigures.path("provinceCode").asText()).isEqualTo("22");
    assertThat(qnFigures.path("wholeProvince").asBoolean()).isTrue();
    assertThat(qnFigures.path("total").path("registered.post-treatment-supervision").asLong()).isEqualTo(1);
    assertThat(qnFigures.path("localities")).hasSize(2);
    assertThat(qnFigures.path("targets").path("year").asInt()).isEqualTo(2026);
    assertThat(qnFigures.path("targets").path("demo").asBoolean()).isTrue();
    assertThat(qnFigures.path("targets").path("actualFrom").asText()).isEqualTo("2025-12-15");
    assertThat((String) variable(qn, "reportSummary")).contains("Phường Hạ Long (06658)", "Phường Bãi Cháy (06700)",
        "SO VỚI CHỈ TIÊU NĂM 2026", "SỐ MINH HỌA").hasSizeLessThanOrEqualTo(ReportSummary.MAX_CHARS);
    assertThat((String) variable(qng, "reportSummary")).contains("Chưa có chỉ tiêu năm 2026");

    // the next monthly report is a month later; the dispatcher left no instance behind
    assertThat(ReportingTesting.timerDue(pe())).isEqualTo(Clock.at("2026-12-15T07:00"));
    assertThat(pe().getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("periodic-report")
        .processInstanceBusinessKey("LBC-2026-11-15").singleResult().getEndTime()).isNotNull();

    confirm(qn, "2026-11-15");
    assertThat(qn).isEnded().hasPassed("Event_ReportSent");
  }

  @Test
  void sixMonthReportOpensOn15JuneBesideTheMonthlyOneAndCanBeRecomputed() throws Exception {
    fireOn("2026-06-15");
    assertThat(pe().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("periodic-report").list())
        .extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder("BC-QN-2026-06", "BC-QNG-2026-06", "BC-QN-2026-6T", "BC-QNG-2026-6T");
    ProcessInstance half = report("BC-QN-2026-6T");
    assertThat(pe().getRuntimeService().getVariables(half.getId())).containsEntry("reportKind", "half-year")
        .containsEntry("periodFrom", "2025-12-15").containsEntry("periodTo", "2026-06-14")
        .containsEntry("reportTitle", "Báo cáo 6 tháng 6 tháng đầu năm 2026 – Tỉnh Quảng Ninh");
    assertThat(task(half).getDueDate()).isEqualTo(Clock.at("2026-06-15T23:59:59"));
    assertThat(variable(half, "rpRegisteredSupervision")).isEqualTo(0L);

    // a case registered late: the authority asks for the figures again
    Clock.set("2026-06-15T09:00");
    ReportingTesting.seed(pe(), "post-treatment-supervision", "QN-2026-000902", "06700", Map.of());
    assertThatThrownBy(() -> pe().getTaskService().complete(task(half).getId(), Map.of("reportDecision", "recompute")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Ghi chú, giải trình");
    pe().getTaskService().complete(task(half).getId(), Map.of("reportDecision", "recompute",
        "reportNotes", "Phường Bãi Cháy vừa cập nhật hồ sơ quản lý sau cai."));
    assertThat(half).isWaitingAt("Task_ComputeFigures");
    Clock.runDueJobs(pe());
    assertThat(half).isWaitingAt("Task_ReviewProvinceReport");
    assertThat(variable(half, "reportDecision")).isNull(); // to be decided again
    // the period closed on 14 June: a case opened on 15 June is not in it, but the figures were computed again
    assertThat(variable(half, "rpRegisteredSupervision")).isEqualTo(0L);
    assertThat((java.util.Date) variable(half, "figuresComputedAt")).isEqualTo(Clock.at("2026-06-15T09:00"));
    confirm(half, "2026-06-15");
    assertThat(half).isEnded().hasPassed("Event_ReportSent");
    assertThat(pe().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(half.getId())
        .activityId("Task_ComputeFigures").count()).isEqualTo(2);
  }

  @Test
  void yearlyReportOpensOn15DecemberBesideTheMonthlyOne() {
    fireOn("2026-12-15");
    ProcessInstance year = report("BC-QN-2026-NAM");
    assertThat(pe().getRuntimeService().getVariables(year.getId())).containsEntry("reportKind", "yearly")
        .containsEntry("periodFrom", "2025-12-15").containsEntry("periodTo", "2026-12-14")
        .containsEntry("yearFrom", "2025-12-15").containsEntry("reportDueDate", "2026-12-15");
    assertThat(task(year).getDueDate()).isEqualTo(Clock.at("2026-12-15T23:59:59"));
    assertThat(report("BC-QN-2026-12")).isNotNull();
    assertThat(report("BC-QNG-2026-NAM").getTenantId()).isEqualTo("23281");
    assertThat(ReportingTesting.timerDue(pe())).isEqualTo(Clock.at("2027-01-15T07:00"));
    confirm(year, "2026-12-15");
    assertThat(year).isEnded();
  }

  @Test
  void aTimerThatFiresLateStillOpensTheReportsOfItsDay() {
    Clock.set("2026-11-14T12:00");
    ReportingTesting.alignReportTimers(pe());
    Clock.set("2026-11-17T09:00"); // the server was down on the 15th and the 16th
    Clock.runDueJobs(pe());
    ProcessInstance qn = report("BC-QN-2026-11");
    assertThat(pe().getRuntimeService().getVariables(qn.getId())).containsEntry("periodTo", "2026-11-14")
        .containsEntry("reportDueDate", "2026-11-19");
    assertThat(task(qn).getDueDate()).isEqualTo(Clock.at("2026-11-19T23:59:59"));
    assertThat(ReportingTesting.timerDue(pe())).isEqualTo(Clock.at("2026-12-15T07:00"));
  }

  @Test
  void aTimerFiringTwiceOpensNoSecondReport() {
    fireOn("2026-11-15");
    // e.g. an operator runs the timer again, or it fires late after a restart: the same reports exist already
    Clock.set("2026-11-18T10:00");
    for (var job : ReportingTesting.startTimers(pe())) {
      pe().getManagementService().setJobDuedate(job.getId(), Clock.at("2026-11-18T07:00"));
    }
    Clock.runDueJobs(pe());
    assertThat(pe().getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("periodic-report")
        .processInstanceBusinessKey("BC-QN-2026-11").count()).isEqualTo(1);
    List<Object> started = pe().getHistoryService().createHistoricVariableInstanceQuery().variableName("reportsStarted")
        .list().stream().map(v -> v.getValue()).toList();
    assertThat(started).containsExactlyInAnyOrder("BC-QN-2026-11, BC-QNG-2026-11", "");
  }

  @Test
  void aCommuneReportGoesToTheCommunePoliceOfItsCommune() {
    Clock.set("2026-12-01T07:00");
    ReportDispatcher national = new ReportDispatcher(ReportSchedule.named("national"), ReportingTesting.LOCALITIES);
    ReportDispatcher.ReportRequest request = national.requests(ReportKind.MONTHLY, java.time.LocalDate.of(2026, 12, 1))
        .stream().filter(r -> r.reportId().equals("BC-QN-06700-2026-11")).findFirst().orElseThrow();
    pe().getRuntimeService().createMessageCorrelation(ReportDispatcher.REQUEST_MESSAGE)
        .processInstanceBusinessKey(request.reportId()).setVariables(request.variables()).correlateStartMessage();
    Clock.runDueJobs(pe());
    ProcessInstance pi = report("BC-QN-06700-2026-11");
    assertThat(pi.getTenantId()).isEqualTo("06700");
    assertThat(pi).isWaitingAt("Task_ReviewCommuneReport");
    assertThat(task(pi)).hasCandidateGroup("commune-police");
    assertThat(task(pi).getDueDate()).isEqualTo(Clock.at("2026-12-02T23:59:59"));
    assertThat(variable(pi, "periodText")).isEqualTo("01/11/2026 – 30/11/2026");
    confirm(pi, "2026-12-01");
    assertThat(pi).isEnded().hasPassed("Task_ReviewCommuneReport", "Event_ReportSent");
  }

  @Test
  void aReportNotSentByItsDueDateIsEscalatedToTheProvinceSupervisors() {
    fireOn("2026-11-15");
    ProcessInstance qn = report("BC-QN-2026-11");
    Clock.set("2026-11-20T00:30");
    Clock.runDueJobs(pe());
    Task open = task(qn);
    assertThat(open.getDueDate()).isEqualTo(Clock.at("2026-11-19T23:59:59"));
    assertThat(pe().getTaskService().getVariableLocal(open.getId(), "deadlineBreachedAt"))
        .isEqualTo(Clock.at("2026-11-20T00:30"));
    ProcessInstance escalation = pe().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("deadline-escalation").processInstanceBusinessKey("BC-QN-2026-11").singleResult();
    assertThat(pe().getRuntimeService().getVariables(escalation.getId())).containsEntry("communeCode", "06658")
        .containsEntry("supervisorGroup", "province-supervisor").containsEntry("responsibleGroup", "province-authority");
    confirm(qn, "2026-11-20");
    assertThat(qn).isEnded();
  }
}
