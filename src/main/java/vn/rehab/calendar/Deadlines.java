package vn.rehab.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Legal deadline functions for BPMN expressions, e.g. {@code ${deadlines.workingDaysAfter(registrationDate, 3)}}.
 * All results are {@link Date}s meaning an instant; days are Vietnamese calendar days (Asia/Ho_Chi_Minh) whatever
 * the JVM's zone.
 *
 * <p>Counting convention (Civil Code 2015 Arts. 144–148; "ngày làm việc" in administrative procedures):
 * <ul>
 *   <li>The event day is never counted: counting starts the day after the event (Art. 147(2)).</li>
 *   <li>{@link #workingDaysAfter}: end (23:59:59) of the N-th working day after the event day. Weekends, holidays,
 *       days in lieu and announced bridge days are skipped; announced compensation Saturdays count.</li>
 *   <li>{@link #daysAfter}, {@link #monthsAfter}: end of the day N calendar days / N months after the event day (a
 *       missing day of month → last day of that month, Art. 148(1)); if that day is not a working day the deadline
 *       moves to the end of the next working day (Art. 148(5)).</li>
 *   <li>{@link #hoursAfter}: N continuous hours from the event instant, through nights, weekends and holidays
 *       (Art. 147(1)); a date-only event stands for the end of that day (23:59:59).</li>
 *   <li>{@link #daysBefore}: "at least N days before X": end of the day N calendar days before X's day, not moved
 *       for days off (moving it later would shorten the notice period).</li>
 * </ul>
 * Example: event 2027-02-03 (Wednesday), 3 working days, with the statutory fallback for Tết 2027 (off 5–11 Feb):
 * day 1 = Thu 4 Feb, day 2 = Fri 12 Feb, day 3 = Mon 15 Feb → 2027-02-15T23:59:59+07:00.
 *
 * <p>Bad input throws {@link DeadlineInputException} (Vietnamese message). Amounts: 0..3650 days, 0..120 months,
 * 0..8760 hours; 0 means the event day itself (or the event instant for hours).
 */
@Component("deadlines")
public class Deadlines {

    /** Events must lie in this range; wider ranges would only come from typing errors. */
    public static final int MIN_EVENT_YEAR = 1900;
    public static final int MAX_EVENT_YEAR = 2200;

    private final WorkingDayCalendar calendar;

    public Deadlines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** End of the N-th working day after the event day. */
    public Date workingDaysAfter(Object start, int n) {
        return calculate(start, DeadlineUnit.WORKING_DAYS, n).dueAsDate();
    }

    /** End of the day N calendar days after the event day, moved to the next working day if it is a day off. */
    public Date daysAfter(Object start, int n) {
        return calculate(start, DeadlineUnit.DAYS, n).dueAsDate();
    }

    /** End of the corresponding day N months after the event day, moved to the next working day if a day off. */
    public Date monthsAfter(Object start, int n) {
        return calculate(start, DeadlineUnit.MONTHS, n).dueAsDate();
    }

    /** The event instant plus N hours (continuous time). */
    public Date hoursAfter(Object start, int n) {
        return calculate(start, DeadlineUnit.HOURS, n).dueAsDate();
    }

    /** End of the day N calendar days before the target's day; not moved for days off. */
    public Date daysBefore(Object target, int n) {
        return calculate(target, DeadlineUnit.DAYS_BEFORE, n).dueAsDate();
    }

    /** The deadline with its explanation (skipped days off, fallback flag); used by the REST API. */
    public DeadlineResult calculate(Object start, DeadlineUnit unit, int amount) {
        if (unit == null) {
            throw new DeadlineInputException("Thiếu đơn vị thời hạn.", "Deadline unit is missing");
        }
        if (amount < 0 || amount > unit.maxAmount()) {
            throw new DeadlineInputException(
                    "Số " + unit.vietnameseName() + " phải là số nguyên từ 0 đến " + unit.maxAmount()
                            + " (nhận được " + amount + ").",
                    "Deadline amount " + amount + " outside 0.." + unit.maxAmount() + " for unit " + unit.code());
        }
        EventTime event = EventTime.of(start);
        int year = event.day().getYear();
        if (year < MIN_EVENT_YEAR || year > MAX_EVENT_YEAR) {
            throw new DeadlineInputException(
                    "Ngày bắt đầu tính thời hạn phải nằm trong các năm " + MIN_EVENT_YEAR + "–" + MAX_EVENT_YEAR
                            + " (nhận được năm " + year + ").",
                    "Deadline start year " + year + " outside " + MIN_EVENT_YEAR + ".." + MAX_EVENT_YEAR);
        }
        return switch (unit) {
            case WORKING_DAYS -> workingDays(event, amount);
            case DAYS -> shiftedToWorkingDay(event, unit, amount, event.day().plusDays(amount));
            case MONTHS -> shiftedToWorkingDay(event, unit, amount, event.day().plusMonths(amount));
            case HOURS -> new DeadlineResult(event.instant(), unit, amount, event.instant().plusHours(amount),
                    List.of(), false);
            case DAYS_BEFORE -> {
                LocalDate day = event.day().minusDays(amount);
                yield new DeadlineResult(event.instant(), unit, amount, VietnamTime.endOfDay(day), List.of(),
                        false);
            }
        };
    }

    private DeadlineResult workingDays(EventTime event, int amount) {
        LocalDate due = calendar.addWorkingDays(event.day(), amount);
        return new DeadlineResult(event.instant(), DeadlineUnit.WORKING_DAYS, amount, VietnamTime.endOfDay(due),
                calendar.daysOffBetween(event.day().plusDays(1), due),
                calendar.usesStatutoryFallback(event.day(), due));
    }

    private DeadlineResult shiftedToWorkingDay(EventTime event, DeadlineUnit unit, int amount, LocalDate nominal) {
        LocalDate due = calendar.workingDayOnOrAfter(nominal);
        ZonedDateTime end = VietnamTime.endOfDay(due);
        return new DeadlineResult(event.instant(), unit, amount, end, calendar.daysOffBetween(nominal, due),
                calendar.usesStatutoryFallback(nominal, due));
    }
}
