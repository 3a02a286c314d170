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
 * empty database (the schema is created) and again on the schema it left.
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
    out.put("second start", once(database, loadSeconds));
    return out;
  }

  private Map<String, Object> once(String database, int loadSeconds) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar, "--spring.profiles.active=postgres",
        "--server.port=" + port, "--REHAB_DB_URL=" + PostgresDatabase.url(database),
        "--REHAB_DB_USER=" + PostgresDatabase.USER, "--REHAB_DB_PASSWORD=" + PostgresDatabase.PASSWORD,
        "--REHAB_ADMIN_PASSWORD=" + AppUnderTest.SECRET, "--REHAB_DEMO=true",
        "--REHAB_DEMO_PASSWORD=" + AppUnderTest.SECRET);
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
