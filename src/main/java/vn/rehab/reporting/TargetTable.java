package vn.rehab.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rehab.reporting.IndicatorReport.LocalityFigures;
import vn.rehab.reporting.IndicatorReport.TargetComparison;

/**
 * The report laid out as the seed's table (Kế hoạch 146/KH-UBND, Phụ biểu 01 "Chỉ tiêu cai nghiện ma túy, quản lý
 * sau cai"): one row per locality (the communes counted, then the other localities with targets, e.g. former
 * districts), the "Cộng" row last; per column the target and what was done. One model for the CSV and the .xlsx,
 * so that both files always carry the same figures.
 */
record TargetTable(String title, String subtitle, List<Row> rows) {

  /** The seed's columns, in its order. */
  static final List<String> COLUMNS = List.of(IndicatorCatalog.TREATMENT_TOTAL, IndicatorCatalog.TREATMENT_COMPULSORY,
      IndicatorCatalog.TREATMENT_VOLUNTARY, "support.vocational-training", "support.job-placement");
  /** The seed's column headings (its bottom header row); the facility column's name is the seed's, shortened. */
  static final List<String> COLUMN_NAMES = List.of("Tổng số", "Cai nghiện tập trung tại cơ sở",
      "Cai nghiện tại gia đình, cộng đồng", "Đào tạo nghề", "Giải quyết việc làm");

  /**
   * One locality: {@code number} is the seed's "TT" (blank for "Cộng"); {@code targets} and {@code actuals} follow
   * {@link #COLUMNS}, null where there is no target or nothing is counted.
   */
  record Row(String number, String name, String code, List<Double> targets, List<Double> actuals) {}

  static TargetTable of(IndicatorReport r) {
    String title = "CHỈ TIÊU CAI NGHIỆN MA TÚY, QUẢN LÝ SAU CAI NĂM " + r.targets().year() + " – " + r.provinceName()
        + (r.targets().demo() ? " (CHỈ TIÊU LÀ SỐ MINH HỌA)" : "");
    String subtitle = "Thực hiện từ " + r.targets().actualFrom() + " đến " + r.targets().actualTo()
        + "; số liệu tính lúc " + r.asOf();
    Map<String, Map<String, TargetComparison>> byLocality = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (TargetComparison t : r.targets().rows()) {
      byLocality.computeIfAbsent(t.localityCode(), k -> new LinkedHashMap<>()).put(t.indicator(), t);
      names.put(t.localityCode(), t.localityName());
    }
    Map<String, TargetComparison> provinceTargets = byLocality.remove(r.provinceCode());
    List<Row> rows = new ArrayList<>();
    int n = 0;
    for (LocalityFigures l : r.localities()) {
      rows.add(row(String.valueOf(++n), l.name(), l.code(), byLocality.remove(l.code()), l.figures()));
    }
    for (Map.Entry<String, Map<String, TargetComparison>> e : byLocality.entrySet()) {
      rows.add(row(String.valueOf(++n), names.get(e.getKey()), e.getKey(), e.getValue(), null));
    }
    rows.add(row("", "Cộng", r.provinceCode(), provinceTargets, r.total()));
    return new TargetTable(title, subtitle, List.copyOf(rows));
  }

  /** Targets from the comparison; actual figures from it, or from the commune's own figures when it has none. */
  private static Row row(String number, String name, String code, Map<String, TargetComparison> targets,
      Map<String, Long> figures) {
    List<Double> planned = new ArrayList<>();
    List<Double> done = new ArrayList<>();
    for (String id : COLUMNS) {
      TargetComparison t = targets == null ? null : targets.get(id);
      planned.add(t == null ? null : t.target());
      Long counted = figures == null ? null : figures.get(id);
      done.add(t != null ? t.actual() : counted == null ? null : counted.doubleValue());
    }
    return new Row(number, name, code, planned, done);
  }
}
