package vn.rehab.handbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import vn.rehab.deadline.CaseDeadlines;

/**
 * Names, in words, the event a limit counts from (the {@code from} column: a case variable). A date an officer
 * enters is named by the label of its input in the procedure's forms; an instant recorded by
 * {@code caseEvents.record(execution, 'x')} by the step that records it; {@code stepStart} by the step itself.
 * A variable computed by the application is shown by its name, honestly, rather than by a guessed phrase.
 */
final class EventNames {

  private static final Pattern RECORD = Pattern.compile("caseEvents\\.record\\(execution,\\s*'([^']+)'\\)");

  private final FormCatalog forms;
  private final List<String> formIds;
  private final Map<String, String> recordedBy = new HashMap<>();

  /**
   * @param formIds the procedure's forms, in the order the label of a key is looked for
   * @param models the procedure's models, whose listeners record instants
   */
  EventNames(FormCatalog forms, List<String> formIds, List<BpmnModelInstance> models) {
    this.forms = forms;
    this.formIds = List.copyOf(formIds);
    for (BpmnModelInstance model : models) {
      for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
        Matcher m = RECORD.matcher(String.valueOf(listener.getCamundaExpression()));
        if (m.find() && listener.getParentElement().getParentElement() instanceof FlowNode node) {
          recordedBy.putIfAbsent(m.group(1), node.getName() == null ? node.getId() : node.getName());
        }
      }
    }
  }

  String describe(String variable) {
    if (CaseDeadlines.STEP_START.equals(variable)) {
      return "thời điểm bắt đầu bước này";
    }
    String step = recordedBy.get(variable);
    if (step != null) {
      return "thời điểm hoàn thành «" + step + "»";
    }
    Optional<String> label = forms.labelOf(variable, formIds);
    return label.map(l -> lowerFirst(l) + " (`" + variable + "`)")
        .orElse("mốc `" + variable + "` (do hệ thống tính)");
  }

  /** "Ngày đăng ký" reads "ngày đăng ký" inside a sentence. */
  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
