package vn.rehab.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Rows inserted, updated and deleted per complete lifecycle, table by table, for the application and the bare
 * baseline (PostgreSQL's own counters, {@code pg_stat_user_tables}). Unlike lifecycles a second this does not move
 * with the machine's load, and it says where the difference to bare Camunda comes from: every row written is index
 * maintenance and WAL that the commit waits for.
 */
final class RowWrites {

  /** Backends hand their counters to the statistics system when idle, at most every 10 s in PostgreSQL 15. */
  private static final long STATS_FLUSH_MILLIS = 11_000;

  private RowWrites() {
  }

  static Map<String, Object> compare(LifecycleCases app, DataSource appDb, BareEngine bare, int lifecycles)
      throws SQLException, InterruptedException {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Long> appTables = perLifecycle(appDb, lifecycles, i -> app.runOne(i % Communes.DEMO.size()));
    Map<String, Long> bareTables = perLifecycle(bare.dataSource(), lifecycles, i -> LifecycleBench.runBare(bare.engine()));
    long appTotal = appTables.values().stream().mapToLong(Long::longValue).sum();
    long bareTotal = bareTables.values().stream().mapToLong(Long::longValue).sum();
    out.put("lifecycles", lifecycles);
    out.put("app", appTotal);
    out.put("bare", bareTotal);
    out.put("ratio", Latency.round((double) bareTotal / appTotal));
    out.put("appTables", appTables);
    out.put("bareTables", bareTables);
    return out;
  }

  /** Row writes per lifecycle by table (rounded), from the counters' difference over {@code lifecycles} runs. */
  private static Map<String, Long> perLifecycle(DataSource db, int lifecycles, LifecycleBench.Lifecycle lifecycle)
      throws SQLException, InterruptedException {
    Thread.sleep(STATS_FLUSH_MILLIS);
    Map<String, Long> before = counters(db);
    for (int i = 0; i < lifecycles; i++) {
      lifecycle.run(i);
    }
    Thread.sleep(STATS_FLUSH_MILLIS);
    Map<String, Long> after = counters(db);
    Map<String, Long> per = new TreeMap<>();
    after.forEach((table, n) -> {
      long rows = Math.round((n - before.getOrDefault(table, 0L)) / (double) lifecycles);
      if (rows > 0) {
        per.put(table, rows);
      }
    });
    return per;
  }

  private static Map<String, Long> counters(DataSource db) throws SQLException {
    Map<String, Long> m = new TreeMap<>();
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables")) {
      while (rs.next()) {
        m.put(rs.getString(1), rs.getLong(2));
      }
    }
    return m;
  }
}
