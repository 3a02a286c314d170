package vn.rehab.reporting;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.rehab.identity.AgencyMapping;
import vn.rehab.identity.LocalityDirectory;
import vn.rehab.testing.RecordingNotifier;
import vn.rehab.testing.TestEngines;

/** The reporting beans for engine-only tests, and helpers to seed cases and drive report timers. */
final class ReportingTesting {

  static final LocalityDirectory LOCALITIES = LocalityDirectory.fromClasspath();

  private ReportingTesting() {}

  static ReportService service() {
    return new ReportService(LOCALITIES, ReportTargets.fromClasspath(), AgencyMapping.fromClasspath());
  }

  /** The standard beans plus the reporting beans, under a schedule. */
  static Map<Object, Object> beans(Object scheduleBean, ReportSchedule schedule) {
    Map<Object, Object> beans = TestEngines.standardBeans(new RecordingNotifier());
    addReporting(beans, scheduleBean, schedule);
    return beans;
  }

  static void addReporting(Map<Object, Object> beans, Object scheduleBean, ReportSchedule schedule) {
    beans.putAll(ReportingBeans.of(schedule, LOCALITIES, ReportTargets.fromClasspath(), AgencyMapping.fromClasspath()));
    beans.put("reportSchedule", scheduleBean);
  }

  /**
   * The test clock moved: the report timers were computed at deployment from the real time, so compute their next
   * date again from the engine clock (what a server running on that day would have).
   */
  static void alignReportTimers(ProcessEngine engine) {
    for (Job job : startTimers(engine)) {
      engine.getManagementService().recalculateJobDuedate(job.getId(), false);
    }
  }

  static List<Job> startTimers(ProcessEngine engine) {
    return engine.getManagementService().createJobQuery().processDefinitionKey("periodic-report").timers().list()
        .stream().filter(j -> j.getExecutionId() == null).toList();
  }

  /** The due date of the report timer. */
  static Date timerDue(ProcessEngine engine) {
    List<Job> timers = startTimers(engine);
    if (timers.size() != 1) {
      throw new AssertionError("Expected one report timer, found " + timers.size());
    }
    return timers.get(0).getDuedate();
  }

  /** A test double case (compulsory-commitment or post-treatment-supervision) opened in a commune. */
  static ProcessInstance seed(ProcessEngine engine, String key, String caseId, String commune,
      Map<String, Object> variables) {
    Map<String, Object> v = new HashMap<>(variables);
    v.put("communeCode", commune);
    v.put("caseId", caseId);
    return engine.getRuntimeService().startProcessInstanceByKey(key, caseId, v);
  }

  /** Completes the double's one step. */
  static void completeStep(ProcessEngine engine, ProcessInstance instance) {
    var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    engine.getTaskService().complete(task.getId());
  }

  /** Closes a double (after its step) with a case outcome. */
  static void close(ProcessEngine engine, ProcessInstance instance, String outcome) {
    engine.getRuntimeService().createMessageCorrelation("SeedCaseClosed").processInstanceId(instance.getId())
        .setVariable("closeOutcome", outcome).correlate();
  }
}
