package vn.rehab.escalation;

import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Runs a side effect (a mail) only once the engine transaction that caused it has committed. */
final class AfterCommit {

  private AfterCommit() {}

  static void run(Runnable action) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      action.run();
      return;
    }
    context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, ctx -> action.run());
  }
}
