package vn.rehab.identity;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, idempotently, what every installation needs: a group per role of roles.md, a tenant per commune and
 * the grants of {@link AccessPolicy}. Run at every start so that a new role, commune or grant arrives with a
 * deployment of the application, not by hand in Admin.
 */
public class IdentityBootstrap {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);
  static final String CAMUNDA_ADMIN = "camunda-admin";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final LocalityDirectory localities;

  public IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
      LocalityDirectory localities) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.localities = localities;
  }

  public void run() {
    for (Role role : Role.values()) {
      if (identityService.createGroupQuery().groupId(role.groupId()).count() == 0) {
        Group group = identityService.newGroup(role.groupId());
        group.setName(role.vietnameseName());
        group.setType(role == Role.ADMIN ? "SYSTEM" : "WORKFLOW");
        identityService.saveGroup(group);
      }
    }
    ensureWebappAdminGroup();
    for (Locality locality : localities.all()) {
      if (identityService.createTenantQuery().tenantId(locality.tenantId()).count() == 0) {
        Tenant tenant = identityService.newTenant(locality.tenantId());
        tenant.setName(locality.displayName());
        identityService.saveTenant(tenant);
      }
    }
    List<AccessPolicy.Grant> grants = AccessPolicy.grants();
    int created = 0;
    for (AccessPolicy.Grant grant : grants) {
      Authorization existing = authorizationService.createAuthorizationQuery().groupIdIn(grant.role().groupId())
          .resourceType(grant.resource()).resourceId(grant.resourceId()).singleResult();
      Authorization auth = existing != null ? existing
          : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      auth.setGroupId(grant.role().groupId());
      auth.setResource(grant.resource());
      auth.setResourceId(grant.resourceId());
      for (var permission : grant.permissions()) {
        if (!auth.isPermissionGranted(permission)) {
          auth.addPermission(permission);
          created++;
        }
      }
      authorizationService.saveAuthorization(auth);
    }
    LOG.info("Identity bootstrap: {} roles, {} communes, {} grants ({} permissions added)", Role.values().length,
        localities.all().size(), grants.size(), created);
  }

  /**
   * The webapps treat members of {@code camunda-admin} as administrators and, while that group has no member,
   * offer anyone the "create the first administrator" page. The group exists with full rights so that the
   * installation's administrators can be put in it (the postgres profile's configured administrator is).
   */
  private void ensureWebappAdminGroup() {
    if (identityService.createGroupQuery().groupId(CAMUNDA_ADMIN).count() == 0) {
      Group group = identityService.newGroup(CAMUNDA_ADMIN);
      group.setName("Quản trị hệ thống (Camunda)");
      group.setType("SYSTEM");
      identityService.saveGroup(group);
    }
    for (org.camunda.bpm.engine.authorization.Resources resource : org.camunda.bpm.engine.authorization.Resources.values()) {
      if (authorizationService.createAuthorizationQuery().groupIdIn(CAMUNDA_ADMIN).resourceType(resource)
          .resourceId("*").count() == 0) {
        Authorization all = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        all.setGroupId(CAMUNDA_ADMIN);
        all.setResource(resource);
        all.setResourceId("*");
        all.addPermission(org.camunda.bpm.engine.authorization.Permissions.ALL);
        authorizationService.saveAuthorization(all);
      }
    }
  }
}
