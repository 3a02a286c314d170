package vn.rehab.deadline;

import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.rehab.calendar.Deadlines;
import vn.rehab.calendar.DeadlineUnit;

/**
 * Due dates of steps for models (bean {@code caseDeadlines}):
 * {@code camunda:dueDate="${caseDeadlines.due('voluntary.2.3', execution)}"}. The number comes from the deadline
 * table for the case's regime, the start from the case variable the row names: the stored legal event, never
 * "now", so recalculating gives the same date.
 */
public class CaseDeadlines {

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
    Object from = scope.getVariable(rule.from());
    if (from == null) {
      throw new ProcessEngineException("Step " + step + ": the case has no value for '" + rule.from()
          + "', the event its deadline counts from");
    }
    return due(rule, from);
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
