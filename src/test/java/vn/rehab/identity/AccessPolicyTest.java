package vn.rehab.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;

/** The engine-wide grants: least privilege for officers; commune separation is the tenants' job. */
class AccessPolicyTest {

  final List<AccessPolicy.Grant> grants = AccessPolicy.grants();

  @Test
  void everyOfficerRoleMayUseTasklistAndOnlySupervisorsAndAdminsCockpit() {
    for (Role role : Role.values()) {
      assertThat(has(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS)
          || has(role, Resources.APPLICATION, "*", Permissions.ALL)).as(role.groupId()).isTrue();
      boolean cockpit = has(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS)
          || has(role, Resources.APPLICATION, "*", Permissions.ALL);
      assertThat(cockpit).as(role.groupId()).isEqualTo(role.isSupervisor() || role == Role.ADMIN);
      assertThat(has(role, Resources.APPLICATION, "admin", Permissions.ACCESS)).isFalse();
    }
  }

  @Test
  void onlyAdministratorsHoldAllAndNoOfficerMayChangeIdentitiesOrAuthorizations() {
    for (AccessPolicy.Grant grant : grants) {
      if (grant.role() == Role.ADMIN) {
        continue;
      }
      assertThat(grant.permissions()).as("%s on %s", grant.role(), grant.resource().resourceName())
          .doesNotContain(Permissions.ALL, Permissions.UPDATE, Permissions.DELETE, Permissions.DELETE_INSTANCE,
              Permissions.UPDATE_INSTANCE);
      assertThat(grant.resource()).as(grant.role().groupId()).isNotIn(Resources.USER, Resources.GROUP,
          Resources.GROUP_MEMBERSHIP, Resources.AUTHORIZATION, Resources.TENANT, Resources.TENANT_MEMBERSHIP,
          Resources.DEPLOYMENT, Resources.BATCH, Resources.SYSTEM);
    }
  }

  @Test
  void administratorsMaySeeAndManageEverything() {
    Set<String> covered = grants.stream().filter(g -> g.role() == Role.ADMIN && "*".equals(g.resourceId()))
        .filter(g -> List.of(g.permissions()).contains(Permissions.ALL)).map(g -> g.resource().resourceName())
        .collect(Collectors.toSet());
    assertThat(covered).containsAll(Arrays.stream(Resources.values()).map(Resources::resourceName).toList());
  }

  @Test
  void officersSeeNoCaseWithoutATaskOrASupervisorRole() {
    for (AccessPolicy.Grant grant : grants) {
      if (grant.role().isSupervisor() || grant.role() == Role.ADMIN) {
        continue;
      }
      if (grant.resource() == Resources.PROCESS_INSTANCE || grant.resource() == Resources.TASK) {
        assertThat(grant.permissions()).as(grant.role().groupId()).containsOnly(Permissions.CREATE);
      }
      if (grant.resource() == Resources.PROCESS_DEFINITION) {
        assertThat(grant.permissions()).as(grant.role().groupId())
            .doesNotContain(Permissions.READ_INSTANCE, Permissions.READ_TASK, Permissions.READ_HISTORY);
      }
    }
  }

  @Test
  void casesAreOpenedOnlyByTheRolesOfTheFirstStep() {
    assertThat(starters("voluntary-treatment")).containsExactlyInAnyOrder(Role.COMMUNE_RECEPTION, Role.COMMUNE_POLICE);
    assertThat(starters("compulsory-commitment")).containsExactly(Role.COMMUNE_POLICE);
    assertThat(starters("addiction-assessment")).containsExactly(Role.COMMUNE_POLICE);
    assertThat(grants.stream().filter(g -> g.role() != Role.ADMIN && "*".equals(g.resourceId())
        && g.resource() == Resources.PROCESS_DEFINITION)).allSatisfy(g -> assertThat(g.permissions())
        .doesNotContain(Permissions.CREATE_INSTANCE));
  }

  private Set<Role> starters(String processKey) {
    return grants.stream().filter(g -> g.resource() == Resources.PROCESS_DEFINITION && processKey.equals(g.resourceId()))
        .filter(g -> List.of(g.permissions()).contains(Permissions.CREATE_INSTANCE)).map(AccessPolicy.Grant::role)
        .collect(Collectors.toSet());
  }

  private boolean has(Role role, Resources resource, String id, Permission permission) {
    return grants.stream().anyMatch(g -> g.role() == role && g.resource() == resource && g.resourceId().equals(id)
        && List.of(g.permissions()).contains(permission));
  }
}
