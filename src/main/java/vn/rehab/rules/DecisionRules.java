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
    DmnDecisionResult result = EngineChecks.withoutChecks(() -> execution.getProcessEngineServices()
        .getDecisionService().evaluateDecisionByKey(decisionKey).variables(inputs).evaluate());
    if (result.size() != 1) {
      throw new ProcessEngineException("Decision " + decisionKey + " gave " + result.size()
          + " results for case " + execution.getProcessBusinessKey() + "; exactly one is expected");
    }
    Map<String, Object> outputs = result.getSingleResult().getEntryMap();
    outputs.forEach(execution::setVariable);
    return outputs;
  }
}
