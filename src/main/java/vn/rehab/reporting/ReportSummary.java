package vn.rehab.reporting;

import java.util.List;
import java.util.Map;
import vn.rehab.reporting.IndicatorReport.LocalityFigures;
import vn.rehab.reporting.IndicatorReport.TargetComparison;

/**
 * The report as plain Vietnamese text for the report task's form ({@code reportSummary}): headline figures, one
 * line per commune, the on-time table and the comparison with the targets. Kept under the engine's 4,000-character
 * limit for a String variable; the full figures travel as the JSON file {@code reportFigures}.
 */
public final class ReportSummary {

  public static final int MAX_CHARS = 3900;
  static final List<String> HEADLINE = List.of("registered.voluntary-treatment", "registered.compulsory-commitment",
      "registered.addiction-assessment", "registered.post-treatment-supervision", IndicatorCatalog.TREATMENT_TOTAL,
      IndicatorCatalog.TREATMENT_VOLUNTARY, IndicatorCatalog.TREATMENT_COMPULSORY, IndicatorCatalog.SUPERVISION_ACTIVE,
      IndicatorCatalog.MONITORING_ACTIVE, IndicatorCatalog.RELAPSES, "support.vocational-training",
      "support.job-placement");
  private static final String CUT = "\n… (còn nữa: xem tệp reportFigures hoặc trang /reports/)";

  private ReportSummary() {}

  public static String text(IndicatorReport r) {
    StringBuilder s = new StringBuilder();
    s.append("TOÀN ĐỊA BÀN (").append(r.communes().size()).append(" xã, phường").append(r.wholeProvince() ? "" :
        ", một phần tỉnh").append("):\n");
    for (String id : HEADLINE) {
      s.append("- ").append(IndicatorCatalog.label(id)).append(": ").append(r.total().get(id)).append('\n');
    }
    s.append("- Tỷ lệ đúng hạn: ").append(percent(r.rates().get(IndicatorCatalog.ON_TIME_RATE))).append(" (")
        .append(r.total().get(IndicatorCatalog.TASKS_ON_TIME)).append(" đúng hạn, ")
        .append(r.total().get(IndicatorCatalog.TASKS_LATE)).append(" trễ hạn, ")
        .append(r.total().get(IndicatorCatalog.TASKS_BREACHED)).append(" bị cảnh báo quá hạn)\n");
    s.append("\nTHEO XÃ, PHƯỜNG (tự nguyện / bắt buộc / quản lý sau cai / tái nghiện / học nghề / việc làm):\n");
    for (LocalityFigures l : r.localities()) {
      Map<String, Long> f = l.figures();
      s.append("- ").append(l.name()).append(" (").append(l.code()).append("): ")
          .append(f.get(IndicatorCatalog.TREATMENT_VOLUNTARY)).append(" / ")
          .append(f.get(IndicatorCatalog.TREATMENT_COMPULSORY)).append(" / ")
          .append(f.get(IndicatorCatalog.SUPERVISION_ACTIVE)).append(" / ")
          .append(f.get(IndicatorCatalog.RELAPSES)).append(" / ")
          .append(f.get("support.vocational-training")).append(" / ")
          .append(f.get("support.job-placement")).append('\n');
    }
    if (!r.timeliness().isEmpty()) {
      s.append("\nĐÚNG HẠN THEO BƯỚC VÀ CƠ QUAN:\n");
      for (StepTimeliness t : r.timeliness()) {
        s.append("- ").append(t.stepName()).append(" – ").append(t.role()).append(": ").append(t.onTime())
            .append('/').append(t.onTime() + t.late()).append(" đúng hạn (").append(percent(t.rate())).append(")\n");
      }
    }
    IndicatorReport.Targets targets = r.targets();
    s.append("\nSO VỚI CHỈ TIÊU NĂM ").append(targets.year()).append(" (lũy kế ").append(targets.actualFrom())
        .append(" – ").append(targets.actualTo()).append(")").append(targets.demo() ? " – SỐ MINH HỌA" : "")
        .append(":\n");
    for (TargetComparison t : targets.rows()) {
      s.append("- ").append(t.localityName()).append(" – ").append(t.label()).append(": ")
          .append(t.actual() == null ? "không có số liệu" : number(t.actual())).append(" / ")
          .append(number(t.target())).append("%".equals(t.unit()) ? "%" : "")
          .append(t.percentAchieved() == null ? "" : " (đạt " + percent(t.percentAchieved()) + ")").append('\n');
    }
    targets.notes().forEach(n -> s.append(n).append('\n'));
    return s.length() <= MAX_CHARS ? s.toString() : s.substring(0, MAX_CHARS - CUT.length()) + CUT;
  }

  static String percent(Double value) {
    return value == null ? "chưa có" : number(value) + "%";
  }

  static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',');
  }
}
