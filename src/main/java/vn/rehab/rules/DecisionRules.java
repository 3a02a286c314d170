package vn.rehab.rules;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import vn.rehab.engine.EngineChecks;

/**
 * Applies a DMN table to a case and stores each output of its single matching row as a case variable (bean
 * {@code rules}, used by business rule tasks: {@code camunda:expression="${rules.apply(execution,
 * 'voluntary-term')}"}). The engine's own business rule task would store a multi-output result as one
 * serialized map; plain variables are what gateways, forms and reports read.
 */
public class DecisionRules {

  public Map<String, Object> apply(DelegateExecution execution, String decisionKey) {
    VariableMap inputs = Variables.fromMap(execution.getVariables());
    // The rule belongs to the system, not to the officer whose completion triggered it.
    DmnDecisionResult result = EngineChecks.withoutChecks(() -> {
      // A case that never had a value for an input (an optional box left empty, a step not yet taken) gives the
      // table a null, which its rules can test, instead of an "unknown variable" failure.
      namedInputs(execution, decisionKey).forEach(name -> inputs.putIfAbsent(name, null));
      return execution.getProcessEngineServices().getDecisionService().evaluateDecisionByKey(decisionKey)
          .variables(inputs).evaluate();
    });
    if (result.size() != 1) {
      throw new ProcessEngineException("Decision " + decisionKey + " gave " + result.size()
          + " results for case " + execution.getProcessBusinessKey() + "; exactly one is expected");
    }
    Map<String, Object> outputs = result.getSingleResult().getEntryMap();
    outputs.forEach(execution::setVariable);
    return outputs;
  }

  private static java.util.List<String> namedInputs(DelegateExecution execution, String decisionKey) {
    var repository = execution.getProcessEngineServices().getRepositoryService();
    var definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).latestVersion()
        .withoutTenantId().singleResult();
    if (definition == null) {
      throw new ProcessEngineException("No decision table '" + decisionKey + "' is deployed");
    }
    return repository.getDmnModelInstance(definition.getId())
        .getModelElementsByType(org.camunda.bpm.model.dmn.instance.InputExpression.class).stream()
        .map(e -> e.getText() == null ? "" : e.getText().getTextContent().trim())
        .filter(t -> t.matches("[A-Za-z_][A-Za-z0-9_]*")).toList();
  }
}
