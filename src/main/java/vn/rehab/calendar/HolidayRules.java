package vn.rehab.calendar;

/**
 * Settings of the statutory fallback that the law leaves open or that may change.
 *
 * @param nationalDayAdjacentDay which day joins 2 September (the Government decides it each year)
 * @param cultureDayFirstYear    first year in which 24 November (Ngày Văn hóa Việt Nam) is a public holiday, or
 *                               null while the Labour Code has not been amended to make it one
 */
public record HolidayRules(NationalDayAdjacentDay nationalDayAdjacentDay, Integer cultureDayFirstYear) {

    public HolidayRules {
        nationalDayAdjacentDay = nationalDayAdjacentDay == null ? NationalDayAdjacentDay.AUTO : nationalDayAdjacentDay;
    }

    /** The rules of the Labour Code 2019 as in force when this was written (see docs/calendar.md). */
    public static HolidayRules defaults() {
        return new HolidayRules(NationalDayAdjacentDay.AUTO, null);
    }

    public boolean cultureDayIsHoliday(int year) {
        return cultureDayFirstYear != null && year >= cultureDayFirstYear;
    }
}
