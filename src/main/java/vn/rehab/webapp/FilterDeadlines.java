package vn.rehab.webapp;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.rehab.calendar.VietnamTime;
import vn.rehab.calendar.WorkingDayCalendar;

/**
 * Dates for Tasklist filter expressions (bean {@code filterDeadlines}), counted in Vietnamese working days:
 * {@code ${filterDeadlines.dueWithinWorkingDays(2)}} in the "Sắp đến hạn" filter. The engine evaluates a filter's
 * expressions each time the filter is listed or counted, so the limit moves with the day and skips weekends and
 * the days off of {@link WorkingDayCalendar} (Tết, public holidays, announced bridge days).
 */
public class FilterDeadlines {

  private final WorkingDayCalendar calendar;

  public FilterDeadlines(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * The instant before which a task falls due "within N working days": midnight (Vietnam) at the start of the
   * first working day after the N-th working day after today. With N = 2 on a Thursday, that is Tuesday 00:00
   * (Friday and Monday are the two working days); a task due today, Friday, Monday or over the weekend is in, a
   * task due on Tuesday is not. Today is the engine clock's day in Vietnam.
   */
  public Date dueWithinWorkingDays(int n) {
    if (n < 0 || n > 366) {
      throw new IllegalArgumentException("working days out of range: " + n);
    }
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(VietnamTime.ZONE).toLocalDate();
    LocalDate limit = calendar.nextWorkingDay(calendar.addWorkingDays(today, n));
    return Date.from(limit.atStartOfDay(VietnamTime.ZONE).toInstant());
  }
}
