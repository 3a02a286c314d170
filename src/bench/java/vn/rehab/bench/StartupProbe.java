package vn.rehab.bench;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import vn.rehab.testing.PostgresDatabase;

/**
 * Start-up time and resident memory of the packaged jar as operators run it (profile postgres, its own database):
 * time from launching {@code java -jar} until /actuator/health answers UP, VmRSS from /proc after the start, and
 * VmRSS and VmHWM (peak) after two threads have called Tasklist's REST requests for a while. Started twice: on an
 * empty database (the schema is created) and again on the schema it left; then a third time the way README
 * "Production" recommends, from the extracted jar with a class data sharing archive (Spring Boot's CDS support:
 * {@code -Djarmode=tools extract}, one training run that exits after the context refresh, then
 * {@code -XX:SharedArchiveFile}), so that the gain is a figure and not a promise.
 */
final class StartupProbe {

  private final String jar;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  StartupProbe(String jar) {
    this.jar = jar;
  }

  Map<String, Object> run(String database, int loadSeconds) throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("first start (creates the schema)", once(database, 0));
    out.put("second start", once(List.of("-jar", jar), database, loadSeconds));
    Path cds = Path.of("target/bench/cds");
    Path extracted = cds.resolve(Path.of(jar).getFileName());
    Path archive = cds.resolve("application.jsa");
    command(List.of("-Djarmode=tools", "-jar", jar, "extract", "--force", "--destination", cds.toString()), List.of());
    command(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
        extracted.toString()), arguments(database, 0));
    out.put("start with class data sharing (CDS)", once(List.of("-XX:SharedArchiveFile=" + archive, "-jar",
        extracted.toString()), database, 0));
    return out;
  }

  private Map<String, Object> once(String database, int loadSeconds) throws Exception {
    return once(List.of("-jar", jar), database, loadSeconds);
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<String> arguments(String database, int port) {
    return List.of("--spring.profiles.active=postgres",
        "--server.port=" + port, "--REHAB_DB_URL=" + PostgresDatabase.url(database),
        "--REHAB_DB_USER=" + PostgresDatabase.USER, "--REHAB_DB_PASSWORD=" + PostgresDatabase.PASSWORD,
        "--REHAB_ADMIN_PASSWORD=" + AppUnderTest.SECRET, "--REHAB_DEMO=true",
        "--REHAB_DEMO_PASSWORD=" + AppUnderTest.SECRET);
  }

  /** Runs java with the given options and arguments to its end (extraction, the CDS training run). */
  private static void command(List<String> options, List<String> arguments) throws Exception {
    java.util.List<String> cmd = new java.util.ArrayList<>(List.of(javaCommand()));
    cmd.addAll(options);
    cmd.addAll(arguments);
    File log = Files.createTempFile("bench-cds", ".log").toFile();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
    if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException("Failed: " + String.join(" ", options) + "; its log: " + log);
    }
  }

  private Map<String, Object> once(List<String> options, String database, int loadSeconds) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    java.util.List<String> cmd = new java.util.ArrayList<>(List.of(javaCommand()));
    cmd.addAll(options);
    cmd.addAll(arguments(database, port));
    ProcessBuilder builder = new ProcessBuilder(cmd);
    File log = Files.createTempFile("bench-startup", ".log").toFile();
    builder.redirectErrorStream(true).redirectOutput(log);
    long start = System.nanoTime();
    Process process = builder.start();
    Map<String, Object> out = new LinkedHashMap<>();
    try {
      String base = "http://127.0.0.1:" + port;
      while (!healthy(base)) {
        if (!process.isAlive() || System.nanoTime() - start > 180e9) {
          throw new IllegalStateException("The jar did not start; its log: " + log);
        }
        Thread.sleep(100);
      }
      out.put("startupSeconds", Latency.round((System.nanoTime() - start) / 1e9));
      out.put("rssAfterStartMb", memory(process.pid(), "VmRSS"));
      if (loadSeconds > 0) {
        out.put("requestsUnderLoad", load(base, loadSeconds));
        out.put("rssUnderLoadMb", memory(process.pid(), "VmRSS"));
        out.put("peakRssMb", memory(process.pid(), "VmHWM"));
      }
    } finally {
      process.destroy();
      process.waitFor();
    }
    return out;
  }

  private boolean healthy(String base) {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
          .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 && r.body().contains("UP");
    } catch (Exception e) {
      return false;
    }
  }

  /** Two threads as the Hạ Long police: the filters, then the first filter's list and count, again and again. */
  private int load(String base, int seconds) throws InterruptedException {
    String auth = "Basic " + Base64.getEncoder().encodeToString((UserOperations.OFFICER + ":" + AppUnderTest.SECRET)
        .getBytes(StandardCharsets.UTF_8));
    AtomicInteger done = new AtomicInteger();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    Runnable worker = () -> {
      while (System.nanoTime() < end) {
        for (String path : List.of("/engine-rest/filter?resourceType=Task", "/engine-rest/task?maxResults=50",
            "/engine-rest/task/count", "/engine-rest/process-definition?latestVersion=true")) {
          try {
            http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.discarding());
            done.incrementAndGet();
          } catch (Exception e) {
            return;
          }
        }
      }
    };
    Thread a = new Thread(worker);
    Thread b = new Thread(worker);
    a.start();
    b.start();
    a.join();
    b.join();
    return done.get();
  }

  static long memory(long pid, String field) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }
}
