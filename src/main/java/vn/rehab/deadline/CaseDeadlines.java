package vn.rehab.deadline;

import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.rehab.calendar.Deadlines;
import vn.rehab.calendar.DeadlineUnit;

/**
 * Due dates of steps for models (bean {@code caseDeadlines}):
 * {@code camunda:dueDate="${caseDeadlines.due('voluntary.2.3', execution)}"}. The number comes from the deadline
 * table for the case's regime, the start from the case variable the row names: the stored legal event, never
 * "now", so recalculating gives the same date.
 */
public class CaseDeadlines {

  /**
   * {@code from = stepStart} in the table: the limit counts from the moment the step began (e.g. "24 hours from
   * the violation being known", when the step opens as the violation becomes known). The moment is recorded once,
   * on the step's own scope, the first time the step's due date or one of its timers is computed, so that every
   * later calculation (timers, recalculation) gives the same date, and a repeated step gets its own moment.
   */
  public static final String STEP_START = "stepStart";
  static final String STEP_START_VARIABLE = "stepStartedAt";

  private final DeadlineRules rules;
  private final Deadlines deadlines;

  public CaseDeadlines(DeadlineRules rules, Deadlines deadlines) {
    this.rules = rules;
    this.deadlines = deadlines;
  }

  public Date due(String step, VariableScope scope) {
    String regime = (String) scope.getVariable("legalRegime");
    DeadlineRule rule = rules.find(step, regime == null ? "*" : regime).orElseThrow(
        () -> new ProcessEngineException("No deadline row for step " + step + " under regime " + regime));
    Object from = STEP_START.equals(rule.from()) ? stepStart(scope) : scope.getVariable(rule.from());
    if (from == null) {
      throw new ProcessEngineException("Step " + step + ": the case has no value for '" + rule.from()
          + "', the event its deadline counts from");
    }
    return due(rule, from);
  }

  private static Object stepStart(VariableScope scope) {
    Object recorded = scope.getVariableLocal(STEP_START_VARIABLE);
    if (recorded == null) {
      recorded = ClockUtil.getCurrentTime();
      scope.setVariableLocal(STEP_START_VARIABLE, recorded);
    }
    return recorded;
  }

  public Date due(DeadlineRule rule, Object from) {
    return switch (rule.unit()) {
      case WORKING_DAYS -> deadlines.workingDaysAfter(from, rule.amount());
      case DAYS -> deadlines.daysAfter(from, rule.amount());
      case MONTHS -> deadlines.monthsAfter(from, rule.amount());
      case HOURS -> deadlines.hoursAfter(from, rule.amount());
      case DAYS_BEFORE -> deadlines.daysBefore(from, rule.amount());
    };
  }

  /** The legal source of a step's limit, for documentation and escalation texts. */
  public String provision(String step, String regime) {
    return rules.find(step, regime).map(DeadlineRule::provision).orElse("");
  }

  public DeadlineUnit unit(String step, String regime) {
    return rules.find(step, regime).map(DeadlineRule::unit).orElse(null);
  }
}
