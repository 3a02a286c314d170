package vn.rehab.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.rehab.identity.AgencyMapping;
import vn.rehab.identity.LocalityDirectory;

/**
 * The beans the periodic-report model calls, for an engine without Spring (engine-only tests and tools): its timer
 * start event evaluates {@code ${reportSchedule.cycle()}} when the model is deployed, so any engine that deploys
 * {@code processes/reporting} needs them. Under Spring, {@link ReportingConfiguration} makes the same beans.
 */
public final class ReportingBeans {

  private ReportingBeans() {}

  /** {@code reportSchedule}, {@code reportDispatcher}, {@code reportCompiler} for the bundled configuration. */
  public static Map<String, Object> of(String scheduleName) {
    return of(ReportSchedule.named(scheduleName), LocalityDirectory.fromClasspath(), ReportTargets.fromClasspath(),
        AgencyMapping.fromClasspath());
  }

  public static Map<String, Object> of(ReportSchedule schedule, LocalityDirectory localities, ReportTargets targets,
      AgencyMapping agencies) {
    Map<String, Object> beans = new LinkedHashMap<>();
    beans.put("reportSchedule", schedule);
    beans.put("reportDispatcher", new ReportDispatcher(schedule, localities));
    beans.put("reportCompiler", new ReportCompiler(new ReportService(localities, targets, agencies), localities));
    return beans;
  }
}
