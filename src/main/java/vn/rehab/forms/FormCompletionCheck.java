package vn.rehab.forms;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Re-checks, inside the engine transaction, what a task's form declares, whichever way the task was completed
 * (Tasklist, REST, Java). A violation throws {@link InvalidInputException}: the transaction rolls back, so the
 * task stays open and no variable of the submission is kept.
 *
 * <p>It listens to the END of the user task activity rather than to the task's complete event: the engine wraps
 * exceptions of task listeners into a generic error (HTTP 500), while an execution listener's form-validation
 * exception reaches the REST API as 400 with our message. A task left because a boundary event interrupted it is
 * not checked: nobody submitted anything.
 */
public class FormCompletionCheck implements ExecutionListener {

  private final FormRegistry forms;
  private final FormValidator validator;

  public FormCompletionCheck(FormRegistry forms, FormValidator validator) {
    this.forms = forms;
    this.validator = validator;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled() || !(execution.getBpmnModelElementInstance() instanceof UserTask element)) {
      return;
    }
    String formId = element.getCamundaFormRef();
    forms.form(formId).ifPresent(form -> {
      List<Violation> violations = validator.validate(form, execution.getVariables(), today());
      if (!violations.isEmpty()) {
        throw new InvalidInputException(violations);
      }
    });
  }

  static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
  }
}
