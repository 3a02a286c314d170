package vn.rehab.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one time zone legal deadlines are counted in. Every conversion between instants and calendar days in this
 * package goes through here so that the JVM's default zone never leaks into a deadline.
 */
public final class VietnamTime {

    /** Legal time in Vietnam (UTC+7, no daylight saving). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A deadline "on day X" ends at the last whole second of X. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private VietnamTime() {
    }

    public static ZonedDateTime endOfDay(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(ZONE);
    }
}
