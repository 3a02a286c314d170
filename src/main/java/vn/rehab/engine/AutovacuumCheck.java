package vn.rehab.engine;

import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The engine's runtime tables churn: every completed task, fired timer and finished case deletes rows, every
 * acquisition updates jobs. Without PostgreSQL's autovacuum those dead rows stay and the planner keeps the
 * statistics of empty tables; measured by the benchmark (docs/performance.md): a case opening's duplicate check
 * took 1.1 s at 1,300 open cases instead of milliseconds. A server with autovacuum off is a test set-up, never a
 * production one, so the application says so at start.
 */
public final class AutovacuumCheck {

  private AutovacuumCheck() {}

  /** A warning for the operator when the server's autovacuum is off; empty when it is on. */
  public static Optional<String> warning(DataSource dataSource) throws SQLException {
    try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("SHOW autovacuum")) {
      rs.next();
      return "on".equalsIgnoreCase(rs.getString(1)) ? Optional.empty() : Optional.of(
          "PostgreSQL autovacuum is off on this server: the engine's tables will bloat and their statistics go "
              + "stale (queries slow down as cases grow). Turn it on (autovacuum = on, the default) in production.");
    }
  }
}
