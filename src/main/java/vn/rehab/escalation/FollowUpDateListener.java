package vn.rehab.escalation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Sets the follow-up date of a new task to its reminder time, so Tasklist can sort and filter on it. */
public class FollowUpDateListener implements TaskListener {

  private final EscalationTimes times;

  public FollowUpDateListener(EscalationTimes times) {
    this.times = times;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getDueDate() != null) {
      task.setFollowUpDate(times.reminderAt(task.getDueDate()));
    }
  }
}
