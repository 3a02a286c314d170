package vn.rehab.bench;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.rehab.RehabApplication;
import vn.rehab.testing.PostgresDatabase;

/**
 * The application itself (profile {@code postgres}: history audit, authorizations, every parse listener, filters,
 * identities) in this JVM on the bench database, with the demo users so that the figures are taken as the
 * officers and supervisors they are. The extra indexes are off at start: the bench adds and drops them itself to
 * measure before and after (and so are custom plans, see {@link #tuning(boolean)}; the database is vacuumed and
 * analyzed at each switch, {@link Vacuum}). The job executor is stopped right after the start (the starter starts it when the
 * application is ready) and only runs for the escalation storm.
 */
final class AppUnderTest implements AutoCloseable {

  static final String SECRET = "Bench-only-" + Long.toHexString(System.nanoTime()) + "-secret";

  private final ConfigurableApplicationContext context;
  private final String database;

  /**
   * @param localities the communes served ({@link Communes}); demo users are created only for the demo communes
   *     and their provinces (a national list would otherwise give every commune its users)
   */
  AppUnderTest(String database, java.nio.file.Path localities) {
    this.database = database;
    context = new SpringApplicationBuilder(RehabApplication.class).profiles("postgres").run("--server.port=0",
        "--spring.main.banner-mode=off", "--REHAB_DB_URL=" + PostgresDatabase.url(database),
        "--REHAB_DB_USER=" + PostgresDatabase.USER, "--REHAB_DB_PASSWORD=" + PostgresDatabase.PASSWORD,
        "--REHAB_ADMIN_USER=quantri", "--REHAB_ADMIN_PASSWORD=" + SECRET, "--REHAB_DEMO=false",
        "--rehab.identity.localities-file=" + localities.toAbsolutePath(), "--rehab.db.extra-indexes=false", "--REHAB_DB_INIT_SQL=SELECT 1",
        "--logging.level.org.camunda.bpm.engine.context=OFF", "--logging.level.vn.rehab.escalation=WARN",
        "--logging.level.org.camunda.bpm.engine.jobexecutor=WARN");
    jobExecutorOff();
    java.util.Set<String> demoCommunes = new java.util.HashSet<>();
    Communes.DEMO.forEach(c -> demoCommunes.add(c.code()));
    new vn.rehab.identity.DemoIdentities(engine().getIdentityService(),
        context.getBean(vn.rehab.identity.LocalityDirectory.class), SECRET)
        .run(u -> u.role() != vn.rehab.identity.Role.ADMIN && u.tenantIds().stream().anyMatch(demoCommunes::contains));
  }

  ProcessEngine engine() {
    return context.getBean(ProcessEngine.class);
  }

  DataSource dataSource() {
    return context.getBean(DataSource.class);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /**
   * The tuning the production profile applies from the start, switched on or off while the application runs: the
   * extra indexes and statistics, and custom plans. The latter is the same setting as the pool's
   * {@code connection-init-sql} of application-postgres.yaml, given to the database instead (the pool is open
   * already), and the pool's connections are replaced so that every one has it.
   */
  void tuning(boolean on) throws java.sql.SQLException {
    DataSource db = dataSource();
    for (var created : vn.rehab.engine.ExtraIndexes.created()) {
      EscalationStorm.update(db, "DROP " + created.kind() + " IF EXISTS " + created.name());
    }
    EscalationStorm.update(db, on ? "ALTER DATABASE " + database + " SET plan_cache_mode = force_custom_plan"
        : "ALTER DATABASE " + database + " RESET plan_cache_mode");
    if (on) {
      vn.rehab.engine.ExtraIndexes.apply(db);
    }
    Vacuum.now(db);
    ((com.zaxxer.hikari.HikariDataSource) db).getHikariPoolMXBean().softEvictConnections();
  }

  ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration();
  }

  void jobExecutorOff() {
    if (configuration().getJobExecutor().isActive()) {
      configuration().getJobExecutor().shutdown();
    }
  }

  void jobExecutorOn() {
    configuration().getJobExecutor().start();
  }

  @Override
  public void close() {
    context.close();
  }
}
