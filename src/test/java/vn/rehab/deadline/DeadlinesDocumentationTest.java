package vn.rehab.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import vn.rehab.calendar.DeadlineUnit;
import vn.rehab.calendar.Deadlines;
import vn.rehab.escalation.EscalationSettings;
import vn.rehab.escalation.EscalationTimes;
import vn.rehab.testing.TestEngines;

/**
 * Keeps docs/deadlines.md honest: its table lists exactly the rows of the deadline CSVs, and its worked examples
 * are what the code computes.
 */
class DeadlinesDocumentationTest {

  static final Path DOC = Path.of("docs/deadlines.md");
  static final List<String> TABLE_HEADER = List.of("Step", "Regime", "Limit", "From", "Provision", "Confidence");

  /** The cells of the rows of the table whose header is {@link #TABLE_HEADER}. */
  static List<List<String>> documentedRows() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      if (!line.trim().startsWith("|")) {
        inTable = false;
        continue;
      }
      List<String> cells = cells(line);
      if (cells.equals(TABLE_HEADER)) {
        inTable = true;
      } else if (inTable && !cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
        rows.add(cells);
      }
    }
    return rows;
  }

  static List<String> cells(String line) {
    String t = line.trim();
    t = t.substring(1, t.endsWith("|") ? t.length() - 1 : t.length());
    return Arrays.stream(t.split("\\|", -1)).map(c -> c.trim().replace("`", "")).toList();
  }

  static List<String> expectedRow(DeadlineRule r) {
    return List.of(r.step(), r.regime(), r.amount() + " " + r.unit().code(), r.from(), r.provision(),
        r.confidence());
  }

  @Test
  void theTableListsEveryRowOfTheDeadlineFilesAndNothingElse() throws IOException {
    Set<List<String>> expected = new LinkedHashSet<>();
    for (DeadlineTableFilesTest.FileRow row : DeadlineTableFilesTest.allRows()) {
      expected.add(expectedRow(row.rule()));
    }
    List<List<String>> documented = documentedRows();

    List<List<String>> missing = expected.stream().filter(r -> !documented.contains(r)).toList();
    List<List<String>> stale = documented.stream().filter(r -> !expected.contains(r)).toList();
    assertThat(missing).withFailMessage("docs/deadlines.md §7 misses %d row(s) of src/main/resources/deadlines/*.csv;"
        + " add these lines to its table:%n%s", missing.size(),
        String.join(System.lineSeparator(), missing.stream().map(DeadlinesDocumentationTest::markdown).toList()))
        .isEmpty();
    assertThat(stale).as("rows in docs/deadlines.md that are not in the CSVs").isEmpty();
    assertThat(documented).as("each row once").doesNotHaveDuplicates();
  }

  /** A table line as the docs write it (backticks are ignored when comparing). */
  static String markdown(List<String> row) {
    String regime = row.get(1).equals("*") ? "`*`" : row.get(1);
    return "| `" + row.get(0) + "` | " + regime + " | " + row.get(2) + " | `" + row.get(3) + "` | " + row.get(4)
        + " | " + row.get(5) + " |";
  }

  @Test
  void theWorkedExamplesAreWhatTheCodeComputes() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Deadlines deadlines = new Deadlines(TestEngines.CALENDAR);

    var tet = deadlines.calculate("2026-02-12", DeadlineUnit.WORKING_DAYS, 3);
    assertThat(tet.due()).isEqualTo(ZonedDateTime.parse("2026-02-24T23:59:59+07:00[Asia/Ho_Chi_Minh]"));
    assertThat(tet.skippedDaysOff()).extracting(d -> d.date().toString()).containsExactly("2026-02-14",
        "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21",
        "2026-02-22");
    assertThat(doc).contains("`2026-02-24T23:59:59+07:00`");

    assertThat(deadlines.daysAfter("2026-02-12", 5)).isEqualTo(date("2026-02-23T23:59:59+07:00"));
    assertThat(deadlines.monthsAfter("2026-01-17", 1)).isEqualTo(date("2026-02-23T23:59:59+07:00"));
    assertThat(deadlines.hoursAfter("2026-02-13T15:00:00+07:00", 24)).isEqualTo(date("2026-02-14T15:00:00+07:00"));
    assertThat(doc).contains("`2026-02-23T23:59:59+07:00`").contains("`2026-02-14T15:00:00+07:00`");

    try {
      ClockUtil.setCurrentTime(date("2026-02-12T10:00:00+07:00"));
      Date reminder = new EscalationTimes(TestEngines.CALENDAR, EscalationSettings.defaults())
          .reminderAt(tet.dueAsDate());
      assertThat(reminder).isEqualTo(date("2026-02-23T08:00:00+07:00"));
      assertThat(doc).contains("`2026-02-23T08:00:00+07:00`");
    } finally {
      ClockUtil.reset();
    }
  }

  static Date date(String iso) {
    return Date.from(ZonedDateTime.parse(iso).toInstant());
  }
}
