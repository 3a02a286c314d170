package vn.rehab.reporting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as a CSV spreadsheet (UTF-8 with a byte-order mark so that Excel reads the Vietnamese letters) in the
 * layout of the seed's table ({@link TargetTable}); a CSV has one header row, so each column is "name – Chỉ tiêu"
 * and "name – Thực hiện". The .xlsx ({@link ReportXlsx}) has the seed's merged headings.
 */
public final class ReportCsv {

  private ReportCsv() {}

  public static byte[] write(IndicatorReport r) {
    TargetTable table = TargetTable.of(r);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(table.title()));
    rows.add(List.of(table.subtitle()));
    List<String> header = new ArrayList<>(List.of("TT", "Địa phương, đơn vị", "Mã"));
    for (String name : TargetTable.COLUMN_NAMES) {
      header.add(name + " – Chỉ tiêu");
      header.add(name + " – Thực hiện");
    }
    rows.add(header);
    for (TargetTable.Row row : table.rows()) {
      List<String> cells = new ArrayList<>(List.of(row.number(), row.name(), row.code()));
      for (int i = 0; i < TargetTable.COLUMNS.size(); i++) {
        cells.add(text(row.targets().get(i)));
        cells.add(text(row.actuals().get(i)));
      }
      rows.add(cells);
    }
    StringBuilder out = new StringBuilder("\uFEFF");
    for (List<String> row : rows) {
      out.append(String.join(",", row.stream().map(ReportCsv::quote).toList())).append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String text(Double value) {
    return value == null ? "" : ReportSummary.number(value);
  }

  static String quote(String cell) {
    return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
        ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }
}
