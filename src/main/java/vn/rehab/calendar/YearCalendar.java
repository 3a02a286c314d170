package vn.rehab.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The days off and the working weekend days of one Gregorian year; immutable. */
public final class YearCalendar {

    private final int year;
    private final List<DayOff> daysOff;
    private final List<WorkingSaturday> workingSaturdays;
    private final DataOrigin origin;
    private final String location;
    // Lookups by date: isWorkingDay is called once per day when counting long deadlines.
    private final Map<LocalDate, DayOff> dayOffByDate;
    private final Set<LocalDate> workingWeekendDays;

    /**
     * @param location where the data was read from (file path, classpath resource) or "statutory"
     */
    public YearCalendar(int year, List<DayOff> daysOff, List<WorkingSaturday> workingSaturdays, DataOrigin origin,
                        String location) {
        this.year = year;
        this.daysOff = daysOff.stream().sorted().toList();
        this.workingSaturdays = workingSaturdays.stream().sorted().toList();
        this.origin = origin;
        this.location = location;
        Map<LocalDate, DayOff> byDate = new HashMap<>();
        for (DayOff dayOff : this.daysOff) {
            if (dayOff.date().getYear() != year) {
                throw new IllegalArgumentException("Day off " + dayOff.date() + " is not in year " + year);
            }
            if (byDate.put(dayOff.date(), dayOff) != null) {
                throw new IllegalArgumentException("Day off " + dayOff.date() + " is listed twice");
            }
        }
        Set<LocalDate> working = new HashSet<>();
        for (WorkingSaturday day : this.workingSaturdays) {
            if (day.date().getYear() != year || byDate.containsKey(day.date()) || !working.add(day.date())) {
                throw new IllegalArgumentException("Working day " + day.date()
                        + " is outside year " + year + ", listed twice or also listed as a day off");
            }
        }
        this.dayOffByDate = Collections.unmodifiableMap(byDate);
        this.workingWeekendDays = Collections.unmodifiableSet(working);
    }

    public int year() {
        return year;
    }

    /** Named days off, sorted by date. */
    public List<DayOff> daysOff() {
        return daysOff;
    }

    /** Compensation working days on weekends, sorted by date. */
    public List<WorkingSaturday> workingSaturdays() {
        return workingSaturdays;
    }

    public DataOrigin origin() {
        return origin;
    }

    public String location() {
        return location;
    }

    /** The day off on that date, or null. */
    public DayOff dayOff(LocalDate date) {
        return dayOffByDate.get(date);
    }

    public boolean isWorkingWeekendDay(LocalDate date) {
        return workingWeekendDays.contains(date);
    }
}
