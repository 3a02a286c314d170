package vn.rehab.reporting;

import java.util.Arrays;

/** The periodic reports of procedures.md §5: monthly, six-month and yearly. */
public enum ReportKind {
  MONTHLY("monthly", "Báo cáo tháng"),
  HALF_YEAR("half-year", "Báo cáo 6 tháng"),
  YEARLY("yearly", "Báo cáo năm");

  private final String code;
  private final String label;

  ReportKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The code used in models, configuration and variables ({@code reportKind}). */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static ReportKind of(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown report kind '" + code
            + "' (use monthly, half-year or yearly)"));
  }
}
