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
 * measure before and after. The job executor is stopped right after the start (the starter starts it when the
 * application is ready) and only runs for the escalation storm.
 */
final class AppUnderTest implements AutoCloseable {

  static final String SECRET = "Bench-only-" + Long.toHexString(System.nanoTime()) + "-secret";

  private final ConfigurableApplicationContext context;

  AppUnderTest(String database) {
    context = new SpringApplicationBuilder(RehabApplication.class).profiles("postgres").run("--server.port=0",
        "--spring.main.banner-mode=off", "--REHAB_DB_URL=" + PostgresDatabase.url(database),
        "--REHAB_DB_USER=" + PostgresDatabase.USER, "--REHAB_DB_PASSWORD=" + PostgresDatabase.PASSWORD,
        "--REHAB_ADMIN_USER=quantri", "--REHAB_ADMIN_PASSWORD=" + SECRET, "--REHAB_DEMO=true",
        "--REHAB_DEMO_PASSWORD=" + SECRET, "--rehab.db.extra-indexes=false",
        "--logging.level.org.camunda.bpm.engine.context=OFF", "--logging.level.vn.rehab.escalation=WARN",
        "--logging.level.org.camunda.bpm.engine.jobexecutor=WARN");
    jobExecutorOff();
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
