package vn.rehab.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import vn.rehab.engine.EngineChecks;
import vn.rehab.identity.Locality;
import vn.rehab.identity.LocalityDirectory;

/**
 * Computes a report's figures when the report is created, and again when its receiver asks (bean
 * {@code reportCompiler}). The figures are frozen on the report, none as a Java object (Java serialization is
 * off): the full report as a JSON file variable {@code reportFigures} (no size limit; Cockpit and REST offer it
 * for download), the headline figures as number variables {@code rp...} and a text {@code reportSummary} that the
 * report form shows.
 */
public class ReportCompiler implements JavaDelegate {

  /** The number variables the report form shows, and the indicator (or rate) each holds. */
  public static final Map<String, String> HEADLINE_VARIABLES = headline();

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReportService reports;
  private final LocalityDirectory localities;

  public ReportCompiler(ReportService reports, LocalityDirectory localities) {
    this.reports = reports;
    this.localities = localities;
  }

  private static Map<String, String> headline() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("rpRegisteredAssessment", "registered.addiction-assessment");
    m.put("rpRegisteredVoluntary", "registered.voluntary-treatment");
    m.put("rpRegisteredCompulsory", "registered.compulsory-commitment");
    m.put("rpRegisteredSupervision", "registered.post-treatment-supervision");
    m.put("rpTransferredIn", IndicatorCatalog.TRANSFERRED_IN);
    m.put("rpTreatmentTotal", IndicatorCatalog.TREATMENT_TOTAL);
    m.put("rpTreatmentVoluntary", IndicatorCatalog.TREATMENT_VOLUNTARY);
    m.put("rpTreatmentCompulsory", IndicatorCatalog.TREATMENT_COMPULSORY);
    m.put("rpCompulsoryDecided", IndicatorCatalog.COMPULSORY_DECIDED);
    m.put("rpCompletedVoluntary", "closed.voluntary-treatment.completed");
    m.put("rpUnderSupervision", IndicatorCatalog.SUPERVISION_ACTIVE);
    m.put("rpUnderMonitoring", IndicatorCatalog.MONITORING_ACTIVE);
    m.put("rpRelapses", IndicatorCatalog.RELAPSES);
    m.put("rpVocationalTraining", "support.vocational-training");
    m.put("rpJobPlacement", "support.job-placement");
    m.put("rpTasksDue", IndicatorCatalog.TASKS_DUE);
    m.put("rpTasksOnTime", IndicatorCatalog.TASKS_ON_TIME);
    m.put("rpTasksLate", IndicatorCatalog.TASKS_LATE);
    m.put("rpTasksBreached", IndicatorCatalog.TASKS_BREACHED);
    m.put("rpOnTimeRate", IndicatorCatalog.ON_TIME_RATE);
    return m;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String province = (String) execution.getVariable("provinceCode");
    ReportLevel level = ReportLevel.of((String) execution.getVariable("reportLevel"));
    List<String> communes = level == ReportLevel.COMMUNE ? List.of((String) execution.getVariable("communeCode"))
        : localities.inProvince(province).stream().map(Locality::communeCode).toList();
    LocalDate from = LocalDate.parse((String) execution.getVariable("periodFrom"));
    LocalDate to = LocalDate.parse((String) execution.getVariable("periodTo"));
    LocalDate yearFrom = LocalDate.parse((String) execution.getVariable("yearFrom"));
    Date now = ClockUtil.getCurrentTime();
    // The report counts its own province's communes whoever runs it: the scope is the report's, not the user's.
    IndicatorReport report = EngineChecks.withoutChecks(() -> reports.report(
        execution.getProcessEngineServices().getHistoryService(), province, communes, from, to, yearFrom, now));
    byte[] json;
    try {
      json = JSON.writeValueAsBytes(report);
    } catch (JsonProcessingException e) {
      throw new ProcessEngineException("Report " + execution.getProcessBusinessKey() + ": figures not written", e);
    }
    execution.setVariable("reportFigures", Variables.fileValue(execution.getProcessBusinessKey() + ".json")
        .file(json).mimeType("application/json").encoding("UTF-8").create());
    HEADLINE_VARIABLES.forEach((variable, id) -> {
      Object value = report.total().containsKey(id) ? (Object) report.total().get(id) : report.rates().get(id);
      execution.setVariable(variable, value);
    });
    execution.setVariable("reportSummary", ReportSummary.text(report));
    execution.setVariable("figuresComputedAt", now);
    // a recomputed report is reviewed afresh: the previous decision must not complete the new review by itself
    if (execution.hasVariable("reportDecision")) {
      execution.setVariable("reportDecision", null);
    }
  }
}
