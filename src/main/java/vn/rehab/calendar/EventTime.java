package vn.rehab.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.Date;
import java.util.regex.Pattern;

/**
 * The event a deadline is counted from, normalised to Vietnam time.
 *
 * <p>Accepted: {@link Date} (incl. java.sql types), {@link Calendar}, {@link Instant}, {@link ZonedDateTime},
 * {@link OffsetDateTime}, {@link LocalDate}, {@link LocalDateTime} (read as Vietnam local time), and Strings
 * {@code yyyy-MM-dd}, ISO instants ({@code 2027-02-03T01:00:00Z}), ISO offset date-times and ISO local date-times.
 * A date without a time stands for the end of that day (23:59:59 in Vietnam).
 *
 * @param day       the calendar day of the event in Vietnam
 * @param instant   the event instant in Vietnam time
 * @param dateOnly  true when the input had no time of day
 */
public record EventTime(LocalDate day, ZonedDateTime instant, boolean dateOnly) {

    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_ECHOED_LENGTH = 40;

    public static EventTime of(Object value) {
        if (value == null) {
            throw missing();
        }
        if (value instanceof LocalDate date) {
            return ofDate(date);
        }
        if (value instanceof java.sql.Date sqlDate) {
            // java.sql.Date.toInstant() throws; it is a date without time anyway.
            return ofDate(sqlDate.toLocalDate());
        }
        if (value instanceof Date date) {
            return ofInstant(Instant.ofEpochMilli(date.getTime()));
        }
        if (value instanceof Calendar calendar) {
            return ofInstant(calendar.toInstant());
        }
        if (value instanceof Instant instant) {
            return ofInstant(instant);
        }
        if (value instanceof ZonedDateTime zoned) {
            return ofInstant(zoned.toInstant());
        }
        if (value instanceof OffsetDateTime offset) {
            return ofInstant(offset.toInstant());
        }
        if (value instanceof LocalDateTime local) {
            return ofInstant(local.atZone(VietnamTime.ZONE).toInstant());
        }
        if (value instanceof CharSequence text) {
            return parse(text.toString().trim());
        }
        throw new DeadlineInputException(
                "Kiểu dữ liệu của ngày bắt đầu tính thời hạn không được hỗ trợ (" + value.getClass().getSimpleName()
                        + "). Hãy dùng ngày dạng yyyy-MM-dd.",
                "Unsupported deadline start type " + value.getClass().getName());
    }

    private static EventTime parse(String text) {
        if (text.isEmpty()) {
            throw missing();
        }
        try {
            if (DATE_ONLY.matcher(text).matches()) {
                return ofDate(LocalDate.parse(text));
            }
            if (text.endsWith("Z") || text.endsWith("z")) {
                return ofInstant(Instant.parse(text.toUpperCase(java.util.Locale.ROOT)));
            }
            try {
                return ofInstant(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException noOffset) {
                return ofInstant(LocalDateTime.parse(text).atZone(VietnamTime.ZONE).toInstant());
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            String shown = text.length() > MAX_ECHOED_LENGTH ? text.substring(0, MAX_ECHOED_LENGTH) + "…" : text;
            throw new DeadlineInputException(
                    "Ngày bắt đầu tính thời hạn không hợp lệ: \"" + shown + "\". Hãy nhập ngày dạng yyyy-MM-dd "
                            + "(ví dụ 2027-02-03) hoặc thời điểm ISO-8601 (ví dụ 2027-02-03T08:00:00+07:00).",
                    "Malformed deadline start (" + text.length() + " characters)");
        }
    }

    private static EventTime ofDate(LocalDate date) {
        return new EventTime(date, VietnamTime.endOfDay(date), true);
    }

    private static EventTime ofInstant(Instant instant) {
        ZonedDateTime inVietnam = instant.atZone(VietnamTime.ZONE);
        return new EventTime(inVietnam.toLocalDate(), inVietnam, false);
    }

    private static DeadlineInputException missing() {
        return new DeadlineInputException("Thiếu ngày bắt đầu tính thời hạn.", "Deadline start is missing or blank");
    }
}
