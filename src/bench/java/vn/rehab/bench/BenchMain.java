package vn.rehab.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.rehab.reporting.ReportService;
import vn.rehab.testing.PostgresDatabase;

/**
 * The benchmark suite of issue #9 (README "Performance"): {@code ./mvnw -Pbench verify}. Start-up and memory of the
 * jar, then at each size of {@link BenchSettings#sizes()}: load, user figures and lifecycles against the bare
 * baseline without and with the extra indexes, the filters' query plans; at the end the escalation storm.
 * Everything goes to target/bench/ (results.json, a PNG per figure, summary.md), written again after each phase so
 * an interrupted run still leaves its figures.
 */
public final class BenchMain {

  static final String APP_DB = "rehab_bench";
  static final String BARE_DB = "rehab_bench_bare";
  static final String STARTUP_DB = "rehab_bench_startup";

  private final BenchSettings settings = BenchSettings.fromSystemProperties();
  private final File dir = new File("target/bench");
  private final Map<String, Object> results = new LinkedHashMap<>();
  private final List<Map<String, Object>> sizes = new ArrayList<>();

  /** {@code -Dbench.reportOnly=true} writes summary.md and the charts again from target/bench/results.json. */
  public static void main(String[] args) throws Exception {
    if (Boolean.getBoolean("bench.reportOnly")) {
      File dir = new File("target/bench");
      @SuppressWarnings("unchecked")
      Map<String, Object> saved = new ObjectMapper().readValue(new File(dir, "results.json"), Map.class);
      new BenchReport(dir, saved).write();
      System.exit(0);
    }
    new BenchMain().run();
    System.exit(0);
  }

  private void run() throws Exception {
    dir.mkdirs();
    results.put("settings", settings);
    if (settings.startup()) {
      PostgresDatabase.named(STARTUP_DB, false);
      results.put("startup", new StartupProbe(settings.jar()).run(STARTUP_DB, 30));
      save();
    }
    PostgresDatabase.named(APP_DB, settings.reuse());
    PostgresDatabase.named(BARE_DB, settings.reuse());
    Communes communes = new Communes(settings.communes(), settings.hotCommuneWeight());
    results.put("communes", Map.of("communes", communes.count(), "provinces", communes.provinces(),
        "hotCommuneWeight", settings.hotCommuneWeight()));
    java.nio.file.Path localities = communes.writeLocalities(dir.toPath().resolve("localities.yaml"));
    try (AppUnderTest app = new AppUnderTest(APP_DB, localities);
        BareEngine bare = new BareEngine(BARE_DB, 20)) {
      DataSource db = app.dataSource();
      results.put("machine", MachineInfo.of(db));
      results.put("vacuum", Map.of("serverAutovacuum", Vacuum.autovacuumSetting(db),
          "benchVacuumSeconds", Vacuum.PERIOD.toSeconds()));
      // The empty-database lifecycle is the plain Camunda schema's; loads then run with the indexes, as production
      // does (without the citizen-id index each case opening scans every variable and loading slows to a crawl).
      String only = System.getProperty("bench.only", "");
      if (!only.isEmpty()) {
        runOnly(only, app, bare, communes);
        return;
      }
      app.tuning(false);
      long known = app.engine().getHistoryService().createHistoricProcessInstanceQuery().count();
      People people = new People(settings.seed(), 1 + known * 3, communes);
      LifecycleCases cases = new LifecycleCases(app.engine(), people);
      // on an empty database unless reused (then at the size it holds)
      Map<String, Object> first = new LinkedHashMap<>(LifecycleBench.compare(cases, bare.engine(),
          settings.lifecycles()));
      first.put("openCases", openCases(app));
      results.put("lifecycleFirst", first);
      results.put("rowWrites", RowWrites.compare(cases, db, bare, 50));
      results.put("sizes", sizes);
      save();
      app.tuning(true);
      PopulationLoader loader = new PopulationLoader(app.engine(), people, settings.seed(), settings.loadThreads());
      loader.countExisting();
      results.put("places", loader.probe(Placements.of(app.engine())));
      UserOperations users = new UserOperations(app.engine(), app.bean(ReportService.class),
          app.bean(vn.rehab.identity.LocalityDirectory.class), cases);
      QueryPlans plans = new QueryPlans(app.engine(), db, users);
      for (int size : settings.sizes()) {
        Map<String, Object> s = new LinkedHashMap<>();
        sizes.add(s);
        s.put("size", size);
        Map<String, Object> load;
        try (Vacuum vacuum = Vacuum.during(db, bare.dataSource())) {
          load = loader.loadTo(size, settings.historicPerOpen(), settings.loadBudget());
          s.put("load", load);
          long bareStart = System.nanoTime();
          bare.loadTo(loader.openCases(), settings.loadThreads());
          s.put("bareLoadSeconds", Latency.round((System.nanoTime() - bareStart) / 1e9));
        }
        Vacuum.now(bare.dataSource());
        save();
        // without the extra indexes first (plain Camunda schema), then with them (what production runs)
        app.tuning(false);
        s.put("before", measure(users, loader, cases, bare, plans));
        save();
        app.tuning(true);
        s.put("after", measure(users, loader, cases, bare, plans));
        save();
        if (!Boolean.TRUE.equals(load.get("reached"))) {
          break;
        }
      }
      if (settings.stormSize() > 0) {
        results.put("storm", new EscalationStorm(app, cases).run(settings.stormSize(), settings.loadThreads(),
            settings.stormTimeout().toMillis()));
        save();
      }
    }
  }

  /**
   * {@code -Dbench.only=lifecycle} or {@code storm}: one figure on the database as it is (with the tuning), for
   * trying a setting before and after without the whole run, e.g. a job executor property given as
   * {@code -Dcamunda.bpm.job-execution.max-jobs-per-acquisition=...}.
   */
  private void runOnly(String only, AppUnderTest app, BareEngine bare, Communes communes) throws Exception {
    app.tuning(true);
    long known = app.engine().getHistoryService().createHistoricProcessInstanceQuery().count();
    LifecycleCases cases = new LifecycleCases(app.engine(), new People(settings.seed(), 1 + known * 3,
        communes));
    switch (only) {
      case "lifecycle" -> {
        Map<String, Object> lifecycle = new LinkedHashMap<>(LifecycleBench.compare(cases, bare.engine(),
            settings.lifecycles()));
        lifecycle.put("openCases", openCases(app));
        results.put("lifecycleFirst", lifecycle);
        results.put("rowWrites", RowWrites.compare(cases, app.dataSource(), bare, 50));
      }
      case "storm" -> results.put("storm", new EscalationStorm(app, cases).run(settings.stormSize(),
          settings.loadThreads(), settings.stormTimeout().toMillis()));
      default -> throw new IllegalArgumentException("bench.only: lifecycle or storm, not " + only);
    }
    results.put("jobExecutor", jobExecutorSettings(app));
    save();
  }

  /** Open cases of the procedures (root instances: a called court procedure is part of its case). */
  private static long openCases(AppUnderTest app) {
    return app.engine().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKeyIn(Placements.PROCEDURES.toArray(String[]::new)).rootProcessInstances().count();
  }

  private static Map<String, Object> jobExecutorSettings(AppUnderTest app) {
    var executor = app.configuration().getJobExecutor();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("maxJobsPerAcquisition", executor.getMaxJobsPerAcquisition());
    m.put("waitTimeInMillis", executor.getWaitTimeInMillis());
    if (executor instanceof org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor spring
        && spring.getTaskExecutor() instanceof org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor pool) {
      m.put("corePoolSize", pool.getCorePoolSize());
      m.put("maxPoolSize", pool.getMaxPoolSize());
      m.put("queueCapacity", pool.getQueueCapacity());
    }
    return m;
  }

  private Map<String, Object> measure(UserOperations users, PopulationLoader loader, LifecycleCases cases,
      BareEngine bare, QueryPlans plans) throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("openCases", loader.openCases());
    m.put("historicCases", loader.historicCases());
    m.put("latency", users.measure(settings.samples(), settings.reportSamples(), loader.sampleCaseIds(),
        loader.sampleCitizenIds()));
    m.put("lifecycle", LifecycleBench.compare(cases, bare.engine(), settings.lifecycles()));
    m.put("plans", plans.explainOfficerFilters());
    return m;
  }

  private void save() throws Exception {
    new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT).writeValue(new File(dir, "results.json"), results);
    new BenchReport(dir, results).write();
  }
}
