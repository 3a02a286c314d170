package vn.rehab.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdTest {

  static final LocalDate BORN_1990 = LocalDate.of(1990, 5, 17);

  @Test
  void idsAgreeingWithBirthYearAndSexAreAccepted() {
    assertThat(CitizenId.problem("022090123456", BORN_1990, "male")).isEmpty();
    assertThat(CitizenId.problem("022190123456", BORN_1990, "female")).isEmpty();
    assertThat(CitizenId.problem("001205000001", LocalDate.of(2005, 1, 1), "male")).isEmpty();
    assertThat(CitizenId.problem("096309999999", LocalDate.of(2009, 12, 31), "female")).isEmpty();
    assertThat(CitizenId.problem("022000000000", LocalDate.of(1900, 1, 1), "male")).isEmpty();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "02209012345", "0220901234567", "02209012345a", "022 90123456", "０２２０９０１２３４５６"})
  void anythingButTwelveDigitsIsRefused(String value) {
    assertThat(CitizenId.problem(value, BORN_1990, "male")).hasValueSatisfying(m -> assertThat(m).contains("12 chữ số"));
  }

  @Test
  void theFirstThreeDigitsMustBeAProvinceCode() {
    assertThat(CitizenId.problem("000090123456", BORN_1990, "male")).get().asString().contains("001 đến 096");
    assertThat(CitizenId.problem("097090123456", BORN_1990, "male")).get().asString().contains("001 đến 096");
    assertThat(CitizenId.problem("001090123456", BORN_1990, "male")).isEmpty();
    assertThat(CitizenId.problem("096090123456", BORN_1990, "male")).isEmpty();
  }

  @Test
  void birthYearAndCenturyMustAgree() {
    assertThat(CitizenId.problem("022091123456", BORN_1990, "male")).get().asString().contains("năm sinh");
    // Same two digits, other century (2090).
    assertThat(CitizenId.problem("022290123456", BORN_1990, "male")).get().asString().contains("năm sinh");
  }

  @Test
  void sexMustAgree() {
    assertThat(CitizenId.problem("022090123456", BORN_1990, "female")).get().asString().contains("giới tính");
    assertThat(CitizenId.problem("022190123456", BORN_1990, "male")).get().asString().contains("giới tính");
  }

  @Test
  void withoutBirthDateOrSexOnlyTheFormatIsChecked() {
    assertThat(CitizenId.problem("022790123456", null, null)).isEmpty();
    assertThat(CitizenId.problem("022190123456", BORN_1990, null)).isEmpty();
    assertThat(CitizenId.problem("022091123456", null, "male")).isEmpty();
  }
}
