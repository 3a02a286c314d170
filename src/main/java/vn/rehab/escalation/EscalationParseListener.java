package vn.rehab.escalation;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationType;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;

/**
 * Gives every user task of every model the deadline treatment, so that a modeller adding a task in Camunda
 * Modeler gets it without copying XML (an element template would have to be applied, and could be forgotten):
 * <ul>
 *   <li>a reminder timer before the due date, also set as the task's follow-up date;</li>
 *   <li>an escalation timer at the due date that leaves the task open, records the breach and opens a task for
 *       the supervisors of the same commune;</li>
 *   <li>the server-side form check when the task is completed.</li>
 * </ul>
 * Both timers are task timeout listeners: the engine deletes them when the task ends, and the job executor fires
 * each once, on one node. A user task without a due date expression is refused at deployment.
 */
public class EscalationParseListener extends AbstractBpmnParseListener {

  public static final String REMINDER_LISTENER_ID = "deadlineReminder";
  public static final String ESCALATION_LISTENER_ID = "deadlineEscalation";
  /** Processes whose tasks are not escalated again: the escalation itself would escalate forever. */
  static final Set<String> NOT_ESCALATED = Set.of(EscalationListener.ESCALATION_PROCESS_KEY);

  private final TaskListener followUpListener;
  private final TaskListener reminderListener;
  private final TaskListener escalationListener;
  private final ExecutionListener completionCheck;

  public EscalationParseListener(TaskListener followUpListener, TaskListener reminderListener,
      TaskListener escalationListener, ExecutionListener completionCheck) {
    this.followUpListener = followUpListener;
    this.reminderListener = reminderListener;
    this.escalationListener = escalationListener;
    this.completionCheck = completionCheck;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    // Built-in listeners run even when a client asks to skip custom listeners.
    activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, completionCheck);
    Expression due = task.getDueDateExpression();
    String processKey = ((org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity) activity
        .getProcessDefinition()).getKey();
    if (due == null) {
      throw new ProcessEngineException("User task '" + activity.getId() + "' of process '" + processKey
          + "' has no due date: every step must carry its legal time limit (camunda:dueDate)");
    }
    if (NOT_ESCALATED.contains(processKey)) {
      return;
    }
    String dueText = due.getExpressionText().trim();
    if (!dueText.startsWith("${") || !dueText.endsWith("}")) {
      throw new ProcessEngineException("User task '" + activity.getId() + "' of process '" + processKey
          + "': the due date must be one expression ${...} so that its reminder can be derived from it");
    }
    String inner = dueText.substring(2, dueText.length() - 1);
    task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, followUpListener);
    addTimeout(activity, task, REMINDER_LISTENER_ID, "${escalationTimes.reminderAt(" + inner + ")}",
        reminderListener);
    addTimeout(activity, task, ESCALATION_LISTENER_ID, dueText, escalationListener);
  }

  /** What BpmnParse does for a {@code <camunda:taskListener event="timeout">} written in the XML. */
  private void addTimeout(ActivityImpl activity, TaskDefinition task, String listenerId, String dateExpression,
      TaskListener listener) {
    ExpressionManager expressions = Context.getProcessEngineConfiguration().getExpressionManager();
    activity.setScope(true);
    activity.setEventScope(activity);
    TimerDeclarationImpl timer = new TaskDeadlineTimerDeclaration(expressions.createExpression(dateExpression));
    timer.setActivity(activity);
    timer.setExclusive(true);
    timer.setJobConfiguration(TimerDeclarationType.DATE + ": " + dateExpression);
    timer.setRawJobHandlerConfiguration(activity.getId() + TimerEventJobHandler.JOB_HANDLER_CONFIG_PROPERTY_DELIMITER
        + TimerEventJobHandler.JOB_HANDLER_CONFIG_TASK_LISTENER_PREFIX + listenerId);
    var declarations = activity.getProperties().get(BpmnProperties.TIMEOUT_LISTENER_DECLARATIONS);
    if (declarations != null && declarations.get(activity.getId()) != null) {
      declarations.get(activity.getId()).put(listenerId, timer);
    } else {
      var map = new java.util.HashMap<String, TimerDeclarationImpl>();
      map.put(listenerId, timer);
      activity.getProperties().putMapEntry(BpmnProperties.TIMEOUT_LISTENER_DECLARATIONS, activity.getId(), map);
    }
    task.addTimeoutTaskListener(listenerId, listener);
  }
}
