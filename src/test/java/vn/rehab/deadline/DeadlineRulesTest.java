package vn.rehab.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.rehab.calendar.DeadlineUnit;

/** Reading the deadline table a jurist edits, and choosing the row of a step for a case's regime. */
class DeadlineRulesTest {

  static final String HEADER = "step,regime,amount,unit,from,provision,confidence\n";

  static DeadlineRules parse(String csv) throws IOException {
    return DeadlineRules.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv");
  }

  @Test
  void quotedFieldsKeepTheirCommasAndDoubledQuotes() throws IOException {
    DeadlineRules rules = parse(HEADER
        + "assessment.1.1,*,1,working-days,requestDate,\"L73 Art. 27; D109 Arts. 4-5, 7\",default\n"
        + "voluntary.2.2-supplement,*,5,working-days,supplementRequestedDate,"
        + "\"D116 Art. 29 (\"\"hướng dẫn\"\", bổ sung)\",default\n");

    assertThat(rules.all()).hasSize(2);
    DeadlineRule first = rules.all().get(0);
    assertThat(first).isEqualTo(new DeadlineRule("assessment.1.1", "*", 1, DeadlineUnit.WORKING_DAYS, "requestDate",
        "L73 Art. 27; D109 Arts. 4-5, 7", "default"));
    assertThat(rules.all().get(1).provision()).isEqualTo("D116 Art. 29 (\"hướng dẫn\", bổ sung)");
    assertThat(DeadlineRules.splitCsv("a,\"b,c\",,d")).containsExactly("a", "b,c", "", "d");
  }

  @Test
  void commentsBlankLinesTheHeaderAndAByteOrderMarkAreSkipped() throws IOException {
    DeadlineRules rules = parse("\uFEFF# comment, with a comma\n\n# another\n" + HEADER + "\n"
        + "voluntary.2.3,L120,24,hours,dossierReceivedAt,D163 Art. 91(1),confirmed\n"
        + "# trailing comment\n");
    assertThat(rules.all()).singleElement().satisfies(r -> {
      assertThat(r.step()).isEqualTo("voluntary.2.3");
      assertThat(r.unit()).isEqualTo(DeadlineUnit.HOURS);
      assertThat(r.amount()).isEqualTo(24);
    });
  }

  @Test
  void everyUnitCodeIsRead() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER);
    for (DeadlineUnit unit : DeadlineUnit.values()) {
      csv.append("s.").append(unit.code()).append(",*,2,").append(unit.code()).append(",x,p,confirmed\n");
    }
    assertThat(parse(csv.toString()).all()).extracting(DeadlineRule::unit).containsExactly(DeadlineUnit.values());
  }

  @Test
  void badRowsNameTheFileLineAndProblem() {
    assertThatThrownBy(() -> parse(HEADER + "voluntary.2.3,L73,3,workdays,dossierReceivedDate,D116,confirmed\n"))
        .hasMessageContaining("test.csv line 2").hasMessageContaining("unknown unit 'workdays'")
        .hasMessageContaining("voluntary.2.3");
    assertThatThrownBy(() -> parse("# c\n" + HEADER + "voluntary.2.3,L73,3,working-days,d,D116 Art. 30, 31,confirmed\n"))
        .hasMessageContaining("test.csv line 3").hasMessageContaining("expected 7 columns").hasMessageContaining("found 8");
    assertThatThrownBy(() -> parse(HEADER + "voluntary.2.3,L73,three,working-days,d,D116,confirmed\n"))
        .hasMessageContaining("amount 'three'");
  }

  @Test
  void aRegimeSpecificRowWinsOverTheStarRowWhateverTheOrder() {
    DeadlineRule star = new DeadlineRule("s", "*", 5, DeadlineUnit.WORKING_DAYS, "d", "p*", "default");
    DeadlineRule l120 = new DeadlineRule("s", "L120", 24, DeadlineUnit.HOURS, "at", "p120", "confirmed");
    for (DeadlineRules rules : List.of(new DeadlineRules(List.of(star, l120)), new DeadlineRules(List.of(l120, star)))) {
      assertThat(rules.find("s", "L120")).contains(l120);
      assertThat(rules.find("s", "L73")).contains(star);
      assertThat(rules.find("s", "*")).contains(star);
      assertThat(rules.find("other", "L120")).isEmpty();
    }
    assertThat(new DeadlineRules(List.of(l120)).find("s", "L73")).isEmpty();
  }
}
