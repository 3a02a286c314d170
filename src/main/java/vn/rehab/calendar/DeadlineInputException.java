package vn.rehab.calendar;

/**
 * Bad input to a deadline or calendar function. {@link #getMessage()} is Vietnamese, for users (REST responses,
 * Tasklist); {@link #getLogMessage()} is English for logs and never contains the raw input value.
 */
public class DeadlineInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String logMessage;

    public DeadlineInputException(String vietnameseMessage, String englishLogMessage) {
        super(vietnameseMessage);
        this.logMessage = englishLogMessage;
    }

    /** English description without personal data, for logs. */
    public String getLogMessage() {
        return logMessage;
    }
}
