package vn.rehab.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * Who may do what, engine-wide. Locality is not decided here: every case belongs to its commune's tenant and
 * the engine's tenant check hides other communes' cases. Agency is decided per task: a candidate group gets
 * its rights on a task through the identity link, so no officer group has a global right on tasks.
 */
public final class AccessPolicy {

  /** A grant of permissions on a resource ("*" = every resource of that type) to a role group. */
  public record Grant(Role role, Resource resource, String resourceId, Permission... permissions) {}

  /** Which roles may open which case from Tasklist or REST (the first step of the procedure is theirs). */
  static final Map<String, Set<Role>> STARTERS = Map.of(
      "addiction-assessment", Set.of(Role.COMMUNE_POLICE),
      "voluntary-treatment", Set.of(Role.COMMUNE_RECEPTION, Role.COMMUNE_POLICE),
      "compulsory-commitment", Set.of(Role.COMMUNE_POLICE),
      "post-treatment-supervision", Set.of(Role.REHAB_FACILITY, Role.COMMUNE_RECEPTION, Role.COMMUNE_POLICE));

  private AccessPolicy() {}

  public static List<Grant> grants() {
    List<Grant> grants = new java.util.ArrayList<>();
    for (Role role : Role.values()) {
      if (role == Role.ADMIN) {
        // An engine admin group skips admin-only command checks, not query filters (7.24): like Camunda's own
        // admin set-up for camunda-admin, grant ALL on every resource, or Cockpit and Admin show it nothing.
        for (Resources resource : Resources.values()) {
          grants.add(new Grant(role, resource, "*", org.camunda.bpm.engine.authorization.Permissions.ALL));
        }
        continue;
      }
      grants.add(new Grant(role, Resources.APPLICATION, "tasklist", ACCESS));
      // Officers see definitions (names, diagrams, start forms); instances stay hidden unless a task or a
      // supervisor grant opens them.
      grants.add(new Grant(role, Resources.PROCESS_DEFINITION, "*", READ));
      grants.add(new Grant(role, Resources.DECISION_DEFINITION, "*", READ));
      // Tasklist filters: READ per filter and group, granted by TasklistFilters (no engine-wide FILTER grant).
      if (role.isSupervisor()) {
        grants.add(new Grant(role, Resources.APPLICATION, "cockpit", ACCESS));
        grants.add(new Grant(role, Resources.PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY, READ_TASK));
        grants.add(new Grant(role, Resources.PROCESS_INSTANCE, "*", READ));
        grants.add(new Grant(role, Resources.DECISION_DEFINITION, "*", READ, READ_HISTORY));
        grants.add(new Grant(role, Resources.TASK, "*", READ));
      }
    }
    STARTERS.forEach((processKey, roles) -> roles.forEach(role -> {
      grants.add(new Grant(role, Resources.PROCESS_DEFINITION, processKey, READ, CREATE_INSTANCE));
    }));
    for (Role role : Set.of(Role.COMMUNE_RECEPTION, Role.COMMUNE_POLICE, Role.REHAB_FACILITY)) {
      grants.add(new Grant(role, Resources.PROCESS_INSTANCE, "*", CREATE));
    }
    return grants;
  }
}
