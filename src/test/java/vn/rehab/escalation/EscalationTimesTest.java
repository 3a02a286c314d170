package vn.rehab.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.rehab.escalation.EscalationTesting.clockAt;
import static vn.rehab.escalation.EscalationTesting.hanoi;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.rehab.testing.TestEngines;

/** When reminders go out, with the bundled 2026 calendar (the JVM runs in UTC; all times here are Hanoi's). */
class EscalationTimesTest {

  final EscalationTimes defaults = new EscalationTimes(TestEngines.CALENDAR, EscalationSettings.defaults());

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aDayLimitIsRemindedAtEightOnTheWorkingDayBeforeTheDueDay() {
    clockAt(hanoi(2026, 3, 2, 9, 0));
    assertThat(defaults.reminderAt(hanoi(2026, 3, 5, 23, 59, 59))).isEqualTo(hanoi(2026, 3, 4, 8, 0));
  }

  @Test
  void theWorkingDayBeforeSkipsWeekendsAndTet() {
    clockAt(hanoi(2026, 3, 4, 9, 0));
    // Due Monday 9 March → Friday 6 March.
    assertThat(defaults.reminderAt(hanoi(2026, 3, 9, 23, 59, 59))).isEqualTo(hanoi(2026, 3, 6, 8, 0));
    clockAt(hanoi(2026, 2, 10, 9, 0));
    // Due Monday 23 February 2026, first day after the Tết break (14–22 Feb) → Friday 13 February.
    assertThat(defaults.reminderAt(hanoi(2026, 2, 23, 23, 59, 59))).isEqualTo(hanoi(2026, 2, 13, 8, 0));
    // Due Tuesday 24 February → Monday 23 February.
    assertThat(defaults.reminderAt(hanoi(2026, 2, 24, 23, 59, 59))).isEqualTo(hanoi(2026, 2, 23, 8, 0));
  }

  @Test
  void anAnnouncedWorkingSaturdayIsAReminderDay() {
    clockAt(hanoi(2026, 1, 7, 9, 0));
    // Saturday 10 January 2026 was worked (in exchange for Friday 2 January).
    assertThat(defaults.reminderAt(hanoi(2026, 1, 12, 23, 59, 59))).isEqualTo(hanoi(2026, 1, 10, 8, 0));
  }

  @Test
  void leadDaysAndHourOfDayAreConfigurable() {
    EscalationTimes twoDaysAtTwo = new EscalationTimes(TestEngines.CALENDAR, new EscalationSettings(2, 4, 14));
    clockAt(hanoi(2026, 3, 2, 9, 0));
    assertThat(twoDaysAtTwo.reminderAt(hanoi(2026, 3, 5, 23, 59, 59))).isEqualTo(hanoi(2026, 3, 3, 14, 0));
  }

  @Test
  void aShortLimitIsRemindedHoursBeforeEvenOnAWeekendNight() {
    // 24 hours from Saturday 02:00: due Sunday 02:00, reminder Saturday 22:00.
    clockAt(hanoi(2026, 3, 7, 2, 0));
    assertThat(defaults.reminderAt(hanoi(2026, 3, 8, 2, 0))).isEqualTo(hanoi(2026, 3, 7, 22, 0));
    EscalationTimes twoHours = new EscalationTimes(TestEngines.CALENDAR, new EscalationSettings(1, 2, 8));
    assertThat(twoHours.reminderAt(hanoi(2026, 3, 8, 2, 0))).isEqualTo(hanoi(2026, 3, 8, 0, 0));
  }

  @Test
  void aOneWorkingDayLimitIsRemindedOnTheMorningOfItsDueDay() {
    // Created Monday 09:00, due Tuesday 23:59:59: the working day before is the creation day → Tuesday 08:00.
    clockAt(hanoi(2026, 3, 2, 9, 0));
    assertThat(defaults.reminderAt(hanoi(2026, 3, 3, 23, 59, 59))).isEqualTo(hanoi(2026, 3, 3, 8, 0));
    // Created Friday 15:00, due Monday 23:59:59: Friday 08:00 is past → Monday 08:00, not at once.
    clockAt(hanoi(2026, 3, 6, 15, 0));
    assertThat(defaults.reminderAt(hanoi(2026, 3, 9, 23, 59, 59))).isEqualTo(hanoi(2026, 3, 9, 8, 0));
    // Created on the due day at 09:00: 08:00 is past → 4 hours before the end of the day.
    clockAt(hanoi(2026, 3, 9, 9, 0));
    assertThat(defaults.reminderAt(hanoi(2026, 3, 9, 23, 59, 59))).isEqualTo(hanoi(2026, 3, 9, 19, 59, 59));
  }

  @Test
  void aLongHourLimitIsRemindedHoursBeforeWhenItsLeadWorkingDayIsPast() {
    // 72 hours from Friday 15:00 → Monday 15:00: Friday 08:00 is past → Monday 11:00.
    clockAt(hanoi(2026, 3, 6, 15, 0));
    assertThat(defaults.reminderAt(hanoi(2026, 3, 9, 15, 0))).isEqualTo(hanoi(2026, 3, 9, 11, 0));
    // 96 hours from Monday 15:00 → Friday 15:00: Thursday 08:00.
    clockAt(hanoi(2026, 3, 2, 15, 0));
    assertThat(defaults.reminderAt(hanoi(2026, 3, 6, 15, 0))).isEqualTo(hanoi(2026, 3, 5, 8, 0));
  }

  @Test
  void exactlyTwoDaysAwayIsAlreadyTheWorkingDayRule() {
    clockAt(hanoi(2026, 3, 2, 23, 59, 59));
    assertThat(defaults.reminderAt(hanoi(2026, 3, 4, 23, 59, 59))).isEqualTo(hanoi(2026, 3, 3, 8, 0));
  }

  @Test
  void aReminderThatWouldBeInThePastIsNow() {
    // Hours: 3 hours left, 4 hours lead.
    clockAt(hanoi(2026, 3, 7, 12, 0));
    assertThat(defaults.reminderAt(hanoi(2026, 3, 7, 15, 0))).isEqualTo(hanoi(2026, 3, 7, 12, 0));
    // Already overdue when created.
    assertThat(defaults.reminderAt(hanoi(2026, 2, 5, 23, 59, 59))).isEqualTo(hanoi(2026, 3, 7, 12, 0));
    // Days: created on the due day at 21:00.
    clockAt(hanoi(2026, 3, 9, 21, 0));
    assertThat(defaults.reminderAt(hanoi(2026, 3, 9, 23, 59, 59))).isEqualTo(hanoi(2026, 3, 9, 21, 0));
  }
}
