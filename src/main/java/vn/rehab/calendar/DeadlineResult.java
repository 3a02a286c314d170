package vn.rehab.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

/**
 * A computed deadline with its explanation.
 *
 * @param event             the event instant in Vietnam time (end of day for a date-only input)
 * @param unit              unit counted
 * @param amount            amount counted
 * @param due               the deadline, Asia/Ho_Chi_Minh
 * @param skippedDaysOff    named days off that moved the deadline (skipped while counting working days, or the days
 *                          off the deadline was moved across); ordinary weekends are not listed
 * @param statutoryFallback true if a year involved has no announced data (the result may change once it is announced)
 */
public record DeadlineResult(ZonedDateTime event, DeadlineUnit unit, int amount, ZonedDateTime due,
                             List<DayOff> skippedDaysOff, boolean statutoryFallback) {

    public LocalDate dueDate() {
        return due.toLocalDate();
    }

    public Date dueAsDate() {
        return Date.from(due.toInstant());
    }
}
