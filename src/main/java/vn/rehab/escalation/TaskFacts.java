package vn.rehab.escalation;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import vn.rehab.identity.Role;

/** What reminders and escalations say about a task: case, step, responsible group, legal basis. */
record TaskFacts(String caseId, String processKey, String stepName, String responsibleGroup, String tenantId,
    String legalBasis) {

  static TaskFacts of(DelegateTask task) {
    UserTask element = task.getBpmnModelElementInstance();
    String legalBasis = element == null ? "" : element.getDocumentations().stream().map(Documentation::getTextContent)
        .reduce((a, b) -> a + " " + b).orElse("").trim();
    String processKey = element == null ? null : processOf(element);
    String group = task.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId).filter(g -> g != null).findFirst().orElse(null);
    String caseId = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    return new TaskFacts(caseId, processKey, task.getName(), group, task.getTenantId(), legalBasis);
  }

  private static String processOf(ModelElementInstance element) {
    ModelElementInstance current = element;
    while (current != null && !(current instanceof Process)) {
      current = current.getParentElement();
    }
    return current == null ? null : ((Process) current).getId();
  }

  /** Commune roles escalate to the commune's supervisors; province roles to the province's. */
  String supervisorGroup() {
    Optional<Role> role = Optional.ofNullable(responsibleGroup).flatMap(Role::byGroupId);
    return role.map(r -> r.level() == Role.Level.COMMUNE ? Role.COMMUNE_SUPERVISOR : Role.PROVINCE_SUPERVISOR)
        .orElse(Role.PROVINCE_SUPERVISOR).groupId();
  }
}
