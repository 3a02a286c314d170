package vn.rehab.calendar;

/**
 * A date of the Vietnamese lunar calendar. {@code year} is the Gregorian year in which the lunar year begins (lunar
 * year 2026 = Bính Ngọ, starting 17 Feb 2026), {@code month} 1..12, {@code leapMonth} true for the intercalary month
 * that repeats {@code month}.
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    @Override
    public String toString() {
        return String.format("%02d/%02d%s/%d (âm lịch)", day, month, leapMonth ? " nhuận" : "", year);
    }
}
