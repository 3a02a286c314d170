package vn.rehab.handbook;

import vn.rehab.identity.AgencyMapping;
import vn.rehab.identity.Role;

/**
 * Which agency and Camunda group hold a role under a regime, from the dated mapping on the regime's reference day
 * ({@link RegimeDays}): the same lookup {@code caseRoles} makes when a task is created.
 */
final class RegimeAgencies {

  private final AgencyMapping mapping;

  RegimeAgencies(AgencyMapping mapping) {
    this.mapping = mapping;
  }

  AgencyMapping.Holder holder(String role, String regime) {
    return mapping.holder(role, RegimeDays.of(regime));
  }

  /** The Vietnamese name of a role (roles.md), or the id itself for a role the enum does not know. */
  static String roleName(String role) {
    return Role.byGroupId(role).map(Role::vietnameseName).orElse(role);
  }
}
