package vn.rehab.webapp;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import vn.rehab.identity.Locality;
import vn.rehab.identity.LocalityDirectory;
import vn.rehab.identity.Role;

/**
 * What the Tasklist filters show under each task, copied onto the task when it is created (task-local variables,
 * all user tasks of all models, through this parse listener).
 *
 * <p>Why copies: Tasklist fetches the list's variables with a variable query, and the engine lets a user read a
 * process variable there only with READ on the process instance or READ_INSTANCE on its definition; officers hold
 * neither (they see a case through their tasks only, see {@code AccessPolicy}), while the task's own variables
 * are readable by whoever may read the task. So the case number, the person's name and the locality's name go
 * onto the task, under names of their own (a form submitting {@code fullName} still writes the case's variable).
 * The locality is stored by name ("Phường Hạ Long (Quảng Ninh)"), which an officer reads at a glance.
 */
public class TaskListVariables extends AbstractBpmnParseListener implements TaskListener {

  public static final String CASE_ID = "tasklistCaseId";
  public static final String PERSON = "tasklistPerson";
  public static final String LOCALITY = "tasklistLocality";
  public static final String RESPONSIBLE = "tasklistResponsible";

  /** Every copy's name starts with it; nothing else may (history leaves them out: TaskListCopiesHistoryLevel). */
  static final String PREFIX = "tasklist";

  private final LocalityDirectory localities;

  static boolean isCopy(String variableName) {
    return variableName != null && variableName.startsWith(PREFIX);
  }

  public TaskListVariables(LocalityDirectory localities) {
    this.localities = localities;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this);
  }

  @Override
  public void notify(DelegateTask task) {
    Object caseId = task.getVariable("caseId");
    if (caseId == null && task.getExecution() != null) {
      caseId = task.getExecution().getProcessBusinessKey();
    }
    put(task, CASE_ID, caseId);
    put(task, PERSON, task.getVariable("fullName"));
    Object commune = task.getVariable("communeCode");
    String communeCode = commune != null ? commune.toString() : task.getTenantId();
    put(task, LOCALITY, localities.commune(communeCode).map(Locality::displayName).orElse(communeCode));
    Object responsible = task.getVariable("responsibleGroup");
    if (responsible != null) {
      put(task, RESPONSIBLE, Role.byGroupId(responsible.toString()).map(Role::vietnameseName)
          .orElse(responsible.toString()));
    }
  }

  private static void put(DelegateTask task, String name, Object value) {
    Optional.ofNullable(value).map(Object::toString).filter(s -> !s.isBlank())
        .ifPresent(v -> task.setVariableLocal(name, v));
  }
}
