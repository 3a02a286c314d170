package vn.rehab.escalation;

/**
 * Tunables of the escalation mechanism.
 *
 * @param reminderLeadWorkingDays how many working days before the due day the reminder goes out (default 1)
 * @param reminderLeadHours for limits counted in hours (due within two days of the task), hours before the due
 *     moment (default 4)
 * @param reminderHourOfDay local hour (Asia/Ho_Chi_Minh) a working-day reminder is sent at (default 8)
 */
public record EscalationSettings(int reminderLeadWorkingDays, int reminderLeadHours, int reminderHourOfDay) {

  public static EscalationSettings defaults() {
    return new EscalationSettings(1, 4, 8);
  }
}
