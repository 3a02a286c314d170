package vn.rehab.supervision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Records the support given after treatment (bean {@code supervisionSupport}, procedures.md 4.5): vocational training,
 * job placement, loans, counselling, which the province's reports count against its targets. Each completion of the
 * support step records one service in two forms:
 * <ul>
 *   <li>{@code supportServices}, a String holding the JSON list {@code [{"type": …, "date": …}, …]} of the case
 *       (data dictionary);</li>
 *   <li>one history record per service: the variables {@code supportServiceType} and {@code supportServiceDate}
 *       local to that step's activity instance, i.e. one row each in {@code ACT_HI_VARINST} with the case's
 *       commune as tenant, so a report counts services by type, commune and month with a plain query.</li>
 * </ul>
 * The step's start clears the form's values of the previous recording, so that each recording starts from an
 * empty form (clearing them at the end would defeat the server's check of the form, which runs after this listener).
 */
public class SupportServices {

  public static final List<String> TYPES = List.of("vocational-training", "job-placement", "loan", "counselling");
  static final List<String> FORM_KEYS = List.of("serviceType", "serviceDate", "serviceProvider", "serviceNote");
  private static final ObjectMapper JSON = new ObjectMapper();

  public void record(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    // Missing or unknown values: the form check that runs next refuses the submission with its own message.
    if (!(execution.getVariable("serviceType") instanceof String type) || !TYPES.contains(type)
        || !(execution.getVariable("serviceDate") instanceof String date)) {
      return;
    }
    ArrayNode list = read((String) execution.getVariable("supportServices"));
    list.addObject().put("type", type).put("date", date);
    execution.setVariable("supportServices", list.toString());
    execution.setVariableLocal("supportServiceType", type);
    execution.setVariableLocal("supportServiceDate", date);
  }

  /** The support step opens again: the previous recording's values are not shown as if they were new. */
  public void clearForm(DelegateExecution execution) {
    FORM_KEYS.forEach(execution::removeVariable);
  }

  static ArrayNode read(String json) {
    if (json == null || json.isBlank()) {
      return JSON.createArrayNode();
    }
    try {
      if (JSON.readTree(json) instanceof ArrayNode list) {
        return list;
      }
    } catch (JsonProcessingException e) {
      // fall through: a corrupt value is an error of the system, not of the officer
    }
    throw new ProcessEngineException("supportServices is not a JSON list: " + json);
  }
}
