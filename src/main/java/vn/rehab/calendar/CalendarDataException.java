package vn.rehab.calendar;

/** A days-off file is missing required data or contradicts itself. Thrown at startup or first use of that year. */
public class CalendarDataException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public CalendarDataException(String message) {
        super(message);
    }

    public CalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
