package vn.rehab.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A weekend day on which public offices work to compensate for a weekday given off (làm bù), e.g. Saturday
 * 8 Feb 2025 for Friday 31 Jan 2025. Deadlines count it as a working day.
 */
public record WorkingSaturday(LocalDate date, String name, String source, String confidence)
        implements Comparable<WorkingSaturday> {

    public WorkingSaturday {
        Objects.requireNonNull(date, "date");
        name = name == null ? "Làm bù" : name;
        source = source == null ? "" : source;
        confidence = confidence == null ? "confirmed" : confidence;
    }

    @Override
    public int compareTo(WorkingSaturday other) {
        return date.compareTo(other.date);
    }
}
