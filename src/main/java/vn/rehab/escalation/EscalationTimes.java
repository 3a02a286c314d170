package vn.rehab.escalation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.rehab.calendar.WorkingDayCalendar;

/**
 * When the reminder of a task goes out, derived from its due date (bean {@code escalationTimes}, used by the
 * timers that {@link EscalationParseListener} adds), the first of these rules that gives a time still ahead:
 * <ol>
 *   <li>a limit at least two days away: {@code reminderHourOfDay} (08:00) on the working day
 *       {@code reminderLeadWorkingDays} working days before the due day;</li>
 *   <li>a limit counted in days (due at 23:59:59, the end of a day): 08:00 on the due day itself, so that a
 *       one-working-day step is reminded in office hours, not in the evening or at the moment it is created;</li>
 *   <li>otherwise (limits in hours): {@code reminderLeadHours} hours before the due moment, so that a 24-hour step
 *       is not reminded before it starts;</li>
 *   <li>a task created too late for all of these (even after its due date) is reminded now.</li>
 * </ol>
 */
public class EscalationTimes {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  /** Where day-counted limits end ({@code vn.rehab.calendar.VietnamTime#END_OF_DAY}). */
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final WorkingDayCalendar calendar;
  private final EscalationSettings settings;

  public EscalationTimes(WorkingDayCalendar calendar, EscalationSettings settings) {
    this.calendar = calendar;
    this.settings = settings;
  }

  public Date reminderAt(Date due) {
    ZonedDateTime dueAt = due.toInstant().atZone(ZONE);
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(ZONE);
    if (Duration.between(now, dueAt).compareTo(Duration.ofDays(2)) >= 0) {
      ZonedDateTime leadDay = leadWorkingDayBefore(dueAt.toLocalDate()).atTime(settings.reminderHourOfDay(), 0)
          .atZone(ZONE);
      if (!leadDay.isBefore(now)) {
        return Date.from(leadDay.toInstant());
      }
    }
    if (dueAt.toLocalTime().equals(END_OF_DAY)) {
      ZonedDateTime dueDayMorning = dueAt.toLocalDate().atTime(settings.reminderHourOfDay(), 0).atZone(ZONE);
      if (!dueDayMorning.isBefore(now)) {
        return Date.from(dueDayMorning.toInstant());
      }
    }
    ZonedDateTime early = dueAt.minusHours(settings.reminderLeadHours());
    return Date.from((early.isBefore(now) ? now : early).toInstant());
  }

  private LocalDate leadWorkingDayBefore(LocalDate dueDay) {
    LocalDate day = dueDay;
    int counted = 0;
    while (counted < settings.reminderLeadWorkingDays()) {
      day = day.minusDays(1);
      if (calendar.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
