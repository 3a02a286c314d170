package vn.rehab.calendar.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import vn.rehab.calendar.Deadlines;
import vn.rehab.calendar.WorkingDayCalendar;

/** Standalone MockMvc: no application context needed (the main class belongs to another module owner). */
class CalendarControllerTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.withBundledData();
    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new CalendarController(new Deadlines(calendar), calendar))
            .build();

    @Test
    void deadlineInWorkingDays() throws Exception {
        mvc.perform(get("/api/calendar/deadline").param("from", "2027-02-03").param("workingDays", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2027-02-03"))
                .andExpect(jsonPath("$.unit").value("working-days"))
                .andExpect(jsonPath("$.amount").value(3))
                .andExpect(jsonPath("$.due").value("2027-02-15T23:59:59+07:00"))
                .andExpect(jsonPath("$.dueDate").value("2027-02-15"))
                .andExpect(jsonPath("$.skippedDaysOff.length()").value(7))
                .andExpect(jsonPath("$.skippedDaysOff[0].date").value("2027-02-05"))
                .andExpect(jsonPath("$.skippedDaysOff[0].name").value(containsString("Tết Nguyên đán")))
                .andExpect(jsonPath("$.skippedDaysOff[0]", not(hasKey("source"))))
                .andExpect(jsonPath("$.statutoryFallback").value(true));
    }

    @Test
    void deadlineInOtherUnits() throws Exception {
        mvc.perform(get("/api/calendar/deadline?from=2026-01-14&months=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("months"))
                .andExpect(jsonPath("$.dueDate").value("2026-02-23"))
                .andExpect(jsonPath("$.statutoryFallback").value(false));
        mvc.perform(get("/api/calendar/deadline?from=2025-01-20&days=5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").value("2025-02-03"));
        mvc.perform(get("/api/calendar/deadline").param("from", "2025-01-28T10:15:00+07:00").param("hours", "48"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-01-28T10:15:00+07:00"))
                .andExpect(jsonPath("$.due").value("2025-01-30T10:15:00+07:00"));
    }

    @Test
    void daysOffOfAnAnnouncedYear() throws Exception {
        mvc.perform(get("/api/calendar/days-off?year=2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.origin").value("announced"))
                .andExpect(jsonPath("$.statutoryFallback").value(false))
                .andExpect(jsonPath("$.daysOff[0].date").value("2026-01-01"))
                .andExpect(jsonPath("$.daysOff[0].name").value("Tết Dương lịch"))
                .andExpect(jsonPath("$.daysOff[0].source").value(containsString("Điều 112")))
                .andExpect(jsonPath("$.workingSaturdays[0].date").value("2026-01-10"));
    }

    @Test
    void daysOffOfAFallbackYear() throws Exception {
        mvc.perform(get("/api/calendar/days-off").param("year", "2027"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.origin").value("statutory-fallback"))
                .andExpect(jsonPath("$.statutoryFallback").value(true))
                .andExpect(jsonPath("$.workingSaturdays.length()").value(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "from=2027-02-03&workingDays=99999 | phải là số nguyên từ 0 đến 3650",
        "from=2027-02-03&workingDays=-1    | phải là số nguyên từ 0 đến 3650",
        "from=2027-02-03&months=121        | từ 0 đến 120",
        "from=2027-02-03&hours=abc         | phải là số nguyên",
        "from=2027-02-03&workingDays=      | phải là số nguyên",
        "from=2027-13-03&workingDays=3     | không hợp lệ",
        "from=03/02/2027&workingDays=3     | không hợp lệ",
        "from=&workingDays=3               | Thiếu ngày bắt đầu",
        "workingDays=3                     | Thiếu tham số from",
        "from=2027-02-03&weeks=3           | Tham số không được hỗ trợ",
        "from=2027-02-03                   | Thiếu đơn vị thời hạn",
        "from=2027-02-03&days=3&hours=4    | Chỉ được chọn một đơn vị",
        "from=2027-02-03&days=3&days=4     | chỉ được có một giá trị",
        "from=1850-01-01&days=3            | 1900–2200",
    })
    void badDeadlineRequestsGive400WithAVietnameseMessage(String query, String message) throws Exception {
        mvc.perform(get("/api/calendar/deadline?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString(message)))
                .andExpect(jsonPath("$", not(hasKey("trace"))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "year=1899  | từ 1900 đến 2200",
        "year=2201  | từ 1900 đến 2200",
        "year=20x7  | Năm phải là số nguyên",
        "''         | Thiếu tham số year",
        "year=      | Năm phải là số nguyên",
    })
    void badDaysOffRequestsGive400(String query, String message) throws Exception {
        mvc.perform(get("/api/calendar/days-off?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString(message)));
    }
}
