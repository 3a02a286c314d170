package vn.rehab.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application process started from the packaged jar ({@code java -jar}, profile {@code postgres}), as an
 * operator runs a node of a cluster: its own port, the shared database, its output in
 * {@code target/reliability/node-<name>.log}. It can be stopped, or killed as {@code kill -9} does (SIGKILL: no
 * shutdown hook, no commit of anything in flight).
 */
public final class AppNode implements AutoCloseable {

  private final String name;
  private final int port;
  private final Process process;

  private AppNode(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /** The jar the build packaged: {@code -Dreliability.jar} (set by the reliability profile) or target/*.jar. */
  public static Path jar() throws IOException {
    String configured = System.getProperty("reliability.jar");
    if (configured != null) {
      return Path.of(configured);
    }
    try (var files = Files.list(Path.of("target"))) {
      return files.filter(f -> f.toString().endsWith(".jar") && !f.toString().endsWith("-plain.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw package first"));
    }
  }

  /**
   * @param settings extra {@code --key=value} arguments (e.g. a short job lock time for crash takeover)
   */
  public static AppNode start(String name, String databaseUrl, String adminPassword, Map<String, String> settings)
      throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC", "-jar", jar().toString(), "--server.port=" + port,
        "--spring.main.banner-mode=off"));
    settings.forEach((k, v) -> command.add("--" + k + "=" + v));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("SPRING_PROFILES_ACTIVE", "postgres");
    env.put("REHAB_DB_URL", databaseUrl);
    env.put("REHAB_DB_USER", PostgresDatabase.USER);
    env.put("REHAB_DB_PASSWORD", PostgresDatabase.PASSWORD);
    env.put("REHAB_ADMIN_USER", "quantri");
    env.put("REHAB_ADMIN_PASSWORD", adminPassword);
    // The officers who start and work cases in the fault runs are the demo users (README), switched on explicitly.
    env.put("REHAB_DEMO", "true");
    env.put("REHAB_DEMO_PASSWORD", "demo");
    Files.createDirectories(ReliabilityFigures.DIRECTORY);
    builder.redirectErrorStream(true).redirectOutput(ReliabilityFigures.DIRECTORY.resolve("node-" + name + ".log").toFile());
    return new AppNode(name, port, builder.start());
  }

  /** Polls the health endpoint until it answers 200: the engine is up and the deployments are done. */
  public AppNode awaitHealthy(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Node " + name + " exited with " + process.exitValue() + ", see its log");
      }
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Node " + name + " not healthy within " + timeout);
  }

  public String base() {
    return "http://127.0.0.1:" + port;
  }

  public String name() {
    return name;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** {@code kill -9}: the process ends at once, whatever it was doing. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
