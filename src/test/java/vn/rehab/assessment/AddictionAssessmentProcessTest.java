package vn.rehab.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.rehab.forms.InvalidInputException;
import vn.rehab.testing.CaseData;
import vn.rehab.testing.Clock;
import vn.rehab.testing.RecordingNotifier;
import vn.rehab.testing.TestEngines;

@Deployment(resources = {"processes/assessment/addiction-assessment.bpmn", "processes/assessment/addiction-result.dmn",
    "processes/assessment/assessment-roles.dmn", "processes/common/deadline-escalation.bpmn"})
class AddictionAssessmentProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = TestEngines.coveredEngine(TestEngines.standardBeans(new RecordingNotifier()));

  /** camunda-bpm-assert keeps one engine per thread: point it at this class's engine, not a previous class's. */
  @org.junit.jupiter.api.BeforeEach
  void assertOnThisEngine() {
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
  }

  @BeforeEach
  void monday() {
    Clock.set("2026-03-02T09:00");
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  private ProcessInstance request() {
    return engine.getProcessEngine().getRuntimeService().startProcessInstanceByKey("addiction-assessment",
        CaseData.with(CaseData.adult(), Map.of("requestDate", "2026-03-02", "requestReason", "user-using-again")));
  }

  private void throughReception(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_PrepareRequest");
    assertThat(task()).hasCandidateGroup("commune-police");
    assertThat(task().getDueDate()).isEqualTo(Clock.at("2026-03-03T23:59:59"));
    complete(task(), withVariables("positiveTestAttached", true, "resumeAttached", true));
    assertThat(pi).isWaitingAt("Task_ReceivePerson");
    assertThat(task()).hasCandidateGroup("health-assessor");
    // 24 hours, continuous, from the moment the request was sent
    assertThat(task().getDueDate()).isEqualTo(Clock.at("2026-03-03T09:00"));
    complete(task(), withVariables("personReceivedDate", "2026-03-02", "medicalStaffName", "Lê Văn Y"));
    assertThat(pi).isWaitingAt("Task_Assess");
    // 5 calendar days from receiving the person: Saturday 7 March moves to Monday 9 March
    assertThat(task().getDueDate()).isEqualTo(Clock.at("2026-03-09T23:59:59"));
  }

  @Test
  void threeCriteriaMeanAddicted() {
    ProcessInstance pi = request();
    assertThat(pi.getBusinessKey()).matches("QN-2026-\\d{6}");
    throughReception(pi);
    Clock.set("2026-03-04T10:00");
    complete(task(), withVariables("criterion1", true, "criterion2", true, "criterion3", true, "criterion4", false,
        "addictionAssessmentDate", "2026-03-04", "resultSent", true));
    assertThat(pi).isEnded().hasPassed("Event_Addicted").variables().containsEntry("addicted", true)
        .containsEntry("caseOutcome", "completed");
  }

  @Test
  void twoCriteriaMeanNotAddicted() {
    ProcessInstance pi = request();
    throughReception(pi);
    Clock.set("2026-03-04T10:00");
    complete(task(), withVariables("criterion5", true, "criterion6", true, "addictionAssessmentDate", "2026-03-04",
        "resultSent", true));
    assertThat(pi).isEnded().hasPassed("Event_NotAddicted").variables().containsEntry("addicted", false);
  }

  @Test
  void resultBeforeThePersonWasReceivedIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = request();
    throughReception(pi);
    String taskId = task().getId();
    assertThatThrownBy(() -> complete(task(), withVariables("criterion1", true, "addictionAssessmentDate",
        "2026-03-01", "resultSent", true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("không được trước ngày 2026-03-02");
    assertThat(pi).isWaitingAt("Task_Assess");
    assertThat(task().getId()).isEqualTo(taskId);
    assertThat(engine.getProcessEngine().getRuntimeService().getVariable(pi.getId(), "addictionAssessmentDate")).isNull();
  }
}
