package vn.rehab.voluntary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The clock of a voluntary treatment (bean {@code voluntaryTerm}): the end of the term decided, the monthly
 * check dates (procedures.md 2.7) and the advance-notice date (2.10). Dates are stored on the case as
 * {@code yyyy-MM-dd}, so recalculating a timer gives the same answer.
 */
public class VoluntaryTerm {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  /** Timers of the treatment fire at the start of the office day, not at midnight. */
  private static final LocalTime CHECK_TIME = LocalTime.of(7, 0);

  /** Intake done: the term runs from the intake day for the months decided ({@code treatmentEndDate}). */
  public void fixTerm(DelegateExecution execution) {
    if (!"yes".equals(execution.getVariable("treatmentStarted"))) {
      return;
    }
    LocalDate intake = LocalDate.parse((String) execution.getVariable("intakeDate"));
    Number months = (Number) execution.getVariable("treatmentMonths");
    if (months == null) {
      throw new ProcessEngineException("Case " + execution.getProcessBusinessKey() + " has no treatmentMonths");
    }
    execution.setVariable("treatmentEndDate", intake.plusMonths(months.longValue()).toString());
    execution.setVariable("checkDueDate", null);
  }

  /**
   * The next monthly check: one month after the previous check date (or after intake), as long as it falls before
   * the end of the term; otherwise a moment after the end, so that the end-of-term timer comes first.
   */
  public Date nextCheck(DelegateExecution execution) {
    LocalDate end = LocalDate.parse((String) execution.getVariable("treatmentEndDate"));
    Object previous = execution.getVariable("checkDueDate");
    LocalDate base = previous instanceof String s ? LocalDate.parse(s)
        : LocalDate.parse((String) execution.getVariable("intakeDate"));
    LocalDate next = base.plusMonths(1);
    if (!next.isBefore(end)) {
      return Date.from(end.plusDays(1).atTime(CHECK_TIME).atZone(ZONE).toInstant());
    }
    execution.setVariable("checkDueDate", next.toString());
    return Date.from(next.atTime(CHECK_TIME).atZone(ZONE).toInstant());
  }

  /** The term ends at the start of {@code treatmentEndDate}: completion work can begin that morning. */
  public Date endOfTerm(DelegateExecution execution) {
    LocalDate end = LocalDate.parse((String) execution.getVariable("treatmentEndDate"));
    return Date.from(end.atStartOfDay(ZONE).toInstant());
  }

  /** A violation became known now: records when (for limits in hours) and, if not started, the ground. */
  public void violationFound(DelegateExecution execution) {
    Date now = ClockUtil.getCurrentTime();
    execution.setVariable("violationReportedAt", now);
    if (execution.getVariable("violationReportedDate") == null) {
      execution.setVariable("violationReportedDate", now.toInstant().atZone(ZONE).toLocalDate().toString());
    }
    if ("no".equals(execution.getVariable("treatmentStarted")) && execution.getVariable("compulsoryGround") == null) {
      execution.setVariable("compulsoryGround", "not-started");
    }
  }

  /**
   * When a step whose legal limit is {@code due} should appear in Tasklist: {@code days} calendar days earlier, at
   * the start of the office day (e.g. the advance notice of 2.10 opens five days before its own limit).
   */
  public Date opensBefore(Date due, int days) {
    LocalDate day = due.toInstant().atZone(ZONE).toLocalDate().minusDays(days);
    return Date.from(day.atTime(CHECK_TIME).atZone(ZONE).toInstant());
  }
}
