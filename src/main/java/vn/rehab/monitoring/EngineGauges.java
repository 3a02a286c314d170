package vn.rehab.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Engine gauges for the Prometheus endpoint: open tasks per role group ({@code rehab_open_tasks{group=...}}),
 * overdue tasks ({@code rehab_overdue_tasks}), open incidents ({@code rehab_incidents}) and jobs that have used up
 * their retries ({@code rehab_failed_jobs}).
 *
 * <p>Values are counted at scrape time, as the system (not as the operator who scrapes: every commune counts), and
 * kept for a few seconds so that one scrape runs each count query once. Labels are role ids only: never a case,
 * a person or a user.
 */
public class EngineGauges implements MeterBinder {

  /** What one set of counts found. */
  record Snapshot(Instant takenAt, Map<String, Long> openTasksByGroup, long overdueTasks, long incidents,
      long failedJobs) {}

  private final ProcessEngine engine;
  private final List<String> groups;
  private final Duration maxAge;
  private final Clock clock;
  private volatile Snapshot last;

  public EngineGauges(ProcessEngine engine, List<String> groups, Duration maxAge, Clock clock) {
    this.engine = engine;
    this.groups = List.copyOf(groups);
    this.maxAge = maxAge;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String group : groups) {
      gauge(registry, "rehab.open.tasks", "Open user tasks whose candidate group is this role (claimed or not)",
          s -> s.openTasksByGroup().getOrDefault(group, 0L)).tag("group", group).register(registry);
    }
    gauge(registry, "rehab.overdue.tasks", "Open user tasks past their due date", Snapshot::overdueTasks)
        .register(registry);
    gauge(registry, "rehab.incidents", "Open incidents (a failed job or an external task without retries)",
        Snapshot::incidents).register(registry);
    gauge(registry, "rehab.failed.jobs", "Jobs with no retries left", Snapshot::failedJobs).register(registry);
  }

  private Gauge.Builder<EngineGauges> gauge(MeterRegistry registry, String name, String description,
      ToDoubleFunction<Snapshot> value) {
    return Gauge.builder(name, this, g -> value.applyAsDouble(g.snapshot())).description(description);
  }

  /** The counts, at most {@code maxAge} old. */
  Snapshot snapshot() {
    Snapshot current = last;
    if (current == null || current.takenAt().plus(maxAge).isBefore(clock.instant())) {
      synchronized (this) {
        current = last;
        if (current == null || current.takenAt().plus(maxAge).isBefore(clock.instant())) {
          current = asSystem(this::count);
          last = current;
        }
      }
    }
    return current;
  }

  private Snapshot count() {
    var tasks = engine.getTaskService();
    Map<String, Long> open = new LinkedHashMap<>();
    for (String group : groups) {
      open.put(group, tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().count());
    }
    Date now = ClockUtil.getCurrentTime();
    long overdue = tasks.createTaskQuery().dueBefore(now).count();
    long incidents = engine.getRuntimeService().createIncidentQuery().count();
    long failedJobs = engine.getManagementService().createJobQuery().noRetriesLeft().count();
    return new Snapshot(clock.instant(), Map.copyOf(open), overdue, incidents, failedJobs);
  }

  /** Counts every commune: the scraping operator's own rights and tenants must not shrink the numbers. */
  private <T> T asSystem(java.util.function.Supplier<T> work) {
    IdentityService identity = engine.getIdentityService();
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }
}
