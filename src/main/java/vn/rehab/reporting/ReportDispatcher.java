package vn.rehab.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.rehab.engine.EngineChecks;
import vn.rehab.identity.Locality;
import vn.rehab.identity.LocalityDirectory;

/**
 * Starts the reports when a report timer fires (bean {@code reportDispatcher}). The timer's instance has no
 * commune, so it belongs to no tenant; it starts one report instance per province (or per commune, as the
 * schedule says) through the message start event {@code PeriodicReportRequested}, with {@code communeCode} set so
 * that the report lies in a commune tenant:
 * <ul>
 *   <li>a province report lies in the tenant of the province's first commune in {@code identity/localities.yaml}
 *       (province authorities and supervisors are members of every commune tenant of their province, so they
 *       see it; officers of other provinces do not);</li>
 *   <li>a commune report lies in its commune's tenant.</li>
 * </ul>
 * Each report has a number of its own as business key ({@code BC-QN-2026-11}, {@code BC-QN-2026-6T},
 * {@code BC-QN-2026-NAM}, {@code BC-QN-06658-2026-11}); a report whose number exists is not started again, so a
 * timer that fires twice (a restart, a redeployment) opens no second report.
 */
public class ReportDispatcher implements JavaDelegate {

  public static final String REQUEST_MESSAGE = "PeriodicReportRequested";
  private static final Logger LOG = LoggerFactory.getLogger(ReportDispatcher.class);
  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final ReportSchedule schedule;
  private final LocalityDirectory localities;

  public ReportDispatcher(ReportSchedule schedule, LocalityDirectory localities) {
    this.schedule = schedule;
    this.localities = localities;
  }

  /** How recent a report's timer day must be for the dispatcher to open it (less than the shortest month). */
  static final int CATCH_UP_DAYS = 27;

  /** End listener of the report timer's start event: names the run by its day. */
  public void begin(DelegateExecution execution) {
    execution.setVariable("reportSchedule", schedule.name());
    execution.setProcessBusinessKey("LBC-" + today());
  }

  /**
   * Opens the reports due: of each kind whose timer day ({@link ReportSchedule#lastFireDay}) is today or at most
   * {@value #CATCH_UP_DAYS} days ago (a timer that fired late still opens its reports, for the period of its day),
   * the reports not opened yet.
   */
  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = today();
    List<String> started = new ArrayList<>();
    for (ReportKind kind : ReportKind.values()) {
      LocalDate fired = schedule.lastFireDay(kind, today);
      if (fired.isBefore(today.minusDays(CATCH_UP_DAYS))) {
        continue;
      }
      for (ReportRequest request : requests(kind, fired)) {
        boolean exists = EngineChecks.withoutChecks(() -> execution.getProcessEngineServices().getHistoryService()
            .createHistoricProcessInstanceQuery().processDefinitionKey("periodic-report")
            .processInstanceBusinessKey(request.reportId()).count() > 0);
        if (exists) {
          continue;
        }
        execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(REQUEST_MESSAGE)
            .processInstanceBusinessKey(request.reportId()).setVariables(request.variables()).correlateStartMessage();
        started.add(request.reportId());
      }
    }
    execution.setVariable("reportsStarted", String.join(", ", started));
    LOG.info("Report day {}: {} reports opened {}", today, started.size(), started);
  }

  /** What one report instance starts with. */
  public record ReportRequest(String reportId, Map<String, Object> variables) {}

  /** The reports of a kind due on a day: one per province or per commune. */
  public List<ReportRequest> requests(ReportKind kind, LocalDate fired) {
    ReportPeriod period = schedule.period(kind, fired);
    ReportLevel level = schedule.level(kind);
    List<ReportRequest> requests = new ArrayList<>();
    List<String> provinces = localities.all().stream().map(Locality::provinceCode).distinct().toList();
    for (String provinceCode : provinces) {
      List<Locality> communes = localities.inProvince(provinceCode);
      List<Locality> units = level == ReportLevel.PROVINCE ? List.of(communes.get(0)) : communes;
      for (Locality unit : units) {
        String reportId = reportId(kind, unit, level, period);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("caseId", reportId);
        v.put("communeCode", unit.communeCode());
        v.put("provinceCode", provinceCode);
        v.put("reportKind", kind.code());
        v.put("reportLevel", level.code());
        v.put("reportSchedule", schedule.name());
        v.put("periodFrom", period.from().toString());
        v.put("periodTo", period.to().toString());
        v.put("periodText", period.text());
        v.put("yearFrom", schedule.yearStart(period.to()).toString());
        v.put("reportDueDate", schedule.dueDate(kind, fired).toString());
        v.put("reportBasis", schedule.entry(kind).basis());
        String place = level == ReportLevel.PROVINCE ? "Tỉnh " + unit.provinceName() : unit.displayName();
        v.put("localityName", place);
        v.put("reportTitle", kind.label() + " " + periodName(kind, period) + " – " + place);
        requests.add(new ReportRequest(reportId, v));
      }
    }
    return requests;
  }

  /** {@code BC-QN-2026-11}, {@code BC-QN-2026-6T}, {@code BC-QN-2026-NAM}; commune reports add the commune code. */
  static String reportId(ReportKind kind, Locality unit, ReportLevel level, ReportPeriod period) {
    String suffix = switch (kind) {
      case MONTHLY -> String.format("%d-%02d", period.to().getYear(), period.to().getMonthValue());
      case HALF_YEAR -> period.to().getYear() + "-6T";
      case YEARLY -> period.to().getYear() + "-NAM";
    };
    return "BC-" + unit.provinceAbbreviation() + (level == ReportLevel.COMMUNE ? "-" + unit.communeCode() : "")
        + "-" + suffix;
  }

  static String periodName(ReportKind kind, ReportPeriod period) {
    return switch (kind) {
      case MONTHLY -> "tháng " + period.to().getMonthValue() + "/" + period.to().getYear();
      case HALF_YEAR -> (period.to().getMonthValue() == 12 ? "6 tháng cuối năm " : "6 tháng đầu năm ")
          + period.to().getYear();
      case YEARLY -> "năm " + period.to().getYear();
    };
  }

  private static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }
}
