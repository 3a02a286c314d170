package vn.rehab.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import vn.rehab.calendar.VietnamTime;

/**
 * The application's shortest complete case, used for lifecycles and completions: the addiction determination
 * (three user tasks: prepare the request, receive the person, assess), with form data its server-side checks
 * accept, dated today in Vietnam.
 */
final class LifecycleCases {

  static final String KEY = "addiction-assessment";

  private final ProcessEngine engine;
  private final People people;

  LifecycleCases(ProcessEngine engine, People people) {
    this.engine = engine;
    this.people = people;
  }

  /** Starts a case in the given commune and returns its first task. */
  String firstTaskOfNewCase(int commune) {
    String instance = start(commune);
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  String start(int commune) {
    String today = LocalDate.now(VietnamTime.ZONE).toString();
    Map<String, Object> vars = new HashMap<>(people.person(people.next(), commune));
    vars.put("requestDate", today);
    vars.put("requestReason", "user-using-again");
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, vars).getId();
  }

  void completeFirstStep(String taskId) {
    engine.getTaskService().complete(taskId, Map.of("positiveTestAttached", true, "resumeAttached", true));
  }

  /** Start plus every task completed. */
  void runOne(int commune) {
    String instance = start(commune);
    String today = LocalDate.now(VietnamTime.ZONE).toString();
    List<Map<String, Object>> steps = List.of(
        Map.of("positiveTestAttached", true, "resumeAttached", true),
        Map.of("personReceivedDate", today, "medicalStaffName", "Lê Văn Y"),
        Map.of("criterion5", true, "criterion6", true, "addictionAssessmentDate", today, "resultSent", true));
    for (Map<String, Object> data : steps) {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
      engine.getTaskService().complete(task.getId(), data);
    }
  }

  /** A demo user of the task's candidate group and commune: who would complete it in Tasklist. */
  UserSession workerOf(String taskId) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    IdentityService identity = engine.getIdentityService();
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(taskId)) {
      if (link.getGroupId() != null) {
        List<User> users = identity.createUserQuery().memberOfGroup(link.getGroupId())
            .memberOfTenant(task.getTenantId()).list();
        if (!users.isEmpty()) {
          return UserSession.of(identity, users.get(0).getId());
        }
      }
    }
    throw new IllegalStateException("No demo user for task " + task.getTaskDefinitionKey());
  }
}
