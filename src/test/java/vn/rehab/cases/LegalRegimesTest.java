package vn.rehab.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegalRegimesTest {

  final LegalRegimes regimes = LegalRegimes.standard();

  @Test
  void law73AppliesBefore1July2026AndLaw120FromThatDay() {
    assertThat(regimes.on(LocalDate.of(2022, 1, 1))).isEqualTo("L73");
    assertThat(regimes.on(LocalDate.of(2026, 6, 30))).isEqualTo("L73");
    assertThat(regimes.on(LocalDate.of(2026, 7, 1))).isEqualTo("L120");
    assertThat(regimes.on(LocalDate.of(2040, 1, 1))).isEqualTo("L120");
  }

  @Test
  void noRegimeBeforeTheFirstLawIsAnError() {
    assertThatThrownBy(() -> regimes.on(LocalDate.of(2021, 12, 31))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLaterLawIsOneMoreRow() {
    LegalRegimes later = new LegalRegimes(Map.of(LocalDate.of(2022, 1, 1), "L73", LocalDate.of(2026, 7, 1), "L120",
        LocalDate.of(2030, 1, 1), "L2030"));
    assertThat(later.on(LocalDate.of(2029, 12, 31))).isEqualTo("L120");
    assertThat(later.on(LocalDate.of(2030, 1, 1))).isEqualTo("L2030");
  }
}
