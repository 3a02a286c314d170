package vn.rehab.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class YearCalendarProviderTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(YearCalendarProvider.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @TempDir
    Path overrideDir;

    @BeforeEach
    void captureLog() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(appender);
    }

    @Test
    void fallbackYearIsLoggedOnceAtWarn() {
        YearCalendarProvider provider = new YearCalendarProvider(null, HolidayRules.defaults());

        provider.forYear(2031);
        provider.forYear(2031);
        new WorkingDayCalendar(provider).addWorkingDays(LocalDate.of(2031, 1, 1), 40);

        List<ILoggingEvent> warnings = appender.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getFormattedMessage())
                .contains("year 2031", "statutory fallback")
                .doesNotContainPattern("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệ]");
    }

    @Test
    void announcedYearIsNotWarned() {
        new YearCalendarProvider(null, HolidayRules.defaults()).forYear(2026);
        assertThat(appender.list).noneMatch(e -> e.getLevel() == Level.WARN);
    }

    @Test
    void overrideDirectoryWinsOverClasspath() throws IOException {
        write("days-off-2026.yaml", """
                year: 2026
                daysOff:
                  - date: 2026-11-24
                    name: Ngày Văn hóa Việt Nam
                    source: test override
                workingSaturdays:
                  - {date: "2026-11-28", name: Làm bù}
                """);
        WorkingDayCalendar calendar = new WorkingDayCalendar(new YearCalendarProvider(overrideDir,
                HolidayRules.defaults()));

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isTrue();
        // The override replaces the whole year: the classpath's Tết days are no longer there.
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isTrue();
        assertThat(calendar.year(2026).location()).endsWith("days-off-2026.yaml").doesNotStartWith("classpath:");
        // Other years still come from the classpath.
        assertThat(calendar.year(2025).location()).isEqualTo("classpath:calendar/days-off-2025.yaml");
    }

    @Test
    void overrideDirectoryThroughSpringConstructor() throws IOException {
        write("days-off-2030.yaml", "year: 2030\ndaysOff:\n  - {date: 2030-03-02, name: Thử nghiệm}\n");
        YearCalendarProvider provider = new YearCalendarProvider(overrideDir.toString(), "before", "");
        assertThat(provider.forYear(2030).origin()).isEqualTo(DataOrigin.ANNOUNCED);
        assertThat(new YearCalendarProvider("", "", "").forYear(2030).origin())
                .isEqualTo(DataOrigin.STATUTORY_FALLBACK);
    }

    @Test
    void badOverrideFilesFailAtStartup() throws IOException {
        write("days-off-2030.yaml", "year: 2031\ndaysOff:\n  - {date: 2030-03-02, name: x}\n");
        assertThatThrownBy(() -> new YearCalendarProvider(overrideDir, HolidayRules.defaults()))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("year: 2030");

        write("days-off-2030.yaml", "year: 2030\ndaysOff:\n  - {date: 2031-03-02, name: x}\n");
        assertThatThrownBy(() -> new YearCalendarProvider(overrideDir, HolidayRules.defaults()))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("not in year 2030");

        write("days-off-2030.yaml", "year: 2030\ndaysOff:\n  - {date: 2030-02-30, name: x}\n");
        assertThatThrownBy(() -> new YearCalendarProvider(overrideDir, HolidayRules.defaults()))
                .isInstanceOf(CalendarDataException.class);

        write("days-off-2030.yaml", "year: 2030\ndaysOff:\n  - !!java.io.File {}\n");
        assertThatThrownBy(() -> new YearCalendarProvider(overrideDir, HolidayRules.defaults()))
                .isInstanceOf(CalendarDataException.class);

        assertThatThrownBy(() -> new YearCalendarProvider(overrideDir.resolve("missing"), HolidayRules.defaults()))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("not a directory");
        assertThatThrownBy(() -> new YearCalendarProvider("", "sideways", ""))
                .isInstanceOf(CalendarDataException.class);
    }

    @Test
    void bundledFilesAreConsistent() {
        YearCalendarProvider provider = new YearCalendarProvider(null, HolidayRules.defaults());
        for (int year : new int[] {2025, 2026}) {
            YearCalendar data = provider.forYear(year);
            assertThat(data.origin()).isEqualTo(DataOrigin.ANNOUNCED);
            assertThat(data.location()).isEqualTo("classpath:calendar/days-off-" + year + ".yaml");
            assertThat(data.daysOff()).allSatisfy(d -> {
                assertThat(d.source()).isNotBlank();
                assertThat(d.confidence()).isIn("confirmed", "reported");
            });
            assertThat(data.workingSaturdays())
                    .allSatisfy(w -> assertThat(w.date().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY));
            // The fixed statutory holidays and Tết itself are in the announced data.
            VietnameseLunarCalendar lunar = new VietnameseLunarCalendar();
            assertThat(data.daysOff()).extracting(DayOff::date).contains(
                    LocalDate.of(year, 1, 1), lunar.tet(year), lunar.hungKings(year), LocalDate.of(year, 4, 30),
                    LocalDate.of(year, 5, 1), LocalDate.of(year, 9, 2));
        }
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(overrideDir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
