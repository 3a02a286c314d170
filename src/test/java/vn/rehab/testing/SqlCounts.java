package vn.rehab.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Counts and bulk changes straight on a test database: what two application processes left in it is judged from
 * the tables, not from either node's answers.
 */
public final class SqlCounts {

  private final String database;

  public SqlCounts(String database) {
    this.database = database;
  }

  public long count(String sql, Object... args) {
    try (Connection c = connect(); PreparedStatement s = prepared(c, sql, args); ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  public int update(String sql, Object... args) {
    try (Connection c = connect(); PreparedStatement s = prepared(c, sql, args)) {
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(PostgresDatabase.url(database), PostgresDatabase.USER, PostgresDatabase.PASSWORD);
  }

  private static PreparedStatement prepared(Connection c, String sql, Object... args) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      s.setObject(i + 1, args[i]);
    }
    return s;
  }
}
