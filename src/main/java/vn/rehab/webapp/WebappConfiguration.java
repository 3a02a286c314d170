package vn.rehab.webapp;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import vn.rehab.calendar.WorkingDayCalendar;
import vn.rehab.identity.LocalityDirectory;
import vn.rehab.identity.TasklistFilters;

/**
 * What the Camunda webapps need from the application: the Tasklist filters (created after the identities, so the
 * groups they are granted to exist), the working-day bean their expressions call and the variables they show
 * under each task. The Vietnamese webapp files
 * are static resources under {@code META-INF/resources/webjars/camunda/app/} (docs/webapps.md).
 */
@Configuration(proxyBeanMethods = false)
class WebappConfiguration {

  @Bean
  FilterDeadlines filterDeadlines(WorkingDayCalendar calendar) {
    return new FilterDeadlines(calendar);
  }

  /** Picked up by the engine plugin with the other parse listeners (vn.rehab.engine.EngineConfiguration). */
  @Bean
  TaskListVariables taskListVariables(LocalityDirectory localities) {
    return new TaskListVariables(localities);
  }

  /** Makes the production history level known to the engine (the name is chosen in application-postgres.yaml). */
  @Bean
  ProcessEnginePlugin taskListCopiesHistoryLevel() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(new TaskListCopiesHistoryLevel());
        configuration.setCustomHistoryLevels(levels);
      }
    };
  }

  @Bean
  @Order(2)
  ApplicationRunner tasklistFilters(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService) {
    return args -> new TasklistFilters(filterService, taskService, authorizationService).run();
  }
}
