package vn.rehab.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database for one test class ({@code <prefix>_<random>}, created on the server and dropped by
 * {@link #drop()}), so tests never see each other's data nor a developer's. The server is 127.0.0.1:5432, user
 * {@code postgres} (trust auth), maintenance database {@code test}; system properties {@code it.postgres.host},
 * {@code it.postgres.port}, {@code it.postgres.user}, {@code it.postgres.password}, {@code it.postgres.database}
 * change them. Without a server the test is skipped with a message naming the server it missed; with
 * {@code CI=true} (or {@code -Dit.postgres.required=true}) it fails instead, since CI starts one and a skip there
 * would hide a broken step.
 */
public final class PostgresDatabase {

  public static final String HOST = System.getProperty("it.postgres.host", "127.0.0.1");
  public static final String PORT = System.getProperty("it.postgres.port", "5432");
  public static final String USER = System.getProperty("it.postgres.user", "postgres");
  public static final String PASSWORD = System.getProperty("it.postgres.password", "");
  public static final String MAINTENANCE_DB = System.getProperty("it.postgres.database", "test");
  public static final String DRIVER = "org.postgresql.Driver";

  private final String name;
  private final String unavailable;

  private PostgresDatabase(String name, String unavailable) {
    this.name = name;
    this.unavailable = unavailable;
  }

  public static boolean required() {
    return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("it.postgres.required")
        || Boolean.getBoolean("it.postgres");
  }

  public static String url(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  /**
   * Creates the database, or remembers why it could not (failing at once where PostgreSQL is required). The skip
   * itself is left to {@link #assumeAvailable()}, called where the test runner reports it.
   */
  public static PostgresDatabase create(String prefix) {
    String server = "PostgreSQL server at " + HOST + ":" + PORT + " (user " + USER + ", database " + MAINTENANCE_DB
        + ")";
    String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url(MAINTENANCE_DB), USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
      return new PostgresDatabase(name, null);
    } catch (SQLException e) {
      String message = "No " + server + " reachable (" + e.getMessage().replaceAll("[.\\s]+$", "") + ")";
      if (required()) {
        Assertions.fail(message + ". PostgreSQL is required here (CI=true or -Dit.postgres.required=true).");
      }
      String skipped = message + ": the PostgreSQL test is skipped.";
      System.err.println("WARNING " + skipped);
      return new PostgresDatabase(null, skipped);
    }
  }

  /**
   * A database of a fixed name for the benchmark ({@code vn.rehab.bench}): dropped and created again unless
   * {@code reuse} and it exists. Fails when there is no server (a benchmark has nothing to skip to).
   */
  public static PostgresDatabase named(String name, boolean reuse) throws SQLException {
    try (Connection c = DriverManager.getConnection(url(MAINTENANCE_DB), USER, PASSWORD);
        Statement s = c.createStatement()) {
      boolean exists;
      try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
        exists = rs.next();
      }
      if (exists && !reuse) {
        s.execute("DROP DATABASE " + name + " WITH (FORCE)");
      }
      if (!exists || !reuse) {
        s.execute("CREATE DATABASE " + name);
      }
    }
    return new PostgresDatabase(name, null);
  }

  /** Skips the calling test (or class, from a {@code @BeforeAll}) when there was no server. */
  public void assumeAvailable() {
    Assumptions.assumeTrue(unavailable == null, () -> unavailable);
  }

  public boolean available() {
    return unavailable == null;
  }

  public String name() {
    return name;
  }

  public String url() {
    return url(name);
  }

  /** Drops the database, closing what a test left connected. Nothing to do when it was never created. */
  public void drop() throws SQLException {
    if (name == null) {
      return;
    }
    try (Connection c = DriverManager.getConnection(url(MAINTENANCE_DB), USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}
