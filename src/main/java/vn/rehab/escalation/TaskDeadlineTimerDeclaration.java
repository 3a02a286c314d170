package vn.rehab.escalation;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationType;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

/**
 * The timer of a reminder or escalation timeout listener. A timer written in the XML gets a job definition at
 * deployment, and its jobs take their process definition and deployment from it; a parse listener cannot register
 * job definitions (only {@code BpmnParse} can), so without this the jobs would carry no process definition, and
 * {@code ManagementService.recalculateJobDuedate} (Cockpit's "recalculate due date") would fail with "Invalid
 * process definition id". The job takes them from its execution instead.
 */
final class TaskDeadlineTimerDeclaration extends TimerDeclarationImpl {

  TaskDeadlineTimerDeclaration(Expression dueDate) {
    super(dueDate, TimerDeclarationType.DATE, TimerTaskListenerJobHandler.TYPE);
  }

  @Override
  protected void postInitialize(ExecutionEntity execution, TimerEntity timer) {
    super.postInitialize(execution, timer);
    if (execution != null && timer.getProcessDefinitionId() == null) {
      ProcessDefinitionEntity definition = execution.getProcessDefinition();
      timer.setProcessDefinitionId(definition.getId());
      timer.setProcessDefinitionKey(definition.getKey());
      timer.setDeploymentId(definition.getDeploymentId());
    }
  }
}
