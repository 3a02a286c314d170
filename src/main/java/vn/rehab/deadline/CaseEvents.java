package vn.rehab.deadline;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Records the instant of a legal event on the case (bean {@code caseEvents}), for limits counted in hours from
 * it: {@code <camunda:executionListener event="end" expression="${caseEvents.record(execution,
 * 'dossierReceivedAt')}"/>}. The engine clock is used so that tests can move time.
 */
public class CaseEvents {

  public Date record(DelegateExecution execution, String variable) {
    Date now = ClockUtil.getCurrentTime();
    execution.setVariable(variable, now);
    return now;
  }

  /** Records the final outcome of a case ({@code caseOutcome}, data dictionary) at the end event reached. */
  public String outcome(DelegateExecution execution, String outcome) {
    execution.setVariable("caseOutcome", outcome);
    return outcome;
  }
}
