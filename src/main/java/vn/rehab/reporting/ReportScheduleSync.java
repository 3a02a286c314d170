package vn.rehab.reporting;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the report timers on the configured schedule. The engine evaluates a timer start event's cycle when the
 * model is deployed and then repeats the stored cycle; an unchanged model is not deployed again, so switching
 * {@code rehab.reporting.schedule} (or editing its file) would otherwise change nothing. At start-up this compares
 * the report timer's stored cycle with the schedule's and, where they differ, re-evaluates the timer (next due
 * date and cycle). A timer already on the schedule is left alone, so a firing missed while the server was down
 * still happens.
 */
public class ReportScheduleSync {

  private static final Logger LOG = LoggerFactory.getLogger(ReportScheduleSync.class);
  static final String PROCESS_KEY = "periodic-report";

  private final ProcessEngine engine;
  private final ReportSchedule schedule;

  public ReportScheduleSync(ProcessEngine engine, ReportSchedule schedule) {
    this.engine = engine;
    this.schedule = schedule;
  }

  /** Realigns the report timers that are off the schedule; returns the ids of the jobs changed. */
  public List<String> realign() {
    List<String> changed = new ArrayList<>();
    var management = engine.getManagementService();
    for (Job job : management.createJobQuery().processDefinitionKey(PROCESS_KEY).timers().list()) {
      if (job.getExecutionId() != null) {
        continue; // a timer inside a report instance, not a start timer
      }
      JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
          .singleResult();
      if (definition == null || !String.valueOf(definition.getJobConfiguration()).contains("reportSchedule.cycle(")) {
        continue;
      }
      String expected = schedule.cycle();
      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
          .getProcessEngineConfiguration();
      boolean updated = configuration.getCommandExecutorTxRequired().execute(context -> {
        TimerEntity timer = (TimerEntity) context.getJobManager().findJobById(job.getId());
        if (timer == null || expected.equals(timer.getRepeat())) {
          return false;
        }
        ProcessDefinitionEntity process = context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(timer.getProcessDefinitionId());
        @SuppressWarnings("unchecked")
        List<TimerDeclarationImpl> declarations = (List<TimerDeclarationImpl>) process
            .getProperty(BpmnParse.PROPERTYNAME_START_TIMER);
        for (TimerDeclarationImpl declaration : declarations) {
          if (declaration.getJobDefinitionId().equals(timer.getJobDefinitionId())) {
            String before = timer.getRepeat();
            declaration.updateJob(timer);
            LOG.info("Report timer {}: cycle {} -> {}, next {}", job.getId(), before,
                timer.getRepeat(), timer.getDuedate());
            return true;
          }
        }
        return false;
      });
      if (updated) {
        changed.add(job.getId());
      }
    }
    return changed;
  }
}
