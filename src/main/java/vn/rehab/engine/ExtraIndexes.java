package vn.rehab.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Adds the indexes of {@code db/postgres-indexes.sql} to the engine's PostgreSQL schema. Camunda lets a deployment
 * add indexes; the file uses {@code CREATE INDEX IF NOT EXISTS}, so every start may apply it again, and two nodes
 * starting at once only race to a no-op.
 */
public final class ExtraIndexes {

  public static final String RESOURCE = "/db/postgres-indexes.sql";

  private ExtraIndexes() {}

  /** The statements of the file, comments removed. */
  public static List<String> statements() {
    try (InputStream in = ExtraIndexes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*--.*$", "");
      return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + RESOURCE, e);
    }
  }

  /** What a statement creates: {@code INDEX} or {@code STATISTICS}, and its name. */
  public record Created(String kind, String name) {}

  private static final Pattern CREATE =
      Pattern.compile("(?is)CREATE\\s+(INDEX|STATISTICS)\\s+IF NOT EXISTS\\s+(\\w+).*");

  /** The indexes and statistics the file creates (its ANALYZE statements create nothing). */
  public static List<Created> created() {
    return statements().stream().map(CREATE::matcher).filter(Matcher::matches)
        .map(m -> new Created(m.group(1).toUpperCase(Locale.ROOT), m.group(2))).toList();
  }

  /** Applies every statement; returns how many ran. */
  public static int apply(DataSource dataSource) throws SQLException {
    List<String> statements = statements();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
    return statements.size();
  }
}
