package vn.rehab.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as an Excel workbook in the layout of the seed's table (Phụ biểu 01 of Kế hoạch 146/KH-UBND): the
 * same two-level merged headings ("Chỉ tiêu cai nghiện ma túy (lượt người)" over "Tổng số" and "Trong đó" over the
 * facility and home/community columns; "Chỉ tiêu hỗ trợ dạy nghề, tạo việc làm (người)" over vocational training and
 * job placement), with one more heading row splitting each column into "Chỉ tiêu" and "Thực hiện" (the seed has
 * targets only) and a "Mã" column (the locality code, so a row can be matched). Figures are numeric cells; a blank
 * cell is "no target" or "not counted", never zero.
 */
final class ReportXlsx {

  /** First row of figures (0-based): title, period, four heading rows. */
  static final int FIRST_DATA_ROW = 6;
  static final int FIRST_FIGURE_COLUMN = 3;
  static final String FACILITY_HEADING = "Cai nghiện tập trung tại Cơ sở cai nghiện ma túy tỉnh";
  private static final int LAST_COLUMN = FIRST_FIGURE_COLUMN + 2 * TargetTable.COLUMNS.size() - 1;

  private ReportXlsx() {}

  static byte[] write(IndicatorReport report) {
    TargetTable table = TargetTable.of(report);
    try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(book);
      Sheet sheet = book.createSheet("Phụ biểu 01");
      text(sheet, 0, 0, table.title(), styles.title);
      merge(sheet, 0, 0, 0, LAST_COLUMN);
      text(sheet, 1, 0, table.subtitle(), styles.note);
      merge(sheet, 1, 1, 0, LAST_COLUMN);
      headings(sheet, styles.heading);
      int r = FIRST_DATA_ROW;
      for (TargetTable.Row row : table.rows()) {
        boolean total = row.number().isEmpty();
        text(sheet, r, 0, row.number(), total ? styles.totalText : styles.text);
        text(sheet, r, 1, row.name(), total ? styles.totalText : styles.text);
        text(sheet, r, 2, row.code(), total ? styles.totalText : styles.text);
        for (int i = 0; i < TargetTable.COLUMNS.size(); i++) {
          number(sheet, r, FIRST_FIGURE_COLUMN + 2 * i, row.targets().get(i), total ? styles.totalNumber : styles.number);
          number(sheet, r, FIRST_FIGURE_COLUMN + 2 * i + 1, row.actuals().get(i),
              total ? styles.totalNumber : styles.number);
        }
        r++;
      }
      sheet.setColumnWidth(0, 5 * 256);
      sheet.setColumnWidth(1, 34 * 256);
      sheet.setColumnWidth(2, 8 * 256);
      for (int c = FIRST_FIGURE_COLUMN; c <= LAST_COLUMN; c++) {
        sheet.setColumnWidth(c, 11 * 256);
      }
      sheet.createFreezePane(FIRST_FIGURE_COLUMN, FIRST_DATA_ROW);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the report workbook", e);
    }
  }

  /** The seed's heading rows 2–4 (0-based), and our row 5 of "Chỉ tiêu" / "Thực hiện". */
  private static void headings(Sheet sheet, CellStyle style) {
    for (int r = 2; r <= 5; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c <= LAST_COLUMN; c++) {
        row.createCell(c).setCellStyle(style);
      }
    }
    sheet.getRow(3).setHeightInPoints(30);
    sheet.getRow(4).setHeightInPoints(45);
    heading(sheet, 2, 5, 0, 0, "TT");
    heading(sheet, 2, 5, 1, 1, "Địa phương, đơn vị");
    heading(sheet, 2, 5, 2, 2, "Mã");
    int c = FIRST_FIGURE_COLUMN;
    heading(sheet, 2, 2, c, c + 5, "Chỉ tiêu cai nghiện ma túy (lượt người)");
    heading(sheet, 2, 2, c + 6, c + 9, "Chỉ tiêu hỗ trợ dạy nghề, tạo việc làm (người)");
    heading(sheet, 3, 4, c, c + 1, TargetTable.COLUMN_NAMES.get(0));
    heading(sheet, 3, 3, c + 2, c + 5, "Trong đó");
    heading(sheet, 4, 4, c + 2, c + 3, FACILITY_HEADING);
    heading(sheet, 4, 4, c + 4, c + 5, TargetTable.COLUMN_NAMES.get(2));
    heading(sheet, 3, 4, c + 6, c + 7, TargetTable.COLUMN_NAMES.get(3));
    heading(sheet, 3, 4, c + 8, c + 9, TargetTable.COLUMN_NAMES.get(4));
    for (int i = 0; i < TargetTable.COLUMNS.size(); i++) {
      sheet.getRow(5).getCell(c + 2 * i).setCellValue("Chỉ tiêu");
      sheet.getRow(5).getCell(c + 2 * i + 1).setCellValue("Thực hiện");
    }
  }

  private static void heading(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn, String text) {
    sheet.getRow(firstRow).getCell(firstColumn).setCellValue(text);
    merge(sheet, firstRow, lastRow, firstColumn, lastColumn);
  }

  private static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
    if (firstRow != lastRow || firstColumn != lastColumn) {
      sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }
  }

  private static Cell cell(Sheet sheet, int r, int c, CellStyle style) {
    Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    Cell cell = row.createCell(c);
    cell.setCellStyle(style);
    return cell;
  }

  private static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
    cell(sheet, r, c, style).setCellValue(value);
  }

  private static void number(Sheet sheet, int r, int c, Double value, CellStyle style) {
    Cell cell = cell(sheet, r, c, style);
    if (value != null) {
      cell.setCellValue(value);
    }
  }

  /** The few cell styles (a workbook holds a limited number: made once, not per cell). */
  private static final class Styles {
    final CellStyle title;
    final CellStyle note;
    final CellStyle heading;
    final CellStyle text;
    final CellStyle number;
    final CellStyle totalText;
    final CellStyle totalNumber;

    Styles(Workbook book) {
      Font bold = book.createFont();
      bold.setBold(true);
      title = book.createCellStyle();
      title.setFont(bold);
      title.setAlignment(HorizontalAlignment.CENTER);
      note = book.createCellStyle();
      note.setAlignment(HorizontalAlignment.CENTER);
      heading = bordered(book);
      heading.setFont(bold);
      heading.setAlignment(HorizontalAlignment.CENTER);
      heading.setVerticalAlignment(VerticalAlignment.CENTER);
      heading.setWrapText(true);
      heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      text = bordered(book);
      number = bordered(book);
      // every column of the seed's table counts people
      number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
      totalText = bordered(book);
      totalText.setFont(bold);
      totalNumber = bordered(book);
      totalNumber.cloneStyleFrom(number);
      totalNumber.setFont(bold);
    }

    private static CellStyle bordered(Workbook book) {
      CellStyle style = book.createCellStyle();
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }
  }
}
