package vn.rehab.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one {@code days-off-YYYY.yaml} file (format: docs/calendar.md). Only plain maps, lists and scalars are accepted (SafeConstructor): the files may come from an
 * operator-controlled directory and must not be able to instantiate classes.
 */
final class DaysOffFileParser {

    YearCalendar parse(InputStream in, String location, int expectedYear) {
        Object document;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                    new DumperOptions(), options, new DatesAsStrings());
            document = yaml.load(reader);
        } catch (IOException | RuntimeException e) {
            throw new CalendarDataException("Cannot read days-off file " + location + ": " + e.getMessage(), e);
        }
        if (!(document instanceof Map<?, ?> root)) {
            throw new CalendarDataException("Days-off file " + location + " is not a YAML mapping");
        }
        Object year = root.get("year");
        if (!(year instanceof Integer y) || y != expectedYear) {
            throw new CalendarDataException("Days-off file " + location + " must declare year: " + expectedYear);
        }
        try {
            List<DayOff> daysOff = new ArrayList<>();
            for (Map<?, ?> entry : entries(root, "daysOff", location)) {
                daysOff.add(new DayOff(date(entry, location), required(entry, "name", location),
                        text(entry, "source"), text(entry, "confidence")));
            }
            List<WorkingSaturday> working = new ArrayList<>();
            for (Map<?, ?> entry : entries(root, "workingSaturdays", location)) {
                working.add(new WorkingSaturday(date(entry, location), text(entry, "name"), text(entry, "source"),
                        text(entry, "confidence")));
            }
            if (daysOff.isEmpty()) {
                throw new CalendarDataException("Days-off file " + location + " lists no days off");
            }
            return new YearCalendar(expectedYear, daysOff, working, DataOrigin.ANNOUNCED, location);
        } catch (IllegalArgumentException e) {
            throw new CalendarDataException("Days-off file " + location + ": " + e.getMessage(), e);
        }
    }

    private static List<Map<?, ?>> entries(Map<?, ?> root, String key, String location) {
        Object value = root.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new CalendarDataException("'" + key + "' in " + location + " must be a list");
        }
        List<Map<?, ?>> result = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new CalendarDataException("Each entry of '" + key + "' in " + location + " must be a mapping");
            }
            result.add(map);
        }
        return result;
    }

    private static LocalDate date(Map<?, ?> entry, String location) {
        Object value = entry.get("date");
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new CalendarDataException("Bad date '" + text + "' in " + location, e);
            }
        }
        throw new CalendarDataException("Entry without a valid 'date' in " + location + ": " + entry);
    }

    private static String required(Map<?, ?> entry, String key, String location) {
        String value = text(entry, key);
        if (value == null || value.isBlank()) {
            throw new CalendarDataException("Entry without '" + key + "' in " + location + ": " + entry);
        }
        return value;
    }

    private static String text(Map<?, ?> entry, String key) {
        Object value = entry.get(key);
        return value == null ? null : value.toString().trim();
    }

    /**
     * Keeps unquoted dates as strings: SnakeYAML's own timestamps are lenient (2030-02-30 becomes 2 March), while
     * {@link LocalDate#parse} rejects impossible dates.
     */
    private static final class DatesAsStrings extends Resolver {
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            Tag tag = super.resolve(kind, value, implicit);
            return Tag.TIMESTAMP.equals(tag) ? Tag.STR : tag;
        }
    }
}
