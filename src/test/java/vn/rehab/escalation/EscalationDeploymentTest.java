package vn.rehab.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.rehab.testing.RecordingNotifier;
import vn.rehab.testing.TestEngines;

/** The parse listener refuses, at deployment, user tasks it cannot give a reminder and an escalation. */
class EscalationDeploymentTest {

  static final ProcessEngine ENGINE =
      TestEngines.configuration(TestEngines.standardBeans(new RecordingNotifier())).buildProcessEngine();
  final RepositoryService repository = ENGINE.getRepositoryService();

  @AfterAll
  static void close() {
    ENGINE.close();
  }

  @Test
  void aUserTaskWithoutDueDateIsRefusedWithAClearMessage() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("no-due-date").camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_Forgotten").name("Bước quên thời hạn").camundaCandidateGroups("commune-police")
        .endEvent().done();

    assertThatThrownBy(() -> repository.createDeployment().addModelInstance("no-due-date.bpmn", model).deploy())
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("User task 'Task_Forgotten' of process 'no-due-date' has no due date")
        .hasMessageContaining("camunda:dueDate");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("no-due-date").count()).isZero();
    assertThat(repository.createDeploymentQuery().count()).isZero();
  }

  @Test
  void aFixedDueDateIsRefusedBecauseNoReminderCanBeDerived() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("fixed-due-date").camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_Fixed").camundaCandidateGroups("commune-police")
        .camundaDueDate("2026-03-05T23:59:59").endEvent().done();

    assertThatThrownBy(() -> repository.createDeployment().addModelInstance("fixed-due-date.bpmn", model).deploy())
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("'Task_Fixed' of process 'fixed-due-date'")
        .hasMessageContaining("one expression ${...}");
    assertThat(repository.createDeploymentQuery().count()).isZero();
  }

  @Test
  void oneBadTaskRefusesTheWholeModelEvenIfOtherTasksAreFine() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("half-good").camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_Good").camundaCandidateGroups("commune-police")
        .camundaDueDate("${deadlines.workingDaysAfter(receivedDate, 3)}")
        .userTask("Task_Bad").camundaCandidateGroups("commune-police").endEvent().done();

    assertThatThrownBy(() -> repository.createDeployment().addModelInstance("half-good.bpmn", model).deploy())
        .hasMessageContaining("'Task_Bad'");
    assertThat(repository.createDeploymentQuery().count()).isZero();
  }

  @Test
  void aModelWithDueDateExpressionsDeploysAndEveryUserTaskGetsBothTimers() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("all-good").camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_One").camundaCandidateGroups("commune-police")
        .camundaDueDate("${deadlines.workingDaysAfter(receivedDate, 3)}").endEvent().done();
    String id = repository.createDeployment().addModelInstance("all-good.bpmn", model).deploy().getId();
    try {
      var pi = ENGINE.getRuntimeService().startProcessInstanceByKey("all-good",
          java.util.Map.of("receivedDate", "2026-03-02", "communeCode", "06658"));
      assertThat(ENGINE.getManagementService().createJobQuery().processInstanceId(pi.getId()).list())
          .extracting(j -> ((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) j).getJobHandlerConfigurationRaw())
          .containsExactlyInAnyOrder("Task_One$taskListener~" + EscalationParseListener.REMINDER_LISTENER_ID,
              "Task_One$taskListener~" + EscalationParseListener.ESCALATION_LISTENER_ID);
      // Like timers written in the XML, the jobs belong to their process definition and deployment (Cockpit,
      // job queries and recalculateJobDuedate rely on it).
      var definition = ENGINE.getRepositoryService().createProcessDefinitionQuery().deploymentId(id).singleResult();
      assertThat(ENGINE.getManagementService().createJobQuery().processDefinitionKey("all-good").list())
          .hasSize(2).allSatisfy(job -> {
            assertThat(job.getProcessDefinitionId()).isEqualTo(definition.getId());
            assertThat(job.getDeploymentId()).isEqualTo(id);
            assertThat(job.getTenantId()).isEqualTo("06658");
          });
    } finally {
      repository.deleteDeployment(id, true);
    }
  }
}
