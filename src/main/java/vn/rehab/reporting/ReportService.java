package vn.rehab.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import vn.rehab.identity.AgencyMapping;
import vn.rehab.identity.Locality;
import vn.rehab.identity.LocalityDirectory;
import vn.rehab.reporting.IndicatorReport.LocalityFigures;
import vn.rehab.reporting.IndicatorReport.Place;
import vn.rehab.reporting.IndicatorReport.TargetComparison;
import vn.rehab.reporting.ReportTargets.LocalityTargets;

/**
 * Builds a province's report for some of its communes: the indicators of the period from the history, and the
 * comparison with the targets of the year the period ends in. The caller decides which communes may be counted
 * (the periodic report: all of the province's; the API: those of the user's tenants). A target is compared only
 * when every commune it covers is counted, so that a partial view never looks like a province's result.
 */
public class ReportService {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String MODELS_NOTE = "Hệ thống không theo dõi mô hình: cơ quan báo cáo nhập số thực hiện "
      + "trong biểu mẫu báo cáo định kỳ.";

  private final LocalityDirectory localities;
  private final ReportTargets targets;
  private final AgencyMapping agencies;

  public ReportService(LocalityDirectory localities, ReportTargets targets, AgencyMapping agencies) {
    this.localities = localities;
    this.targets = targets;
    this.agencies = agencies;
  }

  /**
   * @param communes the communes of the province to count (others are ignored)
   * @param targetsFrom first day counted for the comparison with the targets (e.g. the start of the plan year)
   */
  public IndicatorReport report(HistoryService history, String provinceCode, List<String> communes, LocalDate from,
      LocalDate to, LocalDate targetsFrom, Date now) {
    List<Locality> province = localities.inProvince(provinceCode);
    Set<String> inProvince = new LinkedHashSet<>(province.stream().map(Locality::communeCode).toList());
    List<String> scope = communes.stream().filter(inProvince::contains).distinct().toList();
    HistoryIndicators indicators = new HistoryIndicators(history, agencies);
    IndicatorSet period = indicators.compute(scope, from, to, now);
    IndicatorSet toDate = targetsFrom.equals(from) ? period : indicators.compute(scope, targetsFrom, to, now);
    boolean whole = scope.containsAll(inProvince);

    List<LocalityFigures> perCommune = new ArrayList<>();
    for (String code : scope) {
      Map<String, Long> f = period.byCommune().get(code);
      perCommune.add(new LocalityFigures(code, name(code), f, IndicatorSet.rates(f)));
    }
    Map<String, Long> total = period.total();
    String provinceName = province.isEmpty() ? provinceCode : province.get(0).provinceName();
    return new IndicatorReport(provinceCode, provinceName, from.toString(), to.toString(),
        period.asOf().toInstant().atZone(ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), whole,
        scope.stream().map(c -> new Place(c, name(c))).toList(), IndicatorCatalog.all(), total,
        IndicatorSet.rates(total), perCommune, period.timeliness(),
        targets(provinceCode, inProvince, scope, toDate, targetsFrom, to));
  }

  private IndicatorReport.Targets targets(String provinceCode, Set<String> inProvince, List<String> scope,
      IndicatorSet toDate, LocalDate from, LocalDate to) {
    int year = to.getYear();
    List<LocalityTargets> plan = targets.forProvince(provinceCode, year);
    List<TargetComparison> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    boolean demo = false;
    for (LocalityTargets l : plan) {
      List<String> covered = switch (l.level()) {
        case "province" -> List.copyOf(inProvince);
        case "commune" -> List.of(l.code());
        default -> l.communes().stream().filter(inProvince::contains).toList();
      };
      if (!covered.isEmpty() && !scope.containsAll(covered)) {
        continue;
      }
      demo |= l.demo();
      Map<String, Long> f = toDate.sum(covered);
      Map<String, Double> rates = IndicatorSet.rates(f);
      for (ReportTargets.Target t : l.targets()) {
        Double actual = null;
        String note = l.note();
        if (t.indicator().startsWith("models.")) {
          note = MODELS_NOTE;
        } else if (covered.isEmpty()) {
          note = note != null ? note : "Không có xã, phường nào của hệ thống thuộc địa phương này.";
        } else if (rates.containsKey(t.indicator())) {
          actual = rates.get(t.indicator());
        } else {
          actual = f.get(t.indicator()).doubleValue();
        }
        Double achieved = actual == null || t.value() == 0 ? null : Math.round(1000.0 * actual / t.value()) / 10.0;
        rows.add(new TargetComparison(l.code(), l.name(), l.level(), t.indicator(),
            IndicatorCatalog.label(t.indicator()), t.unit(), t.value(), actual, achieved, t.source(), l.demo(), note));
      }
    }
    if (plan.isEmpty()) {
      notes.add("Chưa có chỉ tiêu năm " + year + " cho tỉnh này (tệp reporting/targets-" + year + ".yaml).");
    } else {
      List<String> without = scope.stream().filter(c -> plan.stream().noneMatch(l -> l.code().equals(c)))
          .map(this::name).toList();
      if (!without.isEmpty()) {
        notes.add("Chưa có chỉ tiêu riêng năm " + year + ": " + String.join(", ", without) + ".");
      }
    }
    if (demo) {
      notes.add("Chỉ tiêu đánh dấu SỐ MINH HỌA không phải chỉ tiêu được giao.");
    }
    return new IndicatorReport.Targets(year, from.toString(), to.toString(), demo, rows, notes);
  }

  private String name(String communeCode) {
    return localities.commune(communeCode).map(Locality::communeName).orElse(communeCode);
  }
}
