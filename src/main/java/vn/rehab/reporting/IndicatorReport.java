package vn.rehab.reporting;

import java.util.List;
import java.util.Map;

/**
 * A report of one province (or the part of it a user may see): the counted indicators of the period in total and
 * per commune, the derived rates, the on-time table per step and agency, and the comparison with the targets.
 * Only counts, codes and names of places, steps and agencies: no personal data. Served as JSON and stored with
 * each periodic report.
 *
 * @param wholeProvince false when only some of the province's communes were counted (the user's own)
 */
public record IndicatorReport(String provinceCode, String provinceName, String from, String to, String asOf,
    boolean wholeProvince, List<Place> communes, List<IndicatorCatalog.Definition> indicators,
    Map<String, Long> total, Map<String, Double> rates, List<LocalityFigures> localities,
    List<StepTimeliness> timeliness, Targets targets) {

  /** A commune counted. */
  public record Place(String code, String name) {}

  /** The figures of one commune. */
  public record LocalityFigures(String code, String name, Map<String, Long> figures, Map<String, Double> rates) {}

  /**
   * The comparison with the year's targets; actual figures counted from {@code actualFrom} to {@code actualTo}
   * (the plan year to date for a periodic report, the requested range for the API).
   */
  public record Targets(int year, String actualFrom, String actualTo, boolean demo, List<TargetComparison> rows,
      List<String> notes) {}

  /**
   * One target and what was achieved. {@code actual} null: the system does not count it (models, a facility) or
   * the locality has no commune served; {@code percentAchieved} null when the target is 0 or nothing was counted.
   */
  public record TargetComparison(String localityCode, String localityName, String level, String indicator,
      String label, String unit, double target, Double actual, Double percentAchieved, String source, boolean demo,
      String note) {}
}
