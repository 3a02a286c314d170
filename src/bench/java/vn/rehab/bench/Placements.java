package vn.rehab.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Where a synthetic case can be put: every user task of every case procedure, the call activities (so the court
 * and determination sub-processes run as the sub-processes they are), and for history the end events (a case
 * started before its end event ends at once, through its outcome listener, as a completed case). Each place is
 * tried once by {@link PopulationLoader}; one the engine refuses (a step needing data a synthetic case lacks) is
 * left out and reported.
 */
final class Placements {

  static final List<String> PROCEDURES = List.of("addiction-assessment", "voluntary-treatment",
      "compulsory-commitment", "post-treatment-supervision");

  record Place(String processKey, String activityId, boolean ends) {
    String name() {
      return processKey + "#" + activityId;
    }
  }

  static Map<String, List<Place>> of(ProcessEngine engine) {
    Map<String, List<Place>> places = new LinkedHashMap<>();
    for (String key : PROCEDURES) {
      ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(key).latestVersion().withoutTenantId().singleResult();
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      List<Place> list = new ArrayList<>();
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (!inEventSubProcess(task)) {
          list.add(new Place(key, task.getId(), false));
        }
      }
      for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
        list.add(new Place(key, call.getId(), false));
      }
      for (EndEvent end : model.getModelElementsByType(EndEvent.class)) {
        if (end.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process) {
          list.add(new Place(key, end.getId(), true));
        }
      }
      places.put(key, list);
    }
    return places;
  }

  private static boolean inEventSubProcess(FlowNode node) {
    for (var parent = node.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent instanceof SubProcess sub && sub.triggeredByEvent()) {
        return true;
      }
    }
    return false;
  }
}
