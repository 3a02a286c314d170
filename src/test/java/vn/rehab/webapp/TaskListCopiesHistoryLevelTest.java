package vn.rehab.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The production history level keeps what "audit" keeps except Tasklist's copies: on a real engine, a copy exists
 * on the open task (Tasklist shows it) and never reaches the history, while the case's variables, the task and
 * the instance do.
 */
class TaskListCopiesHistoryLevelTest {

  private ProcessEngine engine;

  @BeforeEach
  void engine() {
    StandaloneInMemProcessEngineConfiguration c = new StandaloneInMemProcessEngineConfiguration();
    c.setJdbcUrl("jdbc:h2:mem:history-level-" + System.nanoTime());
    c.setCustomHistoryLevels(List.of(new TaskListCopiesHistoryLevel()));
    c.setHistory(TaskListCopiesHistoryLevel.NAME);
    c.setProcessEngineName("history-level-test-" + System.nanoTime());
    engine = c.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("copies.bpmn",
        Bpmn.createExecutableProcess("copies").camundaHistoryTimeToLive(1).startEvent().userTask("step")
            .endEvent().done()).deploy();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void copiesStayOnTheTaskAndOutOfHistoryCaseVariablesAreKept() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("copies",
        Map.of("fullName", "Nguyễn Văn An", "caseId", "QN-2026-000001")).getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    engine.getTaskService().setVariableLocal(task.getId(), TaskListVariables.PERSON, "Nguyễn Văn An");
    engine.getTaskService().setVariableLocal(task.getId(), TaskListVariables.CASE_ID, "QN-2026-000001");
    engine.getTaskService().setVariableLocal(task.getId(), "deadlineBreachedAt", "2026-12-03");

    assertThat(engine.getTaskService().getVariablesLocal(task.getId()))
        .containsKeys(TaskListVariables.PERSON, TaskListVariables.CASE_ID);
    engine.getTaskService().complete(task.getId(), Map.of("decision", "approve"));

    List<String> kept = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
        .list().stream().map(HistoricVariableInstance::getName).sorted().toList();
    // a task-local variable that is not a copy (the breach record) is kept like the case's own
    assertThat(kept).containsExactly("caseId", "deadlineBreachedAt", "decision", "fullName");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance).count())
        .isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
        .finished().count()).isEqualTo(1);
  }

  @Test
  void everythingElseFollowsAudit() {
    TaskListCopiesHistoryLevel level = new TaskListCopiesHistoryLevel();
    for (var type : org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.values()) {
      assertThat(level.isHistoryEventProduced(type, null)).as(type.toString())
          .isEqualTo(HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(type, null));
    }
    assertThat(level.getId()).isNotIn(0, 1, 2, 3);
  }
}
