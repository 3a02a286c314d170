package vn.rehab.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeTest {

  @Test
  void fullYearsTurnOnTheBirthday() {
    LocalDate born = LocalDate.of(2008, 5, 17);
    assertThat(Age.fullYears(born, LocalDate.of(2026, 5, 16))).isEqualTo(17);
    assertThat(Age.fullYears(born, LocalDate.of(2026, 5, 17))).isEqualTo(18);
    assertThat(Age.fullYears(born, born)).isZero();
  }

  @Test
  void someoneBornOn29FebruaryTurnsAYearOlderOn1MarchInACommonYear() {
    LocalDate born = LocalDate.of(2008, 2, 29);
    assertThat(Age.fullYears(born, LocalDate.of(2026, 2, 28))).isEqualTo(17);
    assertThat(Age.fullYears(born, LocalDate.of(2026, 3, 1))).isEqualTo(18);
    // In a leap year, on the day itself.
    assertThat(Age.fullYears(born, LocalDate.of(2024, 2, 28))).isEqualTo(15);
    assertThat(Age.fullYears(born, LocalDate.of(2024, 2, 29))).isEqualTo(16);
  }

  @Test
  void aBirthDateAfterTheReferenceDateIsAnError() {
    assertThatThrownBy(() -> Age.fullYears(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
