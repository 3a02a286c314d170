package vn.rehab.reporting;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import vn.rehab.identity.AgencyMapping;
import vn.rehab.identity.LocalityDirectory;

/**
 * Periodic reports (procedures.md §5). Settings: {@code rehab.reporting.schedule} ({@code seeds} | {@code national}),
 * {@code rehab.reporting.targets-location} (where the {@code targets-<year>.yaml} files are),
 * {@code rehab.reporting.viewer-groups} (who may open the report page and API).
 */
@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

  @Bean
  ReportSchedule reportSchedule(@Value("${rehab.reporting.schedule:seeds}") String name) {
    return ReportSchedule.named(name);
  }

  @Bean
  ReportTargets reportTargets(@Value("${rehab.reporting.targets-location:classpath*:reporting/}") String location) {
    return ReportTargets.fromLocation(location);
  }

  @Bean
  ReportService reportService(LocalityDirectory localities, ReportTargets targets, AgencyMapping agencies) {
    return new ReportService(localities, targets, agencies);
  }

  @Bean
  ReportDispatcher reportDispatcher(ReportSchedule schedule, LocalityDirectory localities) {
    return new ReportDispatcher(schedule, localities);
  }

  @Bean
  ReportCompiler reportCompiler(ReportService reports, LocalityDirectory localities) {
    return new ReportCompiler(reports, localities);
  }

  /** After the models are deployed (order 0): puts report timers deployed under another schedule on this one. */
  @Bean
  @Order(2)
  ApplicationRunner reportScheduleSync(ProcessEngine engine, ReportSchedule schedule) {
    return args -> new ReportScheduleSync(engine, schedule).realign();
  }
}
