package vn.rehab.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Working days of Vietnamese public offices: Monday–Friday, minus the days off of the year (holidays, days in lieu,
 * announced bridge days), plus the announced compensation Saturdays. Dates are calendar days in Vietnam; callers
 * convert instants with {@link VietnamTime#ZONE}.
 *
 * <p>Counting convention: {@link #addWorkingDays(LocalDate, int)} returns the N-th working day <em>after</em> the event
 * day; the event day itself is never counted, whether or not it is a working day.
 */
@Component
public class WorkingDayCalendar {

    /** Largest span searched for a working day; no announced break has ever been near this long. */
    private static final int MAX_CONSECUTIVE_DAYS_OFF = 60;

    private final YearCalendarProvider years;

    public WorkingDayCalendar(YearCalendarProvider years) {
        this.years = years;
    }

    /** A calendar with the bundled (classpath) data and default rules, for plain unit tests and tools. */
    public static WorkingDayCalendar withBundledData() {
        return new WorkingDayCalendar(new YearCalendarProvider(null, HolidayRules.defaults()));
    }

    public boolean isWorkingDay(LocalDate date) {
        YearCalendar year = years.forYear(date.getYear());
        if (year.isWorkingWeekendDay(date)) {
            return true;
        }
        return year.dayOff(date) == null && !StatutoryHolidays.isWeekend(date);
    }

    /** The named day off on that date (not ordinary weekends). */
    public Optional<DayOff> dayOff(LocalDate date) {
        return Optional.ofNullable(years.forYear(date.getYear()).dayOff(date));
    }

    /** Named days off of the year, sorted by date. */
    public List<DayOff> daysOff(int year) {
        return years.forYear(year).daysOff();
    }

    /** Weekend days worked to compensate for a bridge day, sorted by date. */
    public List<WorkingSaturday> workingSaturdays(int year) {
        return years.forYear(year).workingSaturdays();
    }

    /** True when the year has no announced data and its days off are computed from the Labour Code alone. */
    public boolean usesStatutoryFallback(int year) {
        return years.forYear(year).origin() == DataOrigin.STATUTORY_FALLBACK;
    }

    /** The whole data of a year (days off, working Saturdays, origin). */
    public YearCalendar year(int year) {
        return years.forYear(year);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return workingDayOnOrAfter(date.plusDays(1));
    }

    /** {@code date} itself if it is a working day, otherwise the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i <= MAX_CONSECUTIVE_DAYS_OFF; i++) {
            if (isWorkingDay(day)) {
                return day;
            }
            day = day.plusDays(1);
        }
        throw new CalendarDataException("No working day within " + MAX_CONSECUTIVE_DAYS_OFF + " days after " + date
                + ": check the days-off data");
    }

    /**
     * The N-th working day after the event day (day 1 = first working day after {@code eventDay}); N = 0 returns the
     * event day unchanged.
     *
     * @throws IllegalArgumentException if n is negative
     */
    public LocalDate addWorkingDays(LocalDate eventDay, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = eventDay;
        for (int i = 0; i < n; i++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /** Named days off in the half-open range [from, to), in date order. */
    public List<DayOff> daysOffBetween(LocalDate from, LocalDate toExclusive) {
        List<DayOff> result = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(toExclusive); day = day.plusDays(1)) {
            dayOff(day).ifPresent(result::add);
        }
        return result;
    }

    /** True when any year in [from, to] uses the statutory fallback. */
    public boolean usesStatutoryFallback(LocalDate from, LocalDate to) {
        for (int year = Math.min(from.getYear(), to.getYear()); year <= Math.max(from.getYear(), to.getYear()); year++) {
            if (usesStatutoryFallback(year)) {
                return true;
            }
        }
        return false;
    }
}
