package vn.rehab.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Puts every case into the tenant of the commune it belongs to ({@code communeCode} start variable), so the
 * engine's tenant check keeps it away from officers of other communes in Tasklist, Cockpit and REST alike.
 * Called cases (sub-processes) stay in the caller's commune.
 */
public class LocalityTenantIdProvider implements TenantIdProvider {

  public static final String COMMUNE_VARIABLE = "communeCode";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    DelegateExecution superExecution = ctx.getSuperExecution();
    if (superExecution != null && superExecution.getTenantId() != null) {
      return superExecution.getTenantId();
    }
    Object commune = ctx.getVariables().get(COMMUNE_VARIABLE);
    // A case without a commune gets no tenant; the case-opening listener then refuses it with a clear message.
    return commune instanceof String s && !s.isBlank() ? s.trim() : null;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    if (ctx.getExecution() != null) {
      return ctx.getExecution().getTenantId();
    }
    return null;
  }
}
