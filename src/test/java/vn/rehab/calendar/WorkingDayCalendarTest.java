package vn.rehab.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.withBundledData();

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // Tết Ất Tỵ 2025: off Sat 25 Jan – Sun 2 Feb.
        "2025-01-23, 1, 2025-01-24",
        "2025-01-23, 2, 2025-02-03",
        "2025-01-24, 1, 2025-02-03", // start on a Friday, right before the break
        "2025-01-29, 1, 2025-02-03", // start on a holiday (mùng 1 Tết)
        "2025-01-29, 3, 2025-02-05",
        // Tết Bính Ngọ 2026: off Sat 14 – Sun 22 Feb.
        "2026-02-12, 2, 2026-02-23",
        "2026-02-13, 1, 2026-02-23",
        "2026-02-17, 5, 2026-02-27",
        // 30/4–1/5 2025: Saturday 26 Apr worked, off Wed 30 Apr – Sun 4 May.
        "2025-04-25, 1, 2025-04-26", // Friday → the compensation Saturday counts
        "2025-04-25, 2, 2025-04-28",
        "2025-04-29, 1, 2025-05-05",
        // Giỗ Tổ 2026 (Sunday 26 Apr → Monday 27 Apr in lieu) and 30/4–1/5 2026 (Thu–Fri).
        "2026-04-24, 1, 2026-04-28",
        "2026-04-24, 3, 2026-05-04",
        // 2/9 2025: off Sat 30 Aug – Tue 2 Sep.
        "2025-08-29, 1, 2025-09-03",
        // 2/9 2026: Saturday 22 Aug worked; off Sat 29 Aug – Wed 2 Sep.
        "2026-08-21, 1, 2026-08-22",
        "2026-08-28, 1, 2026-09-03",
        // Tết Dương lịch 2026: off Thu 1 – Sun 4 Jan; Saturday 10 Jan worked.
        "2025-12-31, 1, 2026-01-05",
        "2026-01-09, 1, 2026-01-10",
        // Ordinary Friday: the weekend is skipped.
        "2025-06-13, 1, 2025-06-16",
        // N = 0 is the event day itself.
        "2025-01-29, 0, 2025-01-29",
    })
    void addWorkingDays(LocalDate event, int n, LocalDate expected) {
        assertThat(calendar.addWorkingDays(event, n)).isEqualTo(expected);
    }

    @Test
    void workingDaysAndDaysOff() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).as("compensation Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).as("swapped Friday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).as("ordinary Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
        assertThat(calendar.dayOff(LocalDate.of(2026, 4, 27))).get()
                .extracting(DayOff::name).isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.workingDayOnOrAfter(LocalDate.of(2026, 2, 23))).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.workingSaturdays(2026)).extracting(WorkingSaturday::date)
                .containsExactly(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22));
    }

    @Test
    void announcedYearsAreNotFallback() {
        assertThat(calendar.usesStatutoryFallback(2025)).isFalse();
        assertThat(calendar.usesStatutoryFallback(2026)).isFalse();
        assertThat(calendar.usesStatutoryFallback(2027)).isTrue();
        assertThat(calendar.daysOff(2026)).extracting(DayOff::date)
                .contains(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 9, 1))
                .doesNotContain(LocalDate.of(2026, 11, 24));
    }

    @Test
    void statutoryFallbackYearIncludesDayInLieu() {
        // 2027 has no file: 1 May 2027 is a Saturday, so Monday 3 May is off.
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 4, 29), 1)).isEqualTo(LocalDate.of(2027, 5, 4));
    }

    @Test
    void tet2027WorkedExample() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 2, 3), 3)).isEqualTo(LocalDate.of(2027, 2, 15));
    }

    @Test
    void negativeCountIsRejected() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2025, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yearOutsideSupportedRangeIsRejected() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(1899, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
