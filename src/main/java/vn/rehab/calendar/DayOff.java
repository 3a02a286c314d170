package vn.rehab.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A named day on which public offices are closed (holiday, day in lieu, bridge day). Ordinary weekends are not
 * DayOffs unless they belong to an announced break (e.g. the Saturday that opens the Tết break).
 *
 * @param date       the day (a calendar day in Vietnam)
 * @param name       Vietnamese name shown to users, e.g. "Tết Nguyên đán"
 * @param source     legal reference or announcement the day comes from
 * @param confidence {@code confirmed} (seen in the official text or in several press reports of it),
 *                   {@code reported} (only seen reported, e.g. a proposal) or {@code statutory} (computed from the
 *                   Labour Code, no announcement used)
 */
public record DayOff(LocalDate date, String name, String source, String confidence) implements Comparable<DayOff> {

    public DayOff {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        source = source == null ? "" : source;
        confidence = confidence == null ? "confirmed" : confidence;
    }

    @Override
    public int compareTo(DayOff other) {
        return date.compareTo(other.date);
    }
}
