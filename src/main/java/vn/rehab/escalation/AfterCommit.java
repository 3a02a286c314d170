package vn.rehab.escalation;

import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a side effect (a mail) only once the engine transaction that caused it has committed, so a rolled-back
 * reminder or escalation sends nothing. The side effect must not fail the command: by then the transaction is
 * committed (the timer job is gone, the breach is recorded), and an exception thrown from a commit listener would
 * still reach the caller (the job executor would log a failed job that no longer exists, a caller of
 * {@code executeJob} would see an error for work that was done) and skip the listeners after it. A failure is
 * therefore logged and swallowed.
 */
final class AfterCommit {

  private static final Logger LOG = LoggerFactory.getLogger(AfterCommit.class);

  private AfterCommit() {}

  static void run(Runnable action) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      guarded(action);
      return;
    }
    context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, ctx -> guarded(action));
  }

  private static void guarded(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      LOG.warn("Notification after commit failed (the reminder or escalation itself is recorded): {}", e.toString());
    }
  }
}
