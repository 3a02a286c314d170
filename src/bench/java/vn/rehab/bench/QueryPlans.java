package vn.rehab.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.LoggerFactory;
import vn.rehab.identity.TasklistFilters;

/**
 * EXPLAIN ANALYZE of the SQL the officer's filters really send: the engine's own statement is caught from its
 * MyBatis debug log while the officer lists the filter once, its parameters are put in as literals, and PostgreSQL
 * explains it. The plans go to the results (execution time, sequential scans) and in full to the JSON.
 */
final class QueryPlans {

  private static final String TASK_MAPPER = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";

  private final ProcessEngine engine;
  private final DataSource db;
  private final UserOperations users;

  QueryPlans(ProcessEngine engine, DataSource db, UserOperations users) {
    this.engine = engine;
    this.db = db;
    this.users = users;
  }

  Map<String, Object> explainOfficerFilters() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String key : List.of(TasklistFilters.AGENCY_TASKS, TasklistFilters.OVERDUE)) {
      try {
        for (Map.Entry<String, String> sql : capture(key).entrySet()) {
          out.put(key + " " + sql.getKey(), explain(sql.getValue()));
        }
      } catch (Exception e) {
        out.put(key, "not explained: " + e);
      }
    }
    return out;
  }

  /** The statements (list page and count) the officer's listing of the filter runs, with literals. */
  private Map<String, String> capture(String key) throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger(TASK_MAPPER);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Level level = logger.getLevel();
    logger.addAppender(appender);
    logger.setAdditive(false);
    logger.setLevel(Level.DEBUG);
    try {
      String id = users.filterId(key);
      users.officer().call(() -> {
        engine.getFilterService().listPage(id, 0, 50);
        return engine.getFilterService().count(id);
      });
    } finally {
      logger.setLevel(level);
      logger.setAdditive(true);
      logger.detachAppender(appender);
    }
    Map<String, String> statements = new LinkedHashMap<>();
    String preparing = null;
    for (ILoggingEvent e : appender.list) {
      String message = e.getFormattedMessage();
      if (message.contains("Preparing:")) {
        preparing = message.substring(message.indexOf("Preparing:") + 10).strip();
      } else if (message.contains("Parameters:") && preparing != null) {
        String name = e.getLoggerName().substring(e.getLoggerName().lastIndexOf('.') + 1);
        statements.put(name, bind(preparing, message.substring(message.indexOf("Parameters:") + 11).strip()));
        preparing = null;
      }
    }
    return statements;
  }

  static String bind(String sql, String parameters) {
    List<String> values = new ArrayList<>();
    if (!parameters.isEmpty()) {
      for (String p : parameters.split(", ")) {
        int open = p.lastIndexOf('(');
        if (p.equals("null") || open < 0) {
          values.add("NULL");
          continue;
        }
        String value = p.substring(0, open);
        String type = p.substring(open + 1, p.length() - 1);
        values.add(List.of("Integer", "Long", "Boolean", "Double").contains(type) ? value
            : "'" + value.replace("'", "''") + "'");
      }
    }
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (char c : sql.toCharArray()) {
      out.append(c == '?' && next < values.size() ? values.get(next++) : String.valueOf(c));
    }
    return out.toString();
  }

  private Map<String, Object> explain(String sql) throws Exception {
    List<String> plan = new ArrayList<>();
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
      while (rs.next()) {
        plan.add(rs.getString(1));
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("executionTime", plan.stream().filter(l -> l.startsWith("Execution Time")).findFirst().orElse("?"));
    m.put("sequentialScans", plan.stream().filter(l -> l.contains("Seq Scan")).map(String::strip).toList());
    m.put("sql", sql);
    m.put("plan", plan);
    return m;
  }
}
