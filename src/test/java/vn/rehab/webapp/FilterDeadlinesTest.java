package vn.rehab.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.rehab.calendar.VietnamTime;
import vn.rehab.calendar.WorkingDayCalendar;

/** The "Sắp đến hạn" limit: start of the working day after the 2nd working day, in Vietnam, skipping days off. */
class FilterDeadlinesTest {

  final FilterDeadlines deadlines = new FilterDeadlines(WorkingDayCalendar.withBundledData());

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void twoWorkingDaysFromAThursdayEndBeforeTuesday() {
    at("2026-03-05T10:00"); // Thursday: Friday and Monday are the two working days
    assertThat(deadlines.dueWithinWorkingDays(2)).isEqualTo(vietnam("2026-03-10T00:00"));
  }

  @Test
  void theDayIsVietnamsEvenLateInTheEveningUtc() {
    at("2026-03-05T23:30"); // 16:30 UTC on Thursday, already Thursday night in Hà Nội
    assertThat(deadlines.dueWithinWorkingDays(2)).isEqualTo(vietnam("2026-03-10T00:00"));
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-03-05T17:30Z").toInstant())); // Friday 00:30 VN
    assertThat(deadlines.dueWithinWorkingDays(2)).isEqualTo(vietnam("2026-03-11T00:00"));
  }

  @Test
  void tetDaysOffAreSkipped() {
    // Tết 2026: days off 14-22 February 2026 (Sat-Sun included); Friday 13 Feb is a working day.
    at("2026-02-12T09:00"); // Thursday
    assertThat(deadlines.dueWithinWorkingDays(2)).isEqualTo(vietnam("2026-02-24T00:00"));
  }

  private static void at(String vietnamLocal) {
    ClockUtil.setCurrentTime(vietnam(vietnamLocal));
  }

  private static Date vietnam(String local) {
    return Date.from(java.time.LocalDateTime.parse(local).atZone(VietnamTime.ZONE).toInstant());
  }
}
