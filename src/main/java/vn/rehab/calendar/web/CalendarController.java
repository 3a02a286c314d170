package vn.rehab.calendar.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.rehab.calendar.DataOrigin;
import vn.rehab.calendar.DayOff;
import vn.rehab.calendar.DeadlineInputException;
import vn.rehab.calendar.DeadlineResult;
import vn.rehab.calendar.DeadlineUnit;
import vn.rehab.calendar.Deadlines;
import vn.rehab.calendar.EventTime;
import vn.rehab.calendar.WorkingDayCalendar;
import vn.rehab.calendar.YearCalendar;

/**
 * Read-only calendar API: deadline preview and the days off of a year. Parameters are read as strings and validated
 * here so that every bad input becomes a 400 with a Vietnamese message (no framework binding errors, no 500).
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    private static final Logger log = LoggerFactory.getLogger(CalendarController.class);
    private static final Map<String, DeadlineUnit> UNIT_PARAMETERS = Map.of(
            "workingDays", DeadlineUnit.WORKING_DAYS,
            "days", DeadlineUnit.DAYS,
            "months", DeadlineUnit.MONTHS,
            "hours", DeadlineUnit.HOURS,
            "daysBefore", DeadlineUnit.DAYS_BEFORE);
    private static final String UNIT_LIST = "workingDays, days, months, hours, daysBefore";

    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;

    public CalendarController(Deadlines deadlines, WorkingDayCalendar calendar) {
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    /** {@code GET /api/calendar/deadline?from=2027-02-03&workingDays=3} (exactly one unit parameter). */
    @GetMapping("/deadline")
    public DeadlineResponse deadline(@RequestParam MultiValueMap<String, String> parameters) {
        String from = single(parameters, "from");
        DeadlineUnit unit = null;
        String amountText = null;
        for (String name : parameters.keySet()) {
            if (name.equals("from")) {
                continue;
            }
            DeadlineUnit candidate = UNIT_PARAMETERS.get(name);
            if (candidate == null) {
                throw badRequest("Tham số không được hỗ trợ: \"" + shorten(name) + "\". Dùng from và đúng một trong: "
                        + UNIT_LIST + ".", "Unknown deadline parameter");
            }
            if (unit != null) {
                throw badRequest("Chỉ được chọn một đơn vị thời hạn (một trong: " + UNIT_LIST + ").",
                        "More than one deadline unit");
            }
            unit = candidate;
            amountText = single(parameters, name);
        }
        if (unit == null) {
            throw badRequest("Thiếu đơn vị thời hạn: thêm đúng một tham số trong: " + UNIT_LIST + ".",
                    "Deadline unit missing");
        }
        if (from == null) {
            throw badRequest("Thiếu tham số from (ngày bắt đầu tính thời hạn, dạng yyyy-MM-dd).",
                    "Deadline start missing");
        }
        int amount = parseInt(amountText, "Số " + unit.vietnameseName() + " phải là số nguyên từ 0 đến "
                + unit.maxAmount() + ".");
        DeadlineResult result = deadlines.calculate(from, unit, amount);
        EventTime event = EventTime.of(from);
        List<DayOffView> skipped = result.skippedDaysOff().stream().map(DayOffView::brief).toList();
        return new DeadlineResponse(
                event.dateOnly() ? event.day().toString()
                        : result.event().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                unit.code(), amount, result.due().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                result.dueDate().toString(), skipped, result.statutoryFallback());
    }

    /** {@code GET /api/calendar/days-off?year=2027}. */
    @GetMapping("/days-off")
    public DaysOffResponse daysOff(@RequestParam MultiValueMap<String, String> parameters) {
        String yearText = single(parameters, "year");
        if (yearText == null) {
            throw badRequest("Thiếu tham số year (năm, từ " + MIN_YEAR + " đến " + MAX_YEAR + ").", "Year missing");
        }
        String rangeMessage = "Năm phải là số nguyên từ " + MIN_YEAR + " đến " + MAX_YEAR + ".";
        int year = parseInt(yearText, rangeMessage);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw badRequest(rangeMessage, "Year outside " + MIN_YEAR + ".." + MAX_YEAR);
        }
        YearCalendar data = calendar.year(year);
        boolean fallback = data.origin() == DataOrigin.STATUTORY_FALLBACK;
        List<DayOffView> daysOff = new ArrayList<>();
        data.daysOff().forEach(d -> daysOff.add(DayOffView.full(d)));
        List<DayOffView> working = data.workingSaturdays().stream()
                .map(w -> new DayOffView(w.date().toString(), w.name(), w.source(), w.confidence()))
                .toList();
        return new DaysOffResponse(year, fallback ? "statutory-fallback" : "announced", fallback, daysOff, working);
    }

    @ExceptionHandler(DeadlineInputException.class)
    public ResponseEntity<Map<String, String>> badInput(DeadlineInputException e) {
        log.debug("Rejected calendar request: {}", e.getLogMessage());
        Map<String, String> body = new LinkedHashMap<>();
        body.put("message", e.getMessage());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(body);
    }

    private static String single(MultiValueMap<String, String> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw badRequest("Tham số " + name + " chỉ được có một giá trị.", "Repeated parameter");
        }
        return values.get(0);
    }

    private static int parseInt(String text, String message) {
        try {
            return Integer.parseInt(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw badRequest(message, "Not an integer");
        }
    }

    private static String shorten(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }

    private static DeadlineInputException badRequest(String vietnamese, String english) {
        return new DeadlineInputException(vietnamese, english);
    }

    /** Response of {@code /deadline}; dates as ISO strings so the JSON does not depend on Jackson settings. */
    public record DeadlineResponse(String from, String unit, int amount, String due, String dueDate,
                                   List<DayOffView> skippedDaysOff, boolean statutoryFallback) {
    }

    /** Response of {@code /days-off}. */
    public record DaysOffResponse(int year, String origin, boolean statutoryFallback, List<DayOffView> daysOff,
                                  List<DayOffView> workingSaturdays) {
    }

    /** A day with its name; source and confidence are omitted (null) in the deadline response. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record DayOffView(String date, String name, String source, String confidence) {

        static DayOffView brief(DayOff dayOff) {
            return new DayOffView(dayOff.date().toString(), dayOff.name(), null, null);
        }

        static DayOffView full(DayOff dayOff) {
            return new DayOffView(dayOff.date().toString(), dayOff.name(), dayOff.source(), dayOff.confidence());
        }
    }
}
