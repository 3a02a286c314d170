package vn.rehab.escalation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Fires once, before the due date: records that the reminder went out (task-local variable
 * {@code deadlineReminderSentAt}) and tells the responsible group in the case's commune.
 */
public class ReminderListener implements TaskListener {

  public static final String REMINDED_AT = "deadlineReminderSentAt";
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final Notifier notifier;

  public ReminderListener(Notifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskFacts facts = TaskFacts.of(task);
    task.setVariableLocal(REMINDED_AT, ClockUtil.getCurrentTime());
    String due = task.getDueDate() == null ? "" : DUE.format(task.getDueDate().toInstant());
    AfterCommit.run(() -> notifier.notifyGroup(facts.tenantId(), facts.responsibleGroup(),
        "[Nhắc hạn] Hồ sơ " + facts.caseId() + ": " + facts.stepName(),
        "Việc «" + facts.stepName() + "» của hồ sơ " + facts.caseId() + " đến hạn lúc " + due
            + " (giờ Việt Nam).\nCăn cứ: " + facts.legalBasis()
            + "\nVui lòng xử lý trong Tasklist, mục «Việc của cơ quan tôi»."));
  }
}
