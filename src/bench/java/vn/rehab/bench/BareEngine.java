package vn.rehab.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import vn.rehab.testing.PostgresDatabase;

/**
 * The baseline: a plain Camunda engine on its own database, with the engine settings of the application's
 * postgres profile (history audit, authorizations on, UUID ids, the same pool size, TASK_WORK, removal-time
 * cleanup) and none of its parse listeners, beans or indexes. Its model has as many plain user tasks as the
 * application's lifecycle case (the addiction determination: three), a candidate group each, no listener, no
 * due date, no escalation.
 */
final class BareEngine implements AutoCloseable {

  static final String KEY = "bare-lifecycle";
  static final int USER_TASKS = 3;

  private final HikariDataSource dataSource;
  private final ProcessEngine engine;

  BareEngine(String database, int poolSize) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(PostgresDatabase.url(database));
    pool.setUsername(PostgresDatabase.USER);
    pool.setPassword(PostgresDatabase.PASSWORD);
    pool.setMaximumPoolSize(poolSize);
    dataSource = new HikariDataSource(pool);
    StandaloneProcessEngineConfiguration c = new StandaloneProcessEngineConfiguration();
    c.setProcessEngineName("bare");
    c.setDataSource(dataSource);
    c.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    c.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    c.setAuthorizationEnabled(true);
    c.setJobExecutorActivate(false);
    c.setIdGenerator(new StrongUuidGenerator());
    c.setDefaultUserPermissionNameForTask("TASK_WORK");
    c.setEnforceHistoryTimeToLive(true);
    c.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
    c.setMetricsEnabled(true);
    c.setDbMetricsReporterActivate(false);
    engine = c.buildProcessEngine();
    engine.getRepositoryService().createDeployment().name(KEY).enableDuplicateFiltering(true)
        .addModelInstance(KEY + ".bpmn", model()).deploy();
  }

  static BpmnModelInstance model() {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1825)
        .startEvent("start");
    for (int i = 1; i <= USER_TASKS; i++) {
      flow = flow.userTask("task" + i).camundaCandidateGroups("commune-police");
    }
    return flow.endEvent("end").done();
  }

  /** Open instances (each waiting at its first task) until {@code target}, from several threads. */
  void loadTo(int target, int threads) throws InterruptedException {
    java.util.concurrent.atomic.AtomicLong open = new java.util.concurrent.atomic.AtomicLong(
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count());
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] = new Thread(() -> {
        while (open.getAndIncrement() < target) {
          engine.getRuntimeService().startProcessInstanceByKey(KEY);
        }
      });
      workers[t].start();
    }
    for (Thread w : workers) {
      w.join();
    }
  }

  ProcessEngine engine() {
    return engine;
  }

  javax.sql.DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }
}
