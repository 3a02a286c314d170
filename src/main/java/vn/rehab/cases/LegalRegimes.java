package vn.rehab.cases;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which legal regime a case runs under, by the day it starts (procedures.md §0): {@code L73} (Law 73/2021/QH14)
 * before 1 July 2026, {@code L120} (Law 120/2025/QH15) from that day. Dated configuration, not a constant: a
 * later law adds a row.
 */
public class LegalRegimes {

  private final List<Map.Entry<LocalDate, String>> fromDates;

  public LegalRegimes(Map<LocalDate, String> regimesByEffectiveDate) {
    this.fromDates = regimesByEffectiveDate.entrySet().stream()
        .sorted(Map.Entry.<LocalDate, String>comparingByKey(Comparator.reverseOrder())).toList();
  }

  public static LegalRegimes standard() {
    return new LegalRegimes(Map.of(LocalDate.of(2022, 1, 1), "L73", LocalDate.of(2026, 7, 1), "L120"));
  }

  public String on(LocalDate day) {
    return fromDates.stream().filter(e -> !day.isBefore(e.getKey())).map(Map.Entry::getValue).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No legal regime in force on " + day));
  }
}
