package vn.rehab.reporting;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import vn.rehab.testing.PostgresDatabase;

/**
 * The hand-counted report figures ({@link ReportIndicatorsCases}) on PostgreSQL, the production database: the same
 * seeded history and the same expectations as on H2, in a fresh database of its own (dropped afterwards). An engine
 * without Spring, so it runs with the unit tests in seconds; without a server it is skipped with a message naming
 * it, under {@code CI=true} it fails ({@link PostgresDatabase}).
 */
class ReportIndicatorsPostgresTest extends ReportIndicatorsCases {

  private PostgresDatabase database;

  @Override
  boolean useDatabase(ProcessEngineConfigurationImpl configuration) {
    database = PostgresDatabase.create("rehab_report");
    if (!database.available()) {
      return false;
    }
    configuration.setJdbcDriver(PostgresDatabase.DRIVER);
    configuration.setJdbcUrl(database.url());
    configuration.setJdbcUsername(PostgresDatabase.USER);
    configuration.setJdbcPassword(PostgresDatabase.PASSWORD);
    configuration.setDatabaseType("postgres");
    return true;
  }

  @Override
  void assumeDatabase() {
    database.assumeAvailable();
  }

  @Override
  void dropDatabase() throws Exception {
    if (database != null) {
      database.drop();
    }
  }
}
