package vn.rehab.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlinesTest {

    private final Deadlines deadlines = new Deadlines(WorkingDayCalendar.withBundledData());

    @Test
    void workingDaysAfterEndsAtMidnightVietnamTime() {
        Date due = deadlines.workingDaysAfter("2026-02-12", 2);
        assertThat(due.toInstant()).isEqualTo(Instant.parse("2026-02-23T16:59:59Z"));
    }

    @Test
    void workedExampleAcrossTet2027() {
        DeadlineResult result = deadlines.calculate("2027-02-03", DeadlineUnit.WORKING_DAYS, 3);
        assertThat(result.due()).isEqualTo(ZonedDateTime.parse("2027-02-15T23:59:59+07:00[Asia/Ho_Chi_Minh]"));
        assertThat(result.statutoryFallback()).isTrue();
        assertThat(result.skippedDaysOff()).extracting(DayOff::date).containsExactly(
                LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7),
                LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10),
                LocalDate.of(2027, 2, 11));
    }

    @Test
    void acceptedEventTypesGiveTheSameDeadline() {
        Instant expected = Instant.parse("2025-02-03T16:59:59Z");
        // 24 Jan 2025 (Friday) in Vietnam, in every accepted form.
        Object[] sameDay = {
            "2025-01-24",
            " 2025-01-24 ",
            LocalDate.of(2025, 1, 24),
            Instant.parse("2025-01-24T02:00:00Z"),
            "2025-01-23T17:30:00Z", // 00:30 on the 24th in Vietnam, although still the 23rd in UTC
            "2025-01-24T08:00:00+07:00",
            "2025-01-24T08:00:00",
            ZonedDateTime.of(2025, 1, 24, 9, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")),
            OffsetDateTime.parse("2025-01-24T10:00:00+07:00"),
            LocalDateTime.of(2025, 1, 24, 10, 0),
            Date.from(Instant.parse("2025-01-24T03:00:00Z")),
            java.sql.Date.valueOf(LocalDate.of(2025, 1, 24)),
        };
        for (Object start : sameDay) {
            assertThat(deadlines.workingDaysAfter(start, 1).toInstant()).as("%s", start).isEqualTo(expected);
        }
    }

    @Test
    void jvmTimeZoneDoesNotMatter() {
        TimeZone original = TimeZone.getDefault();
        try {
            Date utc = deadlines.workingDaysAfter(new Date(Instant.parse("2025-01-23T18:00:00Z").toEpochMilli()), 1);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Date losAngeles = deadlines.workingDaysAfter(
                    new Date(Instant.parse("2025-01-23T18:00:00Z").toEpochMilli()), 1);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Date kiritimati = deadlines.daysAfter("2025-01-24", 0);
            assertThat(utc).isEqualTo(losAngeles).isEqualTo(Date.from(Instant.parse("2025-02-03T16:59:59Z")));
            assertThat(kiritimati).isEqualTo(Date.from(Instant.parse("2025-01-24T16:59:59Z")));
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @ParameterizedTest(name = "{0} + {1} days = {2}")
    @CsvSource({
        "2025-01-20, 3, 2025-01-23", // working day: no shift
        "2025-01-20, 5, 2025-02-03", // Sat 25 Jan (Tết break) → Monday 3 Feb
        "2025-06-10, 4, 2025-06-16", // ordinary Saturday → Monday
        "2025-04-21, 5, 2025-04-26", // the compensation Saturday is a working day
        "2025-01-24, 0, 2025-01-24",
    })
    void daysAfterMovesOffDaysToTheNextWorkingDay(LocalDate event, int n, LocalDate due) {
        assertThat(deadlines.calculate(event, DeadlineUnit.DAYS, n).dueDate()).isEqualTo(due);
    }

    @Test
    void monthsAfter() {
        assertThat(deadlines.calculate("2025-01-31", DeadlineUnit.MONTHS, 1).dueDate())
                .isEqualTo(LocalDate.of(2025, 2, 28)); // no 31 Feb → last day of February (a Friday)
        DeadlineResult tet = deadlines.calculate("2026-01-14", DeadlineUnit.MONTHS, 1);
        assertThat(tet.dueDate()).isEqualTo(LocalDate.of(2026, 2, 23)); // 14 Feb is in the Tết break
        assertThat(tet.skippedDaysOff()).hasSize(9);
        assertThat(tet.statutoryFallback()).isFalse();
        assertThat(deadlines.monthsAfter("2025-03-10", 12).toInstant())
                .isEqualTo(Instant.parse("2026-03-10T16:59:59Z"));
    }

    @Test
    void hoursAfterRunsThroughNightsAndHolidays() {
        Date start = Date.from(Instant.parse("2025-01-28T03:15:00Z"));
        assertThat(deadlines.hoursAfter(start, 48).toInstant()).isEqualTo(Instant.parse("2025-01-30T03:15:00Z"));
        // A date-only event is the end of that day in Vietnam.
        assertThat(deadlines.hoursAfter("2025-01-28", 24).toInstant())
                .isEqualTo(Instant.parse("2025-01-29T16:59:59Z"));
        assertThat(deadlines.calculate(start, DeadlineUnit.HOURS, 48).skippedDaysOff()).isEmpty();
    }

    @Test
    void daysBeforeIsNotShifted() {
        // 10 days before 4 Feb 2025 = 25 Jan 2025, a day of the Tết break: kept as it is.
        assertThat(deadlines.daysBefore("2025-02-04", 10).toInstant())
                .isEqualTo(Instant.parse("2025-01-25T16:59:59Z"));
    }

    @Test
    void skippedDaysOffAndFallbackFlag() {
        DeadlineResult result = deadlines.calculate("2026-04-29", DeadlineUnit.WORKING_DAYS, 1);
        assertThat(result.dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(result.skippedDaysOff()).extracting(DayOff::name)
                .contains("Ngày Chiến thắng (30/4)", "Ngày Quốc tế Lao động (1/5)");
        assertThat(result.statutoryFallback()).isFalse();
        assertThat(deadlines.calculate("2026-12-30", DeadlineUnit.WORKING_DAYS, 3).statutoryFallback()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"WORKING_DAYS, -1", "WORKING_DAYS, 3651", "DAYS, 3651", "MONTHS, 121", "HOURS, 8761",
        "DAYS_BEFORE, -5", "HOURS, -1"})
    void absurdAmountsAreRejected(DeadlineUnit unit, int amount) {
        assertThatThrownBy(() -> deadlines.calculate("2025-01-01", unit, amount))
                .isInstanceOf(DeadlineInputException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phải là số nguyên từ 0 đến " + unit.maxAmount());
    }

    @Test
    void largestAmountsAreAccepted() {
        assertThat(deadlines.workingDaysAfter("2025-01-01", 3650)).isNotNull();
        assertThat(deadlines.monthsAfter("2200-12-31", 120)).isNotNull();
        assertThat(deadlines.hoursAfter("2025-01-01", 8760)).isNotNull();
    }

    @Test
    void missingStartIsRejectedInVietnamese() {
        assertThatThrownBy(() -> deadlines.workingDaysAfter(null, 3))
                .isInstanceOf(DeadlineInputException.class)
                .hasMessage("Thiếu ngày bắt đầu tính thời hạn.");
        assertThatThrownBy(() -> deadlines.daysAfter("   ", 3))
                .isInstanceOf(DeadlineInputException.class)
                .hasMessage("Thiếu ngày bắt đầu tính thời hạn.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13-01", "2025-02-30", "03/02/2027", "abc", "2027-2-3", "2025-01-01T25:00:00Z"})
    void malformedStartIsRejected(String start) {
        assertThatThrownBy(() -> deadlines.workingDaysAfter(start, 3))
                .isInstanceOf(DeadlineInputException.class)
                .hasMessageStartingWith("Ngày bắt đầu tính thời hạn không hợp lệ")
                .satisfies(e -> assertThat(((DeadlineInputException) e).getLogMessage())
                        .startsWith("Malformed deadline start").doesNotContain(start));
    }

    @Test
    void unsupportedTypeAndYearRangeAreRejected() {
        assertThatThrownBy(() -> deadlines.workingDaysAfter(42L, 3))
                .isInstanceOf(DeadlineInputException.class).hasMessageContaining("không được hỗ trợ");
        assertThatThrownBy(() -> deadlines.workingDaysAfter("1899-12-31", 3))
                .isInstanceOf(DeadlineInputException.class).hasMessageContaining("1900–2200");
        assertThatThrownBy(() -> deadlines.workingDaysAfter("2201-01-01", 3))
                .isInstanceOf(DeadlineInputException.class);
    }
}
