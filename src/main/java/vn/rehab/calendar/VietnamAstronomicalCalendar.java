package vn.rehab.calendar;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * ICU's Chinese lunisolar calendar, but with new moons and solar terms reckoned at the meridian 105°E (UTC+7).
 *
 * <p>The Vietnamese and Chinese lunar calendars use the same rules; they differ only in the meridian used to decide on
 * which civil day a new moon (and so the 1st of a month) falls. ICU's {@code DangiCalendar} does the same for Korea
 * (UTC+9) through this protected constructor. Fields are computed in UTC so that a day number maps to a
 * {@code LocalDate} without any zone arithmetic (the callers convert via Julian day numbers, never via millis).
 *
 * <p>Vietnam switched from the UTC+8 to the UTC+7 meridian for its lunar calendar in 1968 (North) / 1975 (whole
 * country); dates before 1968 computed here are those of a hypothetical UTC+7 calendar.
 */
final class VietnamAstronomicalCalendar extends ChineseCalendar {

    private static final long serialVersionUID = 1L;

    /** Same epoch as ICU's Chinese calendar (2637 BCE), so EXTENDED_YEAR numbering matches stock ICU. */
    static final int CHINESE_EPOCH_YEAR = -2636;

    private static final TimeZone VIETNAM_MERIDIAN = new SimpleTimeZone(7 * 3_600_000, "UTC+07:00").freeze();

    // ICU marks this constructor "internal, deprecated" although its own DangiCalendar relies on it; the lunar
    // tests (61 years against an independent algorithm) will catch an ICU upgrade that changes it.
    @SuppressWarnings("deprecation")
    VietnamAstronomicalCalendar() {
        super(TimeZone.getTimeZone("UTC"), ULocale.ROOT, CHINESE_EPOCH_YEAR, VIETNAM_MERIDIAN);
    }
}
