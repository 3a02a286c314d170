package vn.rehab.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The days a report covers, both ends included (Asia/Ho_Chi_Minh calendar days). */
public record ReportPeriod(LocalDate from, LocalDate to) {

  static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public ReportPeriod {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("A report period needs from <= to, got " + from + ".." + to);
    }
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  public boolean contains(LocalDate day) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }

  /** "15/10/2026 – 14/11/2026". */
  public String text() {
    return from.format(VIETNAMESE_DATE) + " – " + to.format(VIETNAMESE_DATE);
  }
}
