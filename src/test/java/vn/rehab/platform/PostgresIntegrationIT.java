package vn.rehab.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import vn.rehab.RehabApplication;
import vn.rehab.cases.JdbcCaseNumbers;
import vn.rehab.engine.ExtraIndexes;
import vn.rehab.webapp.TaskListCopiesHistoryLevel;
import vn.rehab.testing.PostgresDatabase;

/**
 * The production set-up: the application with the {@code postgres} profile on a fresh PostgreSQL database
 * ({@code rehab_it_<random>}, created here and dropped afterwards) creates its schema, deploys every model and
 * form of the repository, has no demo users, and runs a case to its end.
 *
 * <p>The server and the skip (or, under {@code CI=true}, failure) without one: {@link PostgresDatabase}.
 */
class PostgresIntegrationIT {

  static final String ADMIN_PASSWORD = "Kiem-thu-" + UUID.randomUUID();
  static final String USER = PostgresDatabase.USER;
  static final String PASSWORD = PostgresDatabase.PASSWORD;

  static PostgresDatabase postgres;
  static String database;

  @BeforeAll
  static void createFreshDatabase() {
    postgres = PostgresDatabase.create("rehab_it");
    database = postgres.name();
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    postgres.drop();
  }

  static String url(String db) {
    return PostgresDatabase.url(db);
  }

  @Test
  void startsOnAFreshDatabaseDeploysEveryModelAndRunsACaseToItsEnd() throws Exception {
    // skipped here, not in @BeforeAll, so that the report counts this test and shows why
    postgres.assumeAvailable();
    long started = System.nanoTime();
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RehabApplication.class)
        .profiles("postgres").run("--server.port=0", "--spring.main.banner-mode=off",
            "--REHAB_DB_URL=" + url(database), "--REHAB_DB_USER=" + USER, "--REHAB_DB_PASSWORD=" + PASSWORD,
            "--REHAB_ADMIN_USER=quantri", "--REHAB_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
            "--logging.level.org.camunda.bpm.engine.context=OFF")) {
      System.out.printf("PostgreSQL integration: application started on %s in %d ms%n", database,
          (System.nanoTime() - started) / 1_000_000);
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(app.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(url(database));

      // Schema: the engine's tables and ours were created in the empty database.
      DataSource dataSource = app.getBean(DataSource.class);
      try (Connection c = dataSource.getConnection()) {
        assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        assertThat(c.getCatalog()).isEqualTo(database);
        assertThat(tableExists(c, "act_ru_task")).isTrue();
        assertThat(tableExists(c, "act_hi_procinst")).isTrue();
        assertThat(tableExists(c, "rehab_case_counter")).isTrue();
        // the indexes and planner statistics Camunda lacks (db/postgres-indexes.sql, ExtraIndexes) were added
        assertThat(ExtraIndexes.created()).isNotEmpty();
        for (ExtraIndexes.Created created : ExtraIndexes.created()) {
          assertThat(names(c, created.kind().equals("INDEX")
              ? "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
              : "SELECT stxname FROM pg_statistic_ext")).as(created.toString()).contains(created.name());
        }
        // every pooled connection plans with the query's values (application-postgres.yaml, connection-init-sql)
        assertThat(names(c, "SHOW plan_cache_mode")).containsExactly("force_custom_plan");
        // the start warns exactly when the server does not vacuum (this machine's test server: off)
        boolean autovacuumOn = names(c, "SHOW autovacuum").contains("on");
        assertThat(vn.rehab.engine.AutovacuumCheck.warning(dataSource)).as("autovacuum on: " + autovacuumOn)
            .matches(w -> w.isPresent() != autovacuumOn);
      }
      assertThat(engine.getProcessEngineConfiguration().getHistory()).isEqualTo(TaskListCopiesHistoryLevel.NAME);

      assertEveryModelAndFormIsDeployed(engine);

      // Production identities: the configured administrator, no demo user, every role and commune.
      assertThat(engine.getIdentityService().createUserQuery().list()).extracting(u -> u.getId())
          .containsExactly("quantri");
      assertThat(engine.getIdentityService().createGroupQuery().list()).extracting(g -> g.getId())
          .containsAll(PlatformBootTest.ROLE_IDS);
      assertThat(engine.getIdentityService().createTenantQuery().list()).extracting(t -> t.getId())
          .containsAll(PlatformBootTest.communeCodes());
      TestRestTemplate http = new TestRestTemplate();
      String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
      assertThat(http.withBasicAuth("quantri", ADMIN_PASSWORD).getForEntity(base + "/engine-rest/engine",
          String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(http.withBasicAuth("admin", "demo").getForEntity(base + "/engine-rest/engine", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(http.getForEntity(base + "/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

      // A case from start to end on PostgreSQL.
      TestCases.deploy(engine);
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(TestCases.KEY,
          TestCases.person(TestCases.HALONG));
      assertThat(instance.getBusinessKey()).matches("QN-\\d{4}-\\d{6}");
      assertThat(instance.getTenantId()).isEqualTo(TestCases.HALONG);
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(task.getDueDate()).isNotNull();
      // the task carries Tasklist's copies; the history keeps the case's variables and not the copies
      assertThat(engine.getTaskService().getVariablesLocal(task.getId())).containsKey("tasklistCaseId");
      engine.getTaskService().complete(task.getId(), Map.of("appraisalResult", "accepted"));
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
          .list()).extracting(v -> v.getName()).contains("fullName", "appraisalResult")
          .noneMatch(name -> name.startsWith("tasklist"));
      HistoricProcessInstance done = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(instance.getId()).singleResult();
      assertThat(done.getEndTime()).isNotNull();
      assertThat(done.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
      // Removal-time-based cleanup: an ended case carries the date its history may be removed.
      assertThat(done.getRemovalTime()).isAfter(done.getEndTime());

      // Concurrent starts and the counter itself, on the production database.
      CaseNumbersConcurrencyTest.inParallelTimes(8, 10, () -> engine.getRuntimeService()
          .startProcessInstanceByKey(TestCases.KEY, TestCases.person(TestCases.BAICHAY)).getBusinessKey(),
          keys -> assertThat(keys).hasSize(80).doesNotHaveDuplicates());
      JdbcCaseNumbers numbers = new JdbcCaseNumbers(dataSource, app.getBean(PlatformTransactionManager.class));
      CaseNumbersConcurrencyTest.inParallelTimes(8, 50, () -> numbers.next("PG", 2031),
          keys -> assertThat(keys).hasSize(400).doesNotHaveDuplicates()
              .contains("PG-2031-000001", "PG-2031-000400"));
    }
  }

  static void assertEveryModelAndFormIsDeployed(ProcessEngine engine) throws IOException {
    Set<String> processIds = new HashSet<>();
    Set<String> decisionIds = new HashSet<>();
    Set<String> formResources = new HashSet<>();
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (file.toString().endsWith(".bpmn")) {
          Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).stream()
              .filter(Process::isExecutable).forEach(p -> processIds.add(p.getId()));
        } else if (file.toString().endsWith(".dmn")) {
          Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)
              .forEach(d -> decisionIds.add(d.getId()));
        }
      }
    }
    try (Stream<Path> files = Files.walk(Path.of("forms"))) {
      files.filter(f -> f.toString().endsWith(".form"))
          .forEach(f -> formResources.add("forms/" + Path.of("forms").relativize(f).toString().replace('\\', '/')));
    }
    assertThat(processIds).as("processes/ holds models").isNotEmpty();
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list())
        .extracting(ProcessDefinition::getKey).containsAll(processIds);
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().latestVersion().list())
        .extracting(d -> d.getKey()).containsAll(decisionIds);
    Set<String> deployedResources = engine.getRepositoryService().createDeploymentQuery().list().stream()
        .flatMap(d -> engine.getRepositoryService().getDeploymentResourceNames(d.getId()).stream())
        .collect(Collectors.toSet());
    assertThat(deployedResources).containsAll(formResources);
  }

  private static Set<String> names(Connection c, String query) throws SQLException {
    Set<String> names = new HashSet<>();
    try (var rs = c.createStatement().executeQuery(query)) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private static boolean tableExists(Connection c, String table) throws SQLException {
    try (var rs = c.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
      return rs.next();
    }
  }

}
