package vn.rehab.forms;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input a user can fix. The message is Vietnamese and shown as is in Tasklist; the REST API answers 400 for it
 * (the engine REST maps form-validation exceptions to Bad Request). It never carries the submitted values, so
 * logs that print it carry no personal data.
 */
public class InvalidInputException extends FormFieldValidationException {

  private final transient List<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    super(violations.isEmpty() ? null : violations.get(0).field(), message(violations));
    this.violations = List.copyOf(violations);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new Violation(field, message)));
  }

  public List<Violation> violations() {
    return violations;
  }

  private static String message(List<Violation> violations) {
    StringBuilder sb = new StringBuilder("Dữ liệu chưa hợp lệ: ");
    for (int i = 0; i < violations.size(); i++) {
      sb.append(i == 0 ? "" : " ").append(violations.get(i).message());
    }
    return sb.toString();
  }
}
