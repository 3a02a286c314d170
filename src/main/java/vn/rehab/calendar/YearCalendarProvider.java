package vn.rehab.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Supplies the {@link YearCalendar} of a year, in this order of precedence:
 * <ol>
 *   <li>{@code days-off-YYYY.yaml} in the directory {@code rehab.calendar.days-off-dir} (lets operators enter a newly
 *       announced schedule without a rebuild; read at startup, so a restart applies changes);</li>
 *   <li>{@code classpath:calendar/days-off-YYYY.yaml} shipped with the application;</li>
 *   <li>the statutory fallback ({@link StatutoryHolidays}), logged once per year at WARN.</li>
 * </ol>
 * Results are cached per instance; nothing is static, so tests can build independent instances.
 */
@Component
public class YearCalendarProvider {

    public static final int MIN_YEAR = 1900;
    /** Above the API's 2200 so that long deadlines starting in 2200 can still be computed. */
    public static final int MAX_YEAR = 2300;

    private static final Logger log = LoggerFactory.getLogger(YearCalendarProvider.class);
    private static final Pattern FILE_NAME = Pattern.compile("days-off-(\\d{4})\\.ya?ml");
    private static final String CLASSPATH_DIR = "calendar/";

    private final DaysOffFileParser parser = new DaysOffFileParser();
    private final StatutoryHolidays statutory;
    private final Map<Integer, YearCalendar> overrides;
    private final ConcurrentMap<Integer, YearCalendar> cache = new ConcurrentHashMap<>();

    /** Spring constructor: settings from application properties (see docs/calendar.md). */
    @Autowired
    public YearCalendarProvider(
            @Value("${rehab.calendar.days-off-dir:}") String daysOffDir,
            @Value("${rehab.calendar.national-day-adjacent-day:AUTO}") String nationalDayAdjacentDay,
            @Value("${rehab.calendar.culture-day-first-year:}") String cultureDayFirstYear) {
        this(daysOffDir == null || daysOffDir.isBlank() ? null : Path.of(daysOffDir.trim()),
                new HolidayRules(parseAdjacentDay(nationalDayAdjacentDay), parseYear(cultureDayFirstYear)));
    }

    /**
     * Plain constructor for tests and non-Spring use.
     *
     * @param overrideDir directory with days-off-YYYY.yaml files taking precedence over the classpath, or null
     */
    public YearCalendarProvider(Path overrideDir, HolidayRules rules) {
        this.statutory = new StatutoryHolidays(new VietnameseLunarCalendar(), rules);
        this.overrides = overrideDir == null ? Map.of() : readOverrides(overrideDir);
    }

    /** The calendar of the year; throws {@link IllegalArgumentException} outside {@value #MIN_YEAR}..{@value #MAX_YEAR}. */
    public YearCalendar forYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("Year " + year + " outside " + MIN_YEAR + ".." + MAX_YEAR);
        }
        return cache.computeIfAbsent(year, this::load);
    }

    private YearCalendar load(int year) {
        YearCalendar override = overrides.get(year);
        if (override != null) {
            return override;
        }
        String resource = CLASSPATH_DIR + "days-off-" + year + ".yaml";
        ClassLoader loader = YearCalendarProvider.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in != null) {
                return parser.parse(in, "classpath:" + resource, year);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Once per year and instance (computeIfAbsent): deadlines in this year may miss the Government's extra days.
        log.warn("No announced days-off data for year {}: using the statutory fallback (Labour Code 2019 Art. 112 "
                + "holidays plus days in lieu). Add days-off-{}.yaml once the Government announces the schedule.",
                year, year);
        return statutory.forYear(year);
    }

    private Map<Integer, YearCalendar> readOverrides(Path dir) {
        if (!Files.isDirectory(dir)) {
            // Fail at startup rather than silently falling back to other data.
            throw new CalendarDataException("rehab.calendar.days-off-dir is not a directory: " + dir);
        }
        Map<Integer, YearCalendar> result = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                Matcher matcher = FILE_NAME.matcher(file.getFileName().toString());
                if (matcher.matches() && Files.isRegularFile(file)) {
                    int year = Integer.parseInt(matcher.group(1));
                    try (InputStream in = Files.newInputStream(file)) {
                        if (result.put(year, parser.parse(in, file.toString(), year)) != null) {
                            throw new CalendarDataException("Two days-off files for year " + year + " in " + dir);
                        }
                    }
                    log.info("Days off for year {} are read from override file {}", year, file);
                }
            }
        } catch (IOException e) {
            throw new CalendarDataException("Cannot read rehab.calendar.days-off-dir " + dir, e);
        }
        return Collections.unmodifiableMap(result);
    }

    private static NationalDayAdjacentDay parseAdjacentDay(String value) {
        if (value == null || value.isBlank()) {
            return NationalDayAdjacentDay.AUTO;
        }
        try {
            return NationalDayAdjacentDay.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CalendarDataException("rehab.calendar.national-day-adjacent-day must be AUTO, BEFORE or AFTER, "
                    + "not '" + value + "'", e);
        }
    }

    private static Integer parseYear(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new CalendarDataException("rehab.calendar.culture-day-first-year must be a year, not '" + value + "'",
                    e);
        }
    }
}
