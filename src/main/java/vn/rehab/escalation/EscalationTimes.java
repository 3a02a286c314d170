package vn.rehab.escalation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.rehab.calendar.WorkingDayCalendar;

/**
 * When the reminder of a task goes out, derived from its due date (bean {@code escalationTimes}, used by the
 * timers that {@link EscalationParseListener} adds). A limit of days gets its reminder at 08:00 on the working day
 * {@code lead} working days before the due day; a short limit (hours, or a due date less than two days away) gets
 * it a few hours before the due moment, so that a 24-hour step is not reminded before it starts.
 */
public class EscalationTimes {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final WorkingDayCalendar calendar;
  private final EscalationSettings settings;

  public EscalationTimes(WorkingDayCalendar calendar, EscalationSettings settings) {
    this.calendar = calendar;
    this.settings = settings;
  }

  public Date reminderAt(Date due) {
    ZonedDateTime dueAt = due.toInstant().atZone(ZONE);
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(ZONE);
    if (Duration.between(now, dueAt).compareTo(Duration.ofDays(2)) < 0) {
      ZonedDateTime early = dueAt.minusHours(settings.reminderLeadHours());
      return Date.from((early.isBefore(now) ? now : early).toInstant());
    }
    LocalDate day = dueAt.toLocalDate();
    int counted = 0;
    while (counted < settings.reminderLeadWorkingDays()) {
      day = day.minusDays(1);
      if (calendar.isWorkingDay(day)) {
        counted++;
      }
    }
    ZonedDateTime reminder = day.atTime(settings.reminderHourOfDay(), 0).atZone(ZONE);
    return Date.from((reminder.isBefore(now) ? now : reminder).toInstant());
  }
}
