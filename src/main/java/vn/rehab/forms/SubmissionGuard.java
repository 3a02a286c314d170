package vn.rehab.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import vn.rehab.engine.EngineChecks;

/**
 * What a submission may carry: only the keys its form owns (the engine would store any other key as a case
 * variable), read-only fields unchanged, and values that pass the form's rules. Used at the HTTP edge for a clear
 * 400 before the engine is touched; the engine checks the rules again in its own transaction.
 */
public class SubmissionGuard {

  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final FormRegistry forms;
  private final FormValidator validator;

  public SubmissionGuard(TaskService taskService, RepositoryService repositoryService,
      IdentityService identityService, FormRegistry forms, FormValidator validator) {
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.forms = forms;
    this.validator = validator;
  }

  public List<Violation> checkTask(String taskId, Map<String, Object> submitted, LocalDate today) {
    record Lookup(Task task, Map<String, Object> existing) {}
    Lookup lookup;
    try {
      lookup = asSystem(() -> {
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        return new Lookup(task, task == null ? Map.of() : taskService.getVariables(taskId));
      });
    } catch (RuntimeException raced) {
      // Completed by someone else between the two reads (the engine then fails on the ended case): let the
      // engine answer for the gone task, which TaskGoneFilter words for the officer.
      if (asSystem(() -> taskService.createTaskQuery().taskId(taskId).count()) == 0) {
        return List.of();
      }
      throw raced;
    }
    if (lookup.task() == null) {
      return List.of(); // the engine answers 404 (or 403) itself
    }
    String formId = lookup.task().getCamundaFormRef() == null ? null : lookup.task().getCamundaFormRef().getKey();
    return check(formId, submitted, lookup.existing(), today);
  }

  public List<Violation> checkStart(String definitionId, String definitionKey, Map<String, Object> submitted,
      LocalDate today) {
    String formId = asSystem(() -> {
      ProcessDefinition definition = definitionId != null
          ? repositoryService.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult()
          : repositoryService.createProcessDefinitionQuery().processDefinitionKey(definitionKey).latestVersion()
              .withoutTenantId().singleResult();
      if (definition == null) {
        return null;
      }
      return repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(StartEvent.class)
          .stream().filter(s -> s.getEventDefinitions().isEmpty()).map(StartEvent::getCamundaFormRef)
          .filter(Objects::nonNull).findFirst().orElse(null);
    });
    return check(formId, submitted, Map.of(), today);
  }

  private List<Violation> check(String formId, Map<String, Object> submitted, Map<String, Object> existing,
      LocalDate today) {
    List<Violation> violations = new ArrayList<>();
    FormSchema form = forms.form(formId).orElse(null);
    if (form == null) {
      submitted.keySet().forEach(k -> violations.add(new Violation(k,
          "Bước này không có biểu mẫu nhập liệu: không được gửi kèm dữ liệu «" + k + "».")));
      return violations;
    }
    for (Map.Entry<String, Object> entry : submitted.entrySet()) {
      FormField field = form.fields().get(entry.getKey());
      if (field == null) {
        violations.add(new Violation(entry.getKey(), "Dữ liệu «" + entry.getKey()
            + "» không thuộc biểu mẫu của bước này nên không được nhận."));
      } else if (field.readonly() && !Objects.equals(normalise(entry.getValue()), normalise(existing.get(field.key())))) {
        violations.add(new Violation(field.key(), "Trường «" + field.label() + "» chỉ để xem, không được sửa ở bước này."));
      }
    }
    if (violations.isEmpty()) {
      Map<String, Object> merged = new HashMap<>(existing);
      merged.putAll(submitted);
      violations.addAll(validator.validate(form, merged, today));
    }
    return violations;
  }

  private static Object normalise(Object value) {
    return value instanceof Number n ? n.doubleValue() : value;
  }

  /** Lookups run as the system: what the caller may see or do is decided from their answer (or by the engine). */
  private <T> T asSystem(Supplier<T> lookup) {
    return EngineChecks.asSystem(identityService, lookup);
  }
}
