package vn.rehab.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Hands a person over to another procedure by starting it through its message start event, with the person's
 * data and what the receiving procedure needs (ground, evidence, dates). The new case gets its own number and
 * points back with {@code sourceCaseId}; the sending case records {@code handedOverToCaseId}. Run it
 * asynchronously (asyncBefore) so that a receiving procedure that is missing or failing becomes a visible
 * incident in Cockpit, retried, instead of an error for the officer who completed the previous step.
 */
public class CaseHandOver implements JavaDelegate {

  /** The person's start variables (data dictionary) that every procedure receives. */
  public static final List<String> PERSON = List.of("fullName", "dateOfBirth", "sex", "citizenId", "provinceCode",
      "communeCode", "residenceAddress", "legalRepresentativeName");

  private final String messageName;
  private final List<String> carried;
  private final BiConsumer<DelegateExecution, Map<String, Object>> adjust;

  public CaseHandOver(String messageName, List<String> carried,
      BiConsumer<DelegateExecution, Map<String, Object>> adjust) {
    this.messageName = messageName;
    this.carried = carried;
    this.adjust = adjust;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    for (String name : PERSON) {
      putIfPresent(execution, variables, name);
    }
    for (String name : carried) {
      putIfPresent(execution, variables, name);
    }
    variables.put("sourceCaseId", execution.getProcessBusinessKey());
    adjust.accept(execution, variables);
    ProcessInstance started = execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(messageName).setVariables(variables).correlateStartMessage();
    execution.setVariable("handedOverToCaseId", started.getBusinessKey());
  }

  private static void putIfPresent(DelegateExecution execution, Map<String, Object> variables, String name) {
    Object value = execution.getVariable(name);
    if (value != null) {
      variables.put(name, value);
    }
  }
}
