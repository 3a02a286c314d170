package vn.rehab.escalation;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Fires once, at the due date, and leaves the late task open (the step still has to be done): records the
 * breach on the task (task-local variable {@code deadlineBreachedAt}, kept in history so reports count on-time
 * rates per step and agency) and opens a {@code deadline-escalation} case for the supervisors of the same
 * commune, with the case number as its business key so Cockpit finds it by case number.
 */
public class EscalationListener implements TaskListener {

  public static final String ESCALATION_PROCESS_KEY = "deadline-escalation";
  public static final String BREACHED_AT = "deadlineBreachedAt";

  private final Notifier notifier;

  public EscalationListener(Notifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskFacts facts = TaskFacts.of(task);
    Date now = ClockUtil.getCurrentTime();
    task.setVariableLocal(BREACHED_AT, now);
    String supervisors = facts.supervisorGroup();
    VariableMap vars = Variables.createVariables()
        .putValue("caseId", facts.caseId())
        .putValue("communeCode", facts.tenantId())
        .putValue("breachedTaskId", task.getId())
        .putValue("breachedStep", facts.stepName())
        .putValue("breachedStepKey", task.getTaskDefinitionKey())
        .putValue("breachedProcessKey", facts.processKey())
        .putValue("responsibleGroup", facts.responsibleGroup())
        .putValue("supervisorGroup", supervisors)
        .putValue("legalBasis", facts.legalBasis())
        .putValue("breachDueDate", task.getDueDate())
        .putValue("breachedAt", now);
    task.getProcessEngineServices().getRuntimeService().createProcessInstanceByKey(ESCALATION_PROCESS_KEY)
        .businessKey(facts.caseId()).setVariables(vars).execute();
    AfterCommit.run(() -> notifier.notifyGroup(facts.tenantId(), supervisors,
        "[Quá hạn] Hồ sơ " + facts.caseId() + ": " + facts.stepName(),
        "Việc «" + facts.stepName() + "» của hồ sơ " + facts.caseId() + " đã quá hạn xử lý."
            + "\nCăn cứ: " + facts.legalBasis()
            + "\nVui lòng xem việc «Xử lý việc quá hạn» trong Tasklist."));
  }
}
