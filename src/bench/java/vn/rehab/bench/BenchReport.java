package vn.rehab.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.category.DefaultCategoryDataset;

/** summary.md (the table the README shows) and the charts, from the results as they stand. */
final class BenchReport {

  private final File dir;
  private final Map<String, Object> results;
  private final Charts charts;

  BenchReport(File dir, Map<String, Object> results) {
    this.dir = dir;
    this.results = results;
    this.charts = new Charts(dir);
  }

  void write() throws IOException {
    StringBuilder md = new StringBuilder("# Benchmark summary\n\n");
    Map<String, Object> machine = map(results.get("machine"));
    if (machine != null) {
      md.append(String.format("Machine: %s cores, %s GB RAM, PostgreSQL %s, Java %s; run %s.%n%n",
          machine.get("cores"), machine.get("ramGb"), machine.get("postgresql"), machine.get("java"),
          machine.get("date")));
    }
    latency(md);
    lifecycle(md);
    storm(md);
    startup(md);
    Files.writeString(new File(dir, "summary.md").toPath(), md.toString(), StandardCharsets.UTF_8);
  }

  private void latency(StringBuilder md) throws IOException {
    for (Map<String, Object> size : sizes()) {
      if (size.get("before") == null) {
        continue;
      }
      Map<String, Object> load = map(size.get("load"));
      md.append(String.format("## Size %,d: %,d open cases of the procedures, %,d historic (this run loaded for %s s"
              + " at %s cases/s)%n%n", size.get("size"), load.get("openReached"), load.get("historicReached"),
          load.get("seconds"), load.get("casesPerSecond")));
      Map<String, Object> before = map(map(size.get("before")).get("latency"));
      Map<String, Object> after = size.get("after") == null ? null : map(map(size.get("after")).get("latency"));
      md.append("| operation (ms) | p50 | p95 | p99 | p50 tuned | p95 tuned | p99 tuned |\n");
      md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
      DefaultCategoryDataset data = new DefaultCategoryDataset();
      for (String op : before.keySet()) {
        Map<String, Object> b = map(before.get(op));
        Map<String, Object> a = after == null ? null : map(after.get(op));
        md.append(String.format("| %s | %s | %s | %s | %s | %s | %s |%n", op, b.get("p50"), b.get("p95"),
            b.get("p99"), a == null ? "" : a.get("p50"), a == null ? "" : a.get("p95"), a == null ? "" : a.get("p99")));
        data.addValue(number(b.get("p95")), "p95, plain Camunda schema", op);
        if (a != null) {
          data.addValue(number(a.get("p95")), "p95, tuned (indexes, statistics, custom plans)", op);
        }
      }
      md.append('\n');
      charts.bars("latency-p95-" + size.get("size") + ".png", "p95 ms at " + size.get("size") + " open cases", "ms",
          data, true);
    }
  }

  private void lifecycle(StringBuilder md) throws IOException {
    md.append("## Lifecycles per second (start + 3 user tasks), application vs bare Camunda\n\n");
    md.append("Tuned = extra indexes and statistics (db/postgres-indexes.sql) and custom plans; the bare engine is never"
        + " tuned. Open = open cases of the procedures in the application's database.\n\n");
    md.append("| open | tuned | app 1 thread | bare 1 thread | ratio | app 2 threads | bare 2 threads | ratio |\n");
    md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    Map<String, Object> first = map(results.get("lifecycleFirst"));
    if (first != null) {
      rows.put(first.get("openCases") + "|no", first);
    }
    for (Map<String, Object> size : sizes()) {
      for (String phase : List.of("before", "after")) {
        if (size.get(phase) != null) {
          Map<String, Object> p = map(size.get(phase));
          rows.put(p.get("openCases") + "|" + ("before".equals(phase) ? "no" : "yes"), map(p.get("lifecycle")));
        }
      }
    }
    for (var row : rows.entrySet()) {
      Map<String, Object> one = map(row.getValue().get("1 thread"));
      Map<String, Object> two = map(row.getValue().get("2 threads"));
      String[] k = row.getKey().split("\\|");
      md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s |%n", k[0], k[1], one.get("app"),
          one.get("bare"), one.get("ratio"), two.get("app"), two.get("bare"), two.get("ratio")));
      String category = k[0] + ("yes".equals(k[1]) ? " tuned" : "");
      data.addValue(number(one.get("app")), "app, 1 thread", category);
      data.addValue(number(one.get("bare")), "bare, 1 thread", category);
      data.addValue(number(two.get("app")), "app, 2 threads", category);
      data.addValue(number(two.get("bare")), "bare, 2 threads", category);
    }
    md.append('\n');
    rowWrites(md);
    charts.bars("lifecycles.png", "Lifecycles per second", "lifecycles/s", data, false);
  }

  /** Rows written per lifecycle: the figure that explains the ratio, and does not move with the machine's load. */
  private void rowWrites(StringBuilder md) {
    Map<String, Object> writes = map(results.get("rowWrites"));
    if (writes == null) {
      return;
    }
    Map<String, Object> app = map(writes.get("appTables"));
    Map<String, Object> bare = map(writes.get("bareTables"));
    md.append(String.format("Rows written per lifecycle (inserted + updated + deleted, PostgreSQL's counters over %s"
        + " lifecycles): application %s, bare %s (bare/application %s).%n%n", writes.get("lifecycles"),
        writes.get("app"), writes.get("bare"), writes.get("ratio")));
    md.append("| table | application | bare |\n| --- | ---: | ---: |\n");
    java.util.Set<String> tables = new java.util.TreeSet<>(app.keySet());
    tables.addAll(bare.keySet());
    for (String table : tables) {
      md.append(String.format("| %s | %s | %s |%n", table, app.getOrDefault(table, 0), bare.getOrDefault(table, 0)));
    }
    md.append('\n');
  }

  @SuppressWarnings("unchecked")
  private void storm(StringBuilder md) throws IOException {
    Map<String, Object> storm = map(results.get("storm"));
    if (storm == null) {
      return;
    }
    md.append(String.format("## Escalation storm%n%n%s deadlines due at once: %s escalations in %s s (%s/s), "
            + "all created: %s, duplicates: %s.%n%n", storm.get("deadlines"), storm.get("escalationsCreated"),
        storm.get("seconds"), storm.get("perSecond"), storm.get("allCreated"), storm.get("duplicates")));
    charts.lines("storm.png", "Escalation storm", "seconds", "escalations created",
        Map.of("escalations", points((List<Object>) storm.get("progress"))));
  }

  private void startup(StringBuilder md) throws IOException {
    Map<String, Object> startup = map(results.get("startup"));
    if (startup == null) {
      return;
    }
    md.append("## Start-up of the packaged jar (profile postgres)\n\n| start | seconds | RSS after start (MB) |"
        + " RSS under REST load (MB) | peak RSS (MB) |\n| --- | ---: | ---: | ---: | ---: |\n");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (var e : startup.entrySet()) {
      Map<String, Object> s = map(e.getValue());
      md.append(String.format("| %s | %s | %s | %s | %s |%n", e.getKey(), s.get("startupSeconds"),
          s.get("rssAfterStartMb"), s.getOrDefault("rssUnderLoadMb", ""), s.getOrDefault("peakRssMb", "")));
      data.addValue(number(s.get("rssAfterStartMb")), "RSS after start", e.getKey());
      if (s.get("rssUnderLoadMb") != null) {
        data.addValue(number(s.get("rssUnderLoadMb")), "RSS under load", e.getKey());
      }
    }
    md.append('\n');
    charts.bars("memory.png", "Resident memory of the jar", "MB", data, false);
  }

  /** Points as measured (double[]) or as read back from results.json (lists of numbers). */
  private static List<double[]> points(List<Object> raw) {
    return raw.stream().map(p -> p instanceof double[] d ? d
        : ((List<?>) p).stream().mapToDouble(n -> ((Number) n).doubleValue()).toArray()).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> sizes() {
    Object s = results.get("sizes");
    return s == null ? List.of() : (List<Map<String, Object>>) s;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  private static Number number(Object o) {
    return o instanceof Number n && !Double.isNaN(n.doubleValue()) ? n : 0;
  }
}
