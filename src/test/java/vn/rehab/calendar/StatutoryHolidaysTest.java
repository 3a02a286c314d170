package vn.rehab.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutoryHolidaysTest {

    private final StatutoryHolidays defaults =
            new StatutoryHolidays(new VietnameseLunarCalendar(), HolidayRules.defaults());

    @Test
    void year2027FallbackHasTheLabourCodeHolidaysAndDaysInLieu() {
        YearCalendar year = defaults.forYear(2027);

        assertThat(year.origin()).isEqualTo(DataOrigin.STATUTORY_FALLBACK);
        assertThat(year.workingSaturdays()).isEmpty();
        assertThat(dates(year)).containsExactly(
                LocalDate.of(2027, 1, 1),
                // Tết Đinh Mùi = Sat 6 Feb 2027: 30 Chạp (Fri 5) + mùng 1–4; Sat 6 and Sun 7 give days in lieu.
                LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7),
                LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9),
                LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11),
                LocalDate.of(2027, 4, 16), // Giỗ Tổ, Friday
                LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 1), // 1 May is a Saturday…
                LocalDate.of(2027, 5, 3), // …so Monday 3 May in lieu
                LocalDate.of(2027, 9, 2), LocalDate.of(2027, 9, 3)); // Thursday → Friday 3 Sep
        assertThat(year.dayOff(LocalDate.of(2027, 5, 3)).name()).isEqualTo("Nghỉ bù Ngày Quốc tế Lao động (1/5)");
        assertThat(year.dayOff(LocalDate.of(2027, 5, 3)).source()).contains("Điều 111");
        assertThat(year.daysOff()).allSatisfy(d -> assertThat(d.confidence()).isEqualTo("statutory"));
    }

    /** The AUTO rule reproduces the adjacent day the Government chose in 2021–2026. */
    @ParameterizedTest
    @CsvSource({
        "2021, 2021-09-03", // Thursday → Friday
        "2022, 2022-09-01", // Friday → Thursday
        "2023, 2023-09-01", // Saturday → Friday (plus Monday 4 Sep in lieu)
        "2024, 2024-09-03", // Monday → Tuesday
        "2025, 2025-09-01", // Tuesday → Monday
        "2026, 2026-09-01"  // Wednesday → Tuesday
    })
    void nationalDayAdjacentDayAuto(int yearNumber, LocalDate adjacent) {
        YearCalendar year = defaults.forYear(yearNumber);
        assertThat(year.dayOff(adjacent)).isNotNull();
        assertThat(year.dayOff(adjacent).name()).isEqualTo("Quốc khánh (ngày liền kề)");
    }

    @Test
    void nationalDayOnSaturdayGivesMondayInLieu() {
        YearCalendar year = defaults.forYear(2023);
        assertThat(year.dayOff(LocalDate.of(2023, 9, 4)).name()).isEqualTo("Nghỉ bù Quốc khánh (2/9)");
    }

    @Test
    void adjacentDayCanBeForced() {
        StatutoryHolidays after = new StatutoryHolidays(new VietnameseLunarCalendar(),
                new HolidayRules(NationalDayAdjacentDay.AFTER, null));
        assertThat(after.forYear(2025).dayOff(LocalDate.of(2025, 9, 3))).isNotNull();
        assertThat(after.forYear(2025).dayOff(LocalDate.of(2025, 9, 1))).isNull();
    }

    @Test
    void cultureDayIsOnlyAHolidayWhenConfigured() {
        assertThat(defaults.forYear(2027).dayOff(LocalDate.of(2027, 11, 24))).isNull();

        StatutoryHolidays withCultureDay = new StatutoryHolidays(new VietnameseLunarCalendar(),
                new HolidayRules(NationalDayAdjacentDay.AUTO, 2027));
        assertThat(withCultureDay.forYear(2026).dayOff(LocalDate.of(2026, 11, 24))).isNull();
        assertThat(withCultureDay.forYear(2027).dayOff(LocalDate.of(2027, 11, 24)).name())
                .isEqualTo("Ngày Văn hóa Việt Nam (24/11)");
        // 24 Nov 2029 is a Saturday → Monday 26 Nov in lieu.
        assertThat(withCultureDay.forYear(2029).dayOff(LocalDate.of(2029, 11, 26))).isNotNull();
    }

    @Test
    void everyYearOfTheSupportedRangeCanBeComputed() {
        for (int y = 1900; y <= 2300; y += 7) {
            assertThat(defaults.forYear(y).daysOff()).hasSizeGreaterThanOrEqualTo(11);
        }
    }

    private static List<LocalDate> dates(YearCalendar year) {
        return year.daysOff().stream().map(DayOff::date).toList();
    }
}
