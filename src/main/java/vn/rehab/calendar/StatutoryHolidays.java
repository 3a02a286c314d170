package vn.rehab.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes a year's days off from the law alone, for years whose actual schedule has not been announced (or not been
 * entered in a days-off file):
 * <ul>
 *   <li>Labour Code 2019 Art. 112(1): 1 Jan; Tết 5 days; Hùng Kings (10/3 lunar); 30 Apr; 1 May; 2 Sep plus one
 *       adjacent day; optionally 24 Nov (see {@link HolidayRules});</li>
 *   <li>Tết: the Prime Minister fixes the 5 days each year; we use the last day of the old lunar year and the first 4
 *       days of the new one, the pattern most announcements follow;</li>
 *   <li>Art. 111(3): a holiday falling on the weekly rest day (Saturday or Sunday for public offices) gives a day in
 *       lieu on the next working day.</li>
 * </ul>
 * The Government's extra arrangements (swapped Saturdays, 9-day Tết breaks) cannot be predicted and are not invented.
 */
public final class StatutoryHolidays {

    static final String LABOUR_CODE = "Bộ luật Lao động 2019, Điều 112 khoản 1";
    static final String IN_LIEU_SOURCE = "Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù)";
    static final String CONFIDENCE = "statutory";

    private final VietnameseLunarCalendar lunar;
    private final HolidayRules rules;

    public StatutoryHolidays(VietnameseLunarCalendar lunar, HolidayRules rules) {
        this.lunar = lunar;
        this.rules = rules;
    }

    public YearCalendar forYear(int year) {
        List<DayOff> holidays = new ArrayList<>();
        holidays.add(holiday(LocalDate.of(year, Month.JANUARY, 1), "Tết Dương lịch", "điểm a"));
        LocalDate tet = lunar.tet(year);
        holidays.add(holiday(tet.minusDays(1), "Tết Nguyên đán (ngày cuối năm Âm lịch)", "điểm b"));
        for (int i = 0; i < 4; i++) {
            holidays.add(holiday(tet.plusDays(i), "Tết Nguyên đán (mùng " + (i + 1) + ")", "điểm b"));
        }
        holidays.add(holiday(LocalDate.of(year, Month.APRIL, 30), "Ngày Chiến thắng (30/4)", "điểm c"));
        holidays.add(holiday(LocalDate.of(year, Month.MAY, 1), "Ngày Quốc tế Lao động (1/5)", "điểm d"));
        LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
        holidays.add(holiday(nationalDay, "Quốc khánh (2/9)", "điểm đ"));
        holidays.add(holiday(adjacentNationalDay(nationalDay), "Quốc khánh (ngày liền kề)", "điểm đ"));
        holidays.add(holiday(lunar.hungKings(year), "Giỗ Tổ Hùng Vương (10/3 Âm lịch)", "điểm e"));
        if (rules.cultureDayIsHoliday(year)) {
            holidays.add(new DayOff(LocalDate.of(year, Month.NOVEMBER, 24), "Ngày Văn hóa Việt Nam (24/11)",
                    "Cấu hình rehab.calendar.culture-day-first-year (Nghị quyết 80-NQ/TW)", CONFIDENCE));
        }
        holidays.sort(null);
        return new YearCalendar(year, withDaysInLieu(holidays), List.of(), DataOrigin.STATUTORY_FALLBACK, "statutory");
    }

    private LocalDate adjacentNationalDay(LocalDate nationalDay) {
        LocalDate before = nationalDay.minusDays(1);
        LocalDate after = nationalDay.plusDays(1);
        return switch (rules.nationalDayAdjacentDay()) {
            case BEFORE -> before;
            case AFTER -> after;
            case AUTO -> switch (nationalDay.getDayOfWeek()) {
                // Choose the day that makes one continuous break with the weekend (2021: Thu→3/9; 2024: Mon→3/9).
                case MONDAY, THURSDAY, SUNDAY -> after;
                default -> before;
            };
        };
    }

    /**
     * Adds one day in lieu per holiday on a weekend, on the next day that is neither weekend nor already off. Two
     * holidays on the same date (not possible in 1900–2200 as far as we know, but cheap to guard) are treated alike.
     */
    private static List<DayOff> withDaysInLieu(List<DayOff> sortedHolidays) {
        List<DayOff> result = new ArrayList<>();
        Set<LocalDate> taken = new HashSet<>();
        List<DayOff> needingInLieu = new ArrayList<>();
        for (DayOff holiday : sortedHolidays) {
            if (!taken.add(holiday.date()) || isWeekend(holiday.date())) {
                needingInLieu.add(holiday);
            }
            if (result.stream().noneMatch(d -> d.date().equals(holiday.date()))) {
                result.add(holiday);
            }
        }
        for (DayOff holiday : needingInLieu) {
            LocalDate inLieu = holiday.date().plusDays(1);
            while (isWeekend(inLieu) || taken.contains(inLieu)) {
                inLieu = inLieu.plusDays(1);
            }
            taken.add(inLieu);
            result.add(new DayOff(inLieu, "Nghỉ bù " + holiday.name(), IN_LIEU_SOURCE, CONFIDENCE));
        }
        result.sort(null);
        return result;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static DayOff holiday(LocalDate date, String name, String point) {
        return new DayOff(date, name, LABOUR_CODE + " " + point, CONFIDENCE);
    }
}
