package vn.rehab.reporting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rehab.reporting.IndicatorReport.LocalityFigures;
import vn.rehab.reporting.IndicatorReport.TargetComparison;

/**
 * The report as a spreadsheet (CSV, UTF-8 with a byte-order mark so that Excel reads the Vietnamese letters) in
 * the layout of the seed's table (Kế hoạch 146/KH-UBND, Phụ biểu 01): one row per locality, the treatment target
 * in total, at a facility, at home or in the community, then vocational training and job placement; each with the
 * target and what was done ("Chỉ tiêu" / "Thực hiện").
 */
public final class ReportCsv {

  static final List<String> COLUMNS = List.of(IndicatorCatalog.TREATMENT_TOTAL, IndicatorCatalog.TREATMENT_COMPULSORY,
      IndicatorCatalog.TREATMENT_VOLUNTARY, "support.vocational-training", "support.job-placement");
  static final List<String> COLUMN_NAMES = List.of("Tổng số", "Cai nghiện tập trung tại cơ sở",
      "Cai nghiện tại gia đình, cộng đồng", "Đào tạo nghề", "Giải quyết việc làm");

  private ReportCsv() {}

  public static byte[] write(IndicatorReport r) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("CHỈ TIÊU CAI NGHIỆN MA TÚY, QUẢN LÝ SAU CAI NĂM " + r.targets().year() + " – "
        + r.provinceName() + (r.targets().demo() ? " (CHỈ TIÊU LÀ SỐ MINH HỌA)" : "")));
    rows.add(List.of("Thực hiện từ " + r.targets().actualFrom() + " đến " + r.targets().actualTo()
        + "; số liệu tính lúc " + r.asOf()));
    List<String> header = new ArrayList<>(List.of("TT", "Địa phương, đơn vị", "Mã"));
    for (String name : COLUMN_NAMES) {
      header.add(name + " – Chỉ tiêu");
      header.add(name + " – Thực hiện");
    }
    rows.add(header);
    Map<String, Map<String, TargetComparison>> byLocality = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (TargetComparison t : r.targets().rows()) {
      byLocality.computeIfAbsent(t.localityCode(), k -> new LinkedHashMap<>()).put(t.indicator(), t);
      names.put(t.localityCode(), t.localityName());
    }
    Map<String, TargetComparison> provinceTargets = byLocality.remove(r.provinceCode());
    int n = 0;
    for (LocalityFigures l : r.localities()) {
      rows.add(row(String.valueOf(++n), l.name(), l.code(), byLocality.remove(l.code()), l.figures()));
    }
    for (Map.Entry<String, Map<String, TargetComparison>> e : byLocality.entrySet()) {
      rows.add(row(String.valueOf(++n), names.get(e.getKey()), e.getKey(), e.getValue(), null));
    }
    rows.add(row("", "Cộng", r.provinceCode(), provinceTargets, r.total()));
    StringBuilder out = new StringBuilder("\uFEFF");
    for (List<String> row : rows) {
      out.append(String.join(",", row.stream().map(ReportCsv::quote).toList())).append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Targets from the comparison; actual figures from it, or from the commune's own figures when it has none. */
  private static List<String> row(String number, String name, String code, Map<String, TargetComparison> targets,
      Map<String, Long> figures) {
    List<String> cells = new ArrayList<>(List.of(number, name, code));
    for (String id : COLUMNS) {
      TargetComparison t = targets == null ? null : targets.get(id);
      cells.add(t == null ? "" : ReportSummary.number(t.target()));
      Double actual = t != null ? t.actual() : figures == null ? null : figures.get(id).doubleValue();
      cells.add(actual == null ? "" : ReportSummary.number(actual));
    }
    return cells;
  }

  static String quote(String cell) {
    return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
        ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }
}
