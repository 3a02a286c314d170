package vn.rehab.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo users, only where the demo is switched on (default profile): one user per commune-level role in each
 * commune ({@code halong-police}), one per province-level role in each province ({@code qn-court}), and
 * {@code admin}. All share the demo password from the README. Never active in the postgres profile unless an
 * operator switches it on explicitly.
 */
public class DemoIdentities {

  private static final Logger LOG = LoggerFactory.getLogger(DemoIdentities.class);

  /** A demo user: id, the role it holds and the communes (tenants) it works for. */
  public record DemoUser(String id, String firstName, String lastName, Role role, List<String> tenantIds) {}

  private final IdentityService identityService;
  private final LocalityDirectory localities;
  private final String password;

  public DemoIdentities(IdentityService identityService, LocalityDirectory localities, String password) {
    this.identityService = identityService;
    this.localities = localities;
    this.password = password;
  }

  public List<DemoUser> users() {
    List<DemoUser> users = new ArrayList<>();
    for (Locality commune : localities.all()) {
      for (Role role : Role.values()) {
        if (role.level() == Role.Level.COMMUNE) {
          users.add(new DemoUser(commune.slug() + "-" + shortName(role), role.vietnameseName(),
              commune.communeName(), role, List.of(commune.tenantId())));
        }
      }
    }
    localities.all().stream().map(Locality::provinceCode).distinct().forEach(provinceCode -> {
      List<Locality> communes = localities.inProvince(provinceCode);
      String prefix = communes.get(0).provinceAbbreviation().toLowerCase();
      List<String> tenants = communes.stream().map(Locality::tenantId).toList();
      for (Role role : Role.values()) {
        if (role.level() == Role.Level.PROVINCE && role != Role.ADMIN) {
          users.add(new DemoUser(prefix + "-" + shortName(role), role.vietnameseName(),
              communes.get(0).provinceName(), role, tenants));
        }
      }
    });
    users.add(new DemoUser("admin", "Quản trị", "Hệ thống", Role.ADMIN,
        localities.all().stream().map(Locality::tenantId).toList()));
    return users;
  }

  static String shortName(Role role) {
    return switch (role) {
      case COMMUNE_RECEPTION -> "reception";
      case COMMUNE_CHAIRMAN -> "chairman";
      case COMMUNE_POLICE -> "police";
      case COMMUNE_SUPERVISOR -> "supervisor";
      case DOSSIER_REVIEWER -> "reviewer";
      case LEGAL_REVIEWER -> "legal";
      case HEALTH_ASSESSOR -> "health";
      case SERVICE_PROVIDER -> "provider";
      case COURT -> "court";
      case PROCURACY -> "procuracy";
      case REHAB_FACILITY -> "facility";
      case PROVINCE_AUTHORITY -> "authority";
      case PROVINCE_SUPERVISOR -> "supervisor";
      case ADMIN -> "admin";
    };
  }

  public void run() {
    run(user -> true);
  }

  /**
   * Creates the demo users {@code which} accepts (the benchmark, serving every commune of the country, creates
   * only those it acts as); existing users are left as they are.
   */
  public void run(java.util.function.Predicate<DemoUser> which) {
    int created = 0;
    for (DemoUser demo : users()) {
      if (!which.test(demo) || identityService.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setPassword(password);
      user.setEmail(demo.id() + "@demo.local");
      identityService.saveUser(user);
      identityService.createMembership(demo.id(), demo.role().groupId());
      if (demo.role() == Role.ADMIN) {
        // Without a member of camunda-admin the webapps would offer anyone to create an administrator.
        identityService.createMembership(demo.id(), IdentityBootstrap.CAMUNDA_ADMIN);
      }
      for (String tenantId : demo.tenantIds()) {
        identityService.createTenantUserMembership(tenantId, demo.id());
      }
      created++;
    }
    LOG.info("Demo identities: {} users created", created);
  }
}
