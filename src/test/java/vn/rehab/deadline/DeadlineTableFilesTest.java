package vn.rehab.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every row of every shipped deadline table ({@code src/main/resources/deadlines/*.csv}) is well-formed, so that a
 * jurist's edit that breaks a row fails the build and not a case.
 */
class DeadlineTableFilesTest {

  static final Path DIR = Path.of("src/main/resources/deadlines");
  static final Set<String> CONFIDENCE = Set.of("confirmed", "reported", "default");
  static final Set<String> REGIMES = Set.of("L73", "L120", "*");

  /** One row of one file, as read by the production parser. */
  record FileRow(Path file, DeadlineRule rule) {
    String procedure() {
      String name = file.getFileName().toString();
      return name.substring(0, name.length() - ".csv".length());
    }
  }

  static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
  }

  static List<FileRow> allRows() throws IOException {
    List<FileRow> rows = new ArrayList<>();
    for (Path file : files()) {
      try (InputStream in = Files.newInputStream(file)) {
        DeadlineRules.read(in, file.toString()).all().forEach(r -> rows.add(new FileRow(file, r)));
      }
    }
    return rows;
  }

  @Test
  void everyFileHasTheHeaderAndEveryDataLineBecomesARow() throws IOException {
    assertThat(files()).extracting(p -> p.getFileName().toString()).contains("assessment.csv", "voluntary.csv");
    for (Path file : files()) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
      assertThat(lines.get(0)).as(file + " header").isEqualTo("step,regime,amount,unit,from,provision,confidence");
      try (InputStream in = Files.newInputStream(file)) {
        assertThat(DeadlineRules.read(in, file.toString()).all()).as(file + " rows").hasSize(lines.size() - 1);
      }
    }
  }

  @Test
  void everyRowIsComplete() throws IOException {
    List<FileRow> rows = allRows();
    assertThat(rows).isNotEmpty();
    for (FileRow row : rows) {
      DeadlineRule r = row.rule();
      String where = row.file() + " " + r.step() + " " + r.regime();
      assertThat(r.step()).as(where + ": step belongs to the file's procedure")
          .startsWith(row.procedure() + ".").matches("[a-z]+\\.[0-9a-z.-]+");
      assertThat(r.regime()).as(where + ": regime").isIn(REGIMES);
      assertThat(r.amount()).as(where + ": amount").isBetween(0, r.unit().maxAmount());
      assertThat(r.from()).as(where + ": from is a variable name").matches("[a-z][A-Za-z0-9]*");
      assertThat(r.provision()).as(where + ": provision").isNotBlank();
      assertThat(r.confidence()).as(where + ": confidence").isIn(CONFIDENCE);
    }
  }

  @Test
  void noStepHasTwoRowsForTheSameRegime() throws IOException {
    Set<String> seen = new HashSet<>();
    for (FileRow row : allRows()) {
      assertThat(seen.add(row.rule().step() + "|" + row.rule().regime()))
          .as("duplicate row " + row.rule().step() + " " + row.rule().regime()).isTrue();
    }
  }

  @Test
  void theApplicationLoadsEveryRowOfEveryFile() throws IOException {
    assertThat(DeadlineRules.fromClasspath().all())
        .containsExactlyInAnyOrderElementsOf(allRows().stream().map(FileRow::rule).toList());
  }
}
