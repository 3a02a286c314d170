package vn.rehab.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.rehab.testing.RecordingNotifier;
import vn.rehab.testing.TestEngines;

class EscalationSmokeTest {

  static final RecordingNotifier NOTIFIER = new RecordingNotifier();

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .useProcessEngine(TestEngines.configuration(TestEngines.standardBeans(NOTIFIER)).buildProcessEngine()).build();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    NOTIFIER.clear();
  }

  @Test
  @Deployment(resources = {"escalation/escalation-demo.bpmn", "processes/common/deadline-escalation.bpmn"})
  void lateTaskIsRemindedThenEscalatedOnceAndStaysOpen() {
    ProcessEngine pe = engine.getProcessEngine();
    ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
    // Monday 2026-03-02 09:00 Hanoi; received that day: due Thursday 2026-03-05 23:59:59.
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, zone).toInstant()));
    var instance = pe.getRuntimeService().startProcessInstanceByKey("escalation-demo", "QN-2026-000001",
        Map.of("receivedDate", "2026-03-02", "communeCode", "06658"));
    Task task = pe.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getTenantId()).isEqualTo("06658");
    assertThat(task.getDueDate().toInstant()).isEqualTo(ZonedDateTime.of(2026, 3, 5, 23, 59, 59, 0, zone).toInstant());
    assertThat(task.getFollowUpDate().toInstant()).isEqualTo(ZonedDateTime.of(2026, 3, 4, 8, 0, 0, 0, zone).toInstant());
    assertThat(pe.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isEqualTo(2);

    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 4, 8, 30, 0, 0, zone).toInstant()));
    executeDueJobs(pe);
    assertThat(NOTIFIER.sent()).hasSize(1);
    assertThat(NOTIFIER.sent().get(0).subject()).contains("QN-2026-000001").contains("Thẩm định hồ sơ");

    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 6, 8, 0, 0, 0, zone).toInstant()));
    executeDueJobs(pe);
    assertThat(pe.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(pe.getTaskService().getVariableLocal(task.getId(), EscalationListener.BREACHED_AT)).isNotNull();
    Task supervisor = pe.getTaskService().createTaskQuery().processDefinitionKey("deadline-escalation").singleResult();
    assertThat(supervisor.getTenantId()).isEqualTo("06658");
    assertThat(pe.getTaskService().getIdentityLinksForTask(supervisor.getId()))
        .anyMatch(l -> "commune-supervisor".equals(l.getGroupId()));
    assertThat(pe.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  private static void executeDueJobs(ProcessEngine pe) {
    for (Job job : pe.getManagementService().createJobQuery().executable().list()) {
      pe.getManagementService().executeJob(job.getId());
    }
  }
}
