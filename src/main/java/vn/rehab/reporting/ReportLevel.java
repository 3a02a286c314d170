package vn.rehab.reporting;

import java.util.Arrays;

/**
 * Who a report is made for: one report per province (all its communes, received by {@code province-authority}),
 * or one per commune (received by the commune, {@code reporting-roles.dmn}).
 */
public enum ReportLevel {
  PROVINCE("province"),
  COMMUNE("commune");

  private final String code;

  ReportLevel(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static ReportLevel of(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown report level '" + code
            + "' (use province or commune)"));
  }
}
