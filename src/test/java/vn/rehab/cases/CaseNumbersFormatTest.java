package vn.rehab.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseNumbersFormatTest {

  @Test
  void caseNumbersAreProvinceYearAndASixDigitSequence() {
    assertThat(CaseNumbers.format("QN", 2026, 123)).isEqualTo("QN-2026-000123");
    assertThat(CaseNumbers.format("QNG", 2027, 999_999)).isEqualTo("QNG-2027-999999");
  }

  @Test
  void inMemoryNumbersCountPerProvinceAndYear() {
    InMemoryCaseNumbers numbers = new InMemoryCaseNumbers();
    assertThat(numbers.next("QN", 2026)).isEqualTo("QN-2026-000001");
    assertThat(numbers.next("QN", 2026)).isEqualTo("QN-2026-000002");
    assertThat(numbers.next("QN", 2027)).isEqualTo("QN-2027-000001");
    assertThat(numbers.next("QNG", 2026)).isEqualTo("QNG-2026-000001");
  }
}
