package vn.rehab.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * What PostgreSQL's autovacuum does in production, done by the bench itself: {@code VACUUM (ANALYZE)} of the
 * database. The test server of this machine (and of CI) runs with {@code autovacuum = off}; without it a loading
 * database keeps the statistics of its empty tables (the planner then loops over every variable for each case
 * opening's duplicate check: 1.1 s per check at 1,300 cases, the loader's "slowdown") and every completed task
 * stays a dead row that queries read through. So the bench vacuums every {@link #PERIOD} while it loads and once
 * before each measurement, whatever the server's setting (harmless when autovacuum is on).
 */
final class Vacuum implements AutoCloseable {

  static final Duration PERIOD = Duration.ofSeconds(30);

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "bench-vacuum");
    t.setDaemon(true);
    return t;
  });

  private Vacuum(DataSource... databases) {
    timer.scheduleWithFixedDelay(() -> {
      for (DataSource db : databases) {
        try {
          now(db);
        } catch (SQLException e) {
          System.out.println("bench: vacuum failed (" + e.getMessage() + "), going on");
        }
      }
    }, PERIOD.toSeconds(), PERIOD.toSeconds(), TimeUnit.SECONDS);
  }

  /** Vacuums the databases every {@link #PERIOD} until closed. */
  static Vacuum during(DataSource... databases) {
    return new Vacuum(databases);
  }

  static void now(DataSource db) throws SQLException {
    EscalationStorm.update(db, "VACUUM (ANALYZE)");
  }

  /** The server's own setting, reported with the machine. */
  static String autovacuumSetting(DataSource db) throws SQLException {
    try (var c = db.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("SHOW autovacuum")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Override
  public void close() throws InterruptedException {
    timer.shutdownNow();
    timer.awaitTermination(10, TimeUnit.MINUTES);
  }
}
