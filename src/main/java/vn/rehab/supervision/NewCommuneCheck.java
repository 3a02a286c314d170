package vn.rehab.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.rehab.forms.InvalidInputException;

/**
 * The file of a person who moves goes to another commune (4.7): refuses a destination equal to the commune that
 * manages the case, with a message the officer can act on. A delegate listener (bean
 * {@code supervisionNewCommuneCheck}), not an expression, so that the refusal reaches Tasklist and REST as the
 * form-validation error it is (HTTP 400), not wrapped in an expression-evaluation error.
 */
public class NewCommuneCheck implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Object destination = execution.getVariable("newCommuneCode");
    if (destination != null && destination.equals(execution.getVariable("communeCode"))) {
      throw new InvalidInputException("newCommuneCode", "Xã, phường nơi cư trú mới phải khác xã, phường đang quản lý. "
          + "Nếu người đó chỉ đổi chỗ ở trong cùng xã, hãy ghi vào nhận xét của kỳ kiểm tra.");
    }
  }
}
