package vn.rehab.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import vn.rehab.engine.EngineChecks;
import vn.rehab.identity.AgencyMapping;

/**
 * Who does a step (bean {@code caseRoles}): {@code camunda:candidateGroups="${caseRoles.of('voluntary.2.4',
 * execution)}"}. The procedure's DMN table ({@code voluntary-roles} for step {@code voluntary.2.4}) picks the role
 * by step and the case's regime (e.g. the
 * voluntary decision: commune chairman under L73, commune police under L120); the dated agency mapping then says
 * which group holds that role on the day the task is created.
 */
public class CaseRoles {

  private final AgencyMapping mapping;

  public CaseRoles(AgencyMapping mapping) {
    this.mapping = mapping;
  }

  public String of(String step, DelegateExecution execution) {
    Object regime = execution.getVariable("legalRegime");
    // The rule is the system's, not the officer's: evaluate it without the officer's decision permissions.
    DmnDecisionResult result = EngineChecks.withoutChecks(() -> execution.getProcessEngineServices()
        .getDecisionService().evaluateDecisionByKey(decisionFor(step))
        .variables(Variables.createVariables().putValue("step", step).putValue("legalRegime", regime))
        .evaluate());
    if (result.isEmpty()) {
      throw new ProcessEngineException(decisionFor(step) + " has no row for step " + step + " under regime " + regime);
    }
    String role = result.getSingleResult().getEntry("role");
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
    return mapping.holder(role, today).group();
  }

  /** Each procedure keeps its own table, so that a change to one procedure touches only its folder. Public for
   * the handbook (vn.rehab.handbook), which must read the same table the engine reads. */
  public static String decisionFor(String step) {
    int dot = step.indexOf('.');
    return (dot < 0 ? step : step.substring(0, dot)) + "-roles";
  }
}
