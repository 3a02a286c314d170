package vn.rehab.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.rehab.deadline.DeadlineRule;
import vn.rehab.deadline.DeadlineRules;

/** A row of the deadline table, read by the table's own reader, in the words the handbook prints. */
class HandbookDeadlineWordingTest {

  private static DeadlineRule row(String csvRow) throws Exception {
    String table = "step,regime,amount,unit,from,provision,confidence\n" + csvRow + "\n";
    return DeadlineRules.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))).all().get(0);
  }

  /** Each unit of the table once, with the sentence a lawyer expects; the event is named by the caller. */
  static List<List<String>> rows() {
    return List.of(
        List.of("x.1,L73,3,working-days,d,\"D116 Art. 30(1)\",confirmed", "3 ngày làm việc kể từ ngày nhận đủ hồ sơ"),
        List.of("x.1,L120,24,hours,d,D163 Art. 91,confirmed", "24 giờ kể từ ngày nhận đủ hồ sơ"),
        List.of("x.1,*,2,days,d,D163 Art. 92,reported", "2 ngày kể từ ngày nhận đủ hồ sơ"),
        List.of("x.1,*,6,months,d,L73 Art. 30,default", "6 tháng kể từ ngày nhận đủ hồ sơ"),
        List.of("x.1,*,3,days-before,d,D163 Art. 93,default", "chậm nhất 3 ngày trước ngày nhận đủ hồ sơ"),
        List.of("x.1,*,0,days-before,d,D163 Art. 93,default", "chậm nhất vào ngày nhận đủ hồ sơ"));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void aRowReadsAsALegalSentence(List<String> rowAndSentence) throws Exception {
    assertThat(DeadlineWording.describe(row(rowAndSentence.get(0)), "ngày nhận đủ hồ sơ"))
        .isEqualTo(rowAndSentence.get(1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"confirmed, đã đối chiếu", "reported, chưa đối chiếu", "default, cần luật gia xác nhận"})
  void confidenceIsSaidInWords(String code, String words) {
    assertThat(DeadlineWording.confidence(code)).contains(words).doesNotContain(code);
  }
}
