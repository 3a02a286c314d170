package vn.rehab.bench;

import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * Acting as a user the way the REST API and the webapps do: the engine's authentication with the user's groups and
 * tenants (communes), so authorization checks and tenant checks are part of every figure.
 */
record UserSession(IdentityService identity, String userId, List<String> groups, List<String> tenants) {

  static UserSession of(IdentityService identity, String userId) {
    identity.clearAuthentication();
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    if (groups.isEmpty()) {
      throw new IllegalStateException("No demo user " + userId + " (REHAB_DEMO=true missing?)");
    }
    return new UserSession(identity, userId, groups, tenants);
  }

  <T> T call(Callable<T> work) throws Exception {
    identity.setAuthentication(userId, groups, tenants);
    try {
      return work.call();
    } finally {
      identity.clearAuthentication();
    }
  }
}
