package vn.rehab.calendar;

/**
 * Which day joins 2 September as the second National Day holiday (Labour Code 2019 Art. 112(1)(đ): "1 ngày liền kề
 * trước hoặc sau"). The Prime Minister picks it each year; this only matters for years without announced data.
 */
public enum NationalDayAdjacentDay {
    /** 1 September. */
    BEFORE,
    /** 3 September. */
    AFTER,
    /**
     * The weekday that joins the holiday to a weekend, as chosen in 2021–2025: 2/9 on Monday → 3/9, Thursday → 3/9,
     * Sunday → 3/9 (Monday); otherwise 1/9.
     */
    AUTO
}
