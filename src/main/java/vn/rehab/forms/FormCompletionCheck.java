package vn.rehab.forms;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Re-checks, inside the engine transaction, what a task's form declares, whichever way the task was completed
 * (Tasklist, REST, Java). A violation throws {@link InvalidInputException}: the transaction rolls back, so the
 * task stays open and no variable of the submission is kept.
 */
public class FormCompletionCheck implements TaskListener {

  private final FormRegistry forms;
  private final FormValidator validator;

  public FormCompletionCheck(FormRegistry forms, FormValidator validator) {
    this.forms = forms;
    this.validator = validator;
  }

  @Override
  public void notify(DelegateTask task) {
    UserTask element = task.getBpmnModelElementInstance();
    String formId = element == null ? null : element.getCamundaFormRef();
    forms.form(formId).ifPresent(form -> {
      List<Violation> violations = validator.validate(form, task.getVariables(), today());
      if (!violations.isEmpty()) {
        throw new InvalidInputException(violations);
      }
    });
  }

  static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
  }
}
