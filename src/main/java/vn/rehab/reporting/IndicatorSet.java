package vn.rehab.reporting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counted indicators of a period, per commune, and the on-time table per step and agency over all of them.
 * Every figures map has every counted id of {@link IndicatorCatalog}, zero when nothing was counted.
 *
 * @param asOf the moment "open and past due" and "at the end of the period" were judged at (the period end, or
 *     now when the period has not ended yet)
 */
public record IndicatorSet(LocalDate from, LocalDate to, Date asOf, Map<String, Map<String, Long>> byCommune,
    List<StepTimeliness> timeliness) {

  public static Map<String, Long> zeros() {
    Map<String, Long> m = new LinkedHashMap<>();
    IndicatorCatalog.countedIds().forEach(id -> m.put(id, 0L));
    return m;
  }

  /** The sum over every commune of the set. */
  public Map<String, Long> total() {
    return sum(byCommune.keySet());
  }

  /** The sum over some communes (those outside the set count nothing). */
  public Map<String, Long> sum(Collection<String> communes) {
    Map<String, Long> total = zeros();
    for (String commune : communes) {
      Map<String, Long> f = byCommune.get(commune);
      if (f != null) {
        f.forEach((id, n) -> total.merge(id, n, Long::sum));
      }
    }
    return total;
  }

  /** The derived percentages of a figures map: on-time rate and supervision coverage (null: nothing to divide). */
  public static Map<String, Double> rates(Map<String, Long> f) {
    Map<String, Double> rates = new LinkedHashMap<>();
    rates.put(IndicatorCatalog.ON_TIME_RATE,
        StepTimeliness.rate(f.get(IndicatorCatalog.TASKS_ON_TIME), f.get(IndicatorCatalog.TASKS_LATE)));
    long completed = f.get("closed.voluntary-treatment.completed") + f.get("closed.compulsory-commitment.completed");
    long supervised = f.get(IndicatorCatalog.SUPERVISION_FROM_TREATMENT);
    rates.put(IndicatorCatalog.SUPERVISION_COVERAGE,
        completed == 0 ? null : Math.round(1000.0 * supervised / completed) / 10.0);
    return rates;
  }
}
