package vn.rehab.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;
import vn.rehab.RehabApplication;

/**
 * The {@code postgres} profile refuses to start with a blank, well-known or short administrator password, before
 * the administrator is created. Runs on an in-memory H2 database, so it needs no PostgreSQL server.
 */
class ProductionStartupGuardIT {

  @ParameterizedTest(name = "admin password \"{0}\"")
  @ValueSource(strings = {"", "demo", "Changeme", "short-1"})
  void refusesToStartWithAWeakAdministratorPassword(String password) {
    String db = "jdbc:h2:mem:guard-" + Math.abs(password.hashCode()) + ";DB_CLOSE_DELAY=-1";
    assertThatThrownBy(() -> new SpringApplicationBuilder(RehabApplication.class).profiles("postgres")
        .run("--server.port=0", "--spring.main.banner-mode=off", "--REHAB_DB_URL=" + db, "--REHAB_DB_USER=sa",
            "--REHAB_ADMIN_PASSWORD=" + password).close())
        .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage())
            .startsWith("Refusing to start: the administrator password is"));
  }
}
