package vn.rehab.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

    private static final VietnameseLunarCalendar LUNAR = new VietnameseLunarCalendar();
    private static List<String[]> expected;

    @BeforeAll
    static void readExpectedDates() throws IOException {
        expected = new ArrayList<>();
        try (InputStream in = VietnameseLunarCalendarTest.class.getResourceAsStream(
                "/calendar/lunar-expected-1990-2050.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("year") && !line.isBlank())
                    .forEach(line -> expected.add(line.split(",")));
        }
    }

    @Test
    void tetAndHungKingsMatchHoNgocDucAlgorithmForEveryYear1990To2050() {
        assertThat(expected).hasSize(61);
        for (String[] row : expected) {
            int year = Integer.parseInt(row[0]);
            assertThat(LUNAR.tet(year)).as("Tết %d", year).isEqualTo(LocalDate.parse(row[1]));
            assertThat(LUNAR.hungKings(year)).as("Giỗ Tổ %d", year).isEqualTo(LocalDate.parse(row[2]));
        }
    }

    @Test
    void stockIcuAtTheChineseMeridianMatchesTheSameAlgorithmAtUtc8() {
        // Shows that the only difference between the two calendars is the meridian.
        for (String[] row : expected) {
            int year = Integer.parseInt(row[0]);
            assertThat(chineseTet(year)).as("Chinese new year %d", year).isEqualTo(LocalDate.parse(row[3]));
        }
    }

    @ParameterizedTest
    @CsvSource({"2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2007, 2007-02-17",
        "1985, 1985-01-21", "2027, 2027-02-06"})
    void wellKnownTetDates(int year, LocalDate tet) {
        assertThat(LUNAR.tet(year)).isEqualTo(tet);
    }

    /**
     * Stock ICU reckons at UTC+8 and gives other dates. 1985 and 2007 are real differences between the published
     * Chinese and Vietnamese calendars; for 2027 the Chinese new moon is within minutes of Beijing midnight, so the
     * UTC+8 value is only what ICU's (and Hồ Ngọc Đức's) approximate astronomy gives (see docs/calendar.md).
     */
    @ParameterizedTest
    @CsvSource({"1985, 1985-01-21, 1985-02-20", "2007, 2007-02-17, 2007-02-18", "2027, 2027-02-06, 2027-02-07"})
    void stockIcuAtUtc8GivesADifferentDate(int year, LocalDate vietnam, LocalDate china) {
        assertThat(LUNAR.tet(year)).isEqualTo(vietnam);
        assertThat(chineseTet(year)).isEqualTo(china).isNotEqualTo(LUNAR.tet(year));
    }

    @Test
    void stockIcuDiffersFromOursIn2007And2027Between1990And2050() {
        List<Integer> differing = new ArrayList<>();
        for (int year = 1990; year <= 2050; year++) {
            if (!LUNAR.tet(year).equals(chineseTet(year))) {
                differing.add(year);
            }
        }
        assertThat(differing).containsExactly(2007, 2027);
    }

    @Test
    void hungKingsKnownDates() {
        assertThat(LUNAR.hungKings(2025)).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(LUNAR.hungKings(2026)).isEqualTo(LocalDate.of(2026, 4, 26));
    }

    @Test
    void toLunarIsTheInverseOfToSolar() {
        assertThat(LUNAR.toLunar(LocalDate.of(2026, 2, 17))).isEqualTo(new LunarDate(2026, 1, 1, false));
        assertThat(LUNAR.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(new LunarDate(2025, 12, 29, false));
        assertThat(LUNAR.toLunar(LocalDate.of(2025, 1, 27))).isEqualTo(new LunarDate(2024, 12, 28, false));
        assertThat(LUNAR.lunarNewYearsEve(2026)).isEqualTo(LocalDate.of(2026, 2, 16));
        // 2025 had a leap 6th month: 25 Jul 2025 = 1/6 nhuận Ất Tỵ (also per Hồ Ngọc Đức's algorithm).
        LunarDate leap = LUNAR.toLunar(LocalDate.of(2025, 7, 25));
        assertThat(leap.leapMonth()).isTrue();
        assertThat(leap.month()).isEqualTo(6);
        assertThat(leap.day()).isEqualTo(1);
        assertThat(LUNAR.toSolar(leap.year(), leap.month(), leap.day(), true)).isEqualTo(LocalDate.of(2025, 7, 25));
    }

    private static LocalDate chineseTet(int year) {
        return VietnameseLunarCalendar.toSolar(new ChineseCalendar(TimeZone.getTimeZone("UTC")), year, 1, 1, false);
    }
}
