package vn.rehab.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import java.time.LocalDate;

/**
 * Converts between the Gregorian calendar and the Vietnamese lunar calendar (âm lịch), computed astronomically by ICU4J
 * at the UTC+7 meridian. Stateless and thread-safe: each call uses its own ICU calendar instance, because ICU calendars
 * are mutable and not thread-safe.
 */
public final class VietnameseLunarCalendar {

    /** Julian day number of 1970-01-01, to convert ICU's JULIAN_DAY field to an epoch day without time zones. */
    private static final int JULIAN_DAY_OF_EPOCH = 2_440_588;

    /** Lunar year Y (the one starting in Gregorian year Y) is ICU extended year Y + 2637 with the Chinese epoch. */
    private static final int EXTENDED_YEAR_OFFSET = 1 - VietnamAstronomicalCalendar.CHINESE_EPOCH_YEAR;

    /** Gregorian date of the given day of a non-leap lunar month. */
    public LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay) {
        return toSolar(lunarYear, lunarMonth, lunarDay, false);
    }

    /** Gregorian date of the given lunar day; {@code leapMonth} selects the intercalary repetition of the month. */
    public LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        return toSolar(new VietnamAstronomicalCalendar(), lunarYear, lunarMonth, lunarDay, leapMonth);
    }

    /** The lunar date of a Gregorian date. */
    public LunarDate toLunar(LocalDate date) {
        ChineseCalendar calendar = new VietnamAstronomicalCalendar();
        calendar.clear();
        calendar.set(Calendar.JULIAN_DAY, (int) (date.toEpochDay() + JULIAN_DAY_OF_EPOCH));
        return new LunarDate(
                calendar.get(Calendar.EXTENDED_YEAR) - EXTENDED_YEAR_OFFSET,
                calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH),
                calendar.get(Calendar.IS_LEAP_MONTH) == 1);
    }

    /** Tết Nguyên đán: the 1st day of the 1st lunar month that falls in the given Gregorian year. */
    public LocalDate tet(int year) {
        return toSolar(year, 1, 1);
    }

    /** The last day of the lunar year that ends just before {@link #tet(int)} (29 or 30 tháng Chạp). */
    public LocalDate lunarNewYearsEve(int year) {
        return tet(year).minusDays(1);
    }

    /** Giỗ Tổ Hùng Vương: 10th day of the 3rd lunar month of the lunar year starting in the given year. */
    public LocalDate hungKings(int year) {
        return toSolar(year, 3, 10);
    }

    /**
     * Same computation with an arbitrary ICU Chinese-type calendar; lets tests compare with stock ICU (UTC+8) without
     * duplicating the field handling.
     */
    static LocalDate toSolar(ChineseCalendar calendar, int lunarYear, int lunarMonth, int lunarDay, boolean leap) {
        if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
            throw new IllegalArgumentException("Invalid lunar date " + lunarDay + "/" + lunarMonth);
        }
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, lunarYear + EXTENDED_YEAR_OFFSET);
        calendar.set(Calendar.MONTH, lunarMonth - 1);
        calendar.set(Calendar.IS_LEAP_MONTH, leap ? 1 : 0);
        calendar.set(Calendar.DAY_OF_MONTH, lunarDay);
        return LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - (long) JULIAN_DAY_OF_EPOCH);
    }
}
