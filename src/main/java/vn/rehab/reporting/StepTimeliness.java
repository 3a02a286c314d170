package vn.rehab.reporting;

/**
 * On-time record of one step (user task) done by one agency (candidate group) over a period: the tasks due in the
 * period, how many were completed by their due date, how many late (completed after it, or still open past it),
 * how many are open and not yet due, and how many the escalation recorded as breached ({@code deadlineBreachedAt}).
 *
 * @param rate on time ÷ (on time + late), in percent with one decimal; null when nothing was due and decided
 */
public record StepTimeliness(String processKey, String procedureName, String stepKey, String stepName, String group,
    String role, String agency, long due, long onTime, long late, long pending, long breached, Double rate) {

  static Double rate(long onTime, long late) {
    return onTime + late == 0 ? null : Math.round(1000.0 * onTime / (onTime + late)) / 10.0;
  }
}
