package vn.rehab.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs a lookup inside the current engine command without the caller's authorization and tenant checks, for
 * rules that must see every commune (e.g. "this person already has an open case elsewhere"). Only the rule's
 * answer reaches the caller, never the data it looked at.
 */
public final class EngineChecks {

  private EngineChecks() {}

  public static <T> T withoutChecks(Supplier<T> lookup) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return lookup.get();
    }
    boolean authorization = context.isAuthorizationCheckEnabled();
    boolean tenant = context.isTenantCheckEnabled();
    context.disableAuthorizationCheck();
    context.disableTenantCheck();
    try {
      return lookup.get();
    } finally {
      if (authorization) {
        context.enableAuthorizationCheck();
      }
      if (tenant) {
        context.enableTenantCheck();
      }
    }
  }

  /**
   * Runs a lookup outside an engine command as the system (no user, so no authorization or tenant filter), then
   * puts the caller's authentication back: for guards in front of the engine that decide from the answer.
   */
  public static <T> T asSystem(IdentityService identityService, Supplier<T> lookup) {
    Authentication current = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (current != null) {
        identityService.setAuthentication(current);
      }
    }
  }
}
