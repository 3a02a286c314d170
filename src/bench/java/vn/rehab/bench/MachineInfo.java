package vn.rehab.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** What the figures were taken on: cores, memory, PostgreSQL, Java, date. */
final class MachineInfo {

  private MachineInfo() {}

  static Map<String, Object> of(DataSource db) throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", ZonedDateTime.now().withNano(0).toString());
    m.put("cores", Runtime.getRuntime().availableProcessors());
    String memTotal = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D", "");
    m.put("ramGb", Math.round(Long.parseLong(memTotal) / 1024.0 / 1024.0));
    try (var c = db.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("SHOW server_version")) {
      rs.next();
      m.put("postgresql", rs.getString(1));
    }
    m.put("java", System.getProperty("java.version"));
    return m;
  }
}
