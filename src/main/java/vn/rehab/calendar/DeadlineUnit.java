package vn.rehab.calendar;

/** The units a deadline can be counted in, with the accepted range of the amount. */
public enum DeadlineUnit {
    WORKING_DAYS("working-days", "ngày làm việc", 3650),
    DAYS("days", "ngày", 3650),
    MONTHS("months", "tháng", 120),
    HOURS("hours", "giờ", 8760),
    DAYS_BEFORE("days-before", "ngày (trước)", 3650);

    private final String code;
    private final String vietnameseName;
    private final int maxAmount;

    DeadlineUnit(String code, String vietnameseName, int maxAmount) {
        this.code = code;
        this.vietnameseName = vietnameseName;
        this.maxAmount = maxAmount;
    }

    /** Name used in the REST API ("working-days", ...). */
    public String code() {
        return code;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public int maxAmount() {
        return maxAmount;
    }
}
