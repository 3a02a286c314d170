package vn.rehab.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import vn.rehab.escalation.EscalationParseListener;

/**
 * N deadlines expiring at the same moment: N fresh cases (one open task each, with the application's reminder and
 * escalation timers), their escalation timers moved to "now" in one statement, then the job executor started and
 * the clock running until every one of them has opened its escalation case. Timers of the population that were
 * already due are moved ten years ahead first, so the figure is the storm's own. Proof of no duplicate: no two
 * escalation cases name the same breached task.
 */
final class EscalationStorm {

  private final AppUnderTest app;
  private final LifecycleCases cases;

  EscalationStorm(AppUnderTest app, LifecycleCases cases) {
    this.app = app;
    this.cases = cases;
  }

  Map<String, Object> run(int size, int threads, long timeoutMillis) throws Exception {
    DataSource db = app.dataSource();
    // the job table churns (every acquisition updates, every executed job deletes): vacuumed as autovacuum would
    try (Vacuum vacuum = Vacuum.during(db)) {
      return storm(db, size, threads, timeoutMillis);
    }
  }

  private Map<String, Object> storm(DataSource db, int size, int threads, long timeoutMillis) throws Exception {
    update(db, "UPDATE act_ru_job SET duedate_ = duedate_ + interval '10 years' WHERE duedate_ <= now() + interval '1 day'");
    List<String> instances = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      pool.submit(() -> {
        while (next.getAndIncrement() < size) {
          instances.add(cases.start(next.get() % Communes.DEMO.size()));
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(60, TimeUnit.MINUTES);
    long before = escalations(db);
    int moved;
    try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
        "UPDATE act_ru_job SET duedate_ = now() WHERE handler_cfg_ LIKE ? AND process_instance_id_ = ANY (?)")) {
      Array ids = c.createArrayOf("varchar", instances.toArray());
      s.setString(1, "%" + EscalationParseListener.ESCALATION_LISTENER_ID + "%");
      s.setArray(2, ids);
      moved = s.executeUpdate();
    }
    Vacuum.now(db);
    long start = System.nanoTime();
    app.jobExecutorOn();
    long created = 0;
    List<double[]> progress = new ArrayList<>();
    while (System.nanoTime() - start < timeoutMillis * 1_000_000) {
      created = escalations(db) - before;
      progress.add(new double[] {(System.nanoTime() - start) / 1e9, created});
      if (created >= moved) {
        break;
      }
      Thread.sleep(500);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    app.jobExecutorOff();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("deadlines", moved);
    out.put("escalationsCreated", created);
    out.put("allCreated", created >= moved);
    out.put("seconds", Latency.round(seconds));
    out.put("perSecond", Latency.round(created / seconds));
    out.put("duplicates", duplicates(db));
    out.put("progress", progress);
    return out;
  }

  private static long escalations(DataSource db) throws SQLException {
    return single(db, "SELECT count(*) FROM act_ru_variable WHERE name_ = 'breachedTaskId'");
  }

  /** Breached tasks with more than one escalation case. */
  private static long duplicates(DataSource db) throws SQLException {
    return single(db, "SELECT count(*) FROM (SELECT text_ FROM act_ru_variable WHERE name_ = 'breachedTaskId'"
        + " GROUP BY text_ HAVING count(*) > 1) d");
  }

  static long single(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void update(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
