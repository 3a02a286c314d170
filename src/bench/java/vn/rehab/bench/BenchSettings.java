package vn.rehab.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What a benchmark run does, from system properties ({@code -Dbench.sizes=10000,100000} on the Maven command line;
 * exec:java runs in Maven's JVM, so they arrive as they are).
 */
record BenchSettings(List<Integer> sizes, double historicPerOpen, long seed, int loadThreads, Duration loadBudget,
    int samples, int reportSamples, int lifecycles, int stormSize, Duration stormTimeout, boolean reuse,
    boolean startup, String jar, int communes, int hotCommuneWeight) {

  static BenchSettings fromSystemProperties() {
    return new BenchSettings(
        Arrays.stream(System.getProperty("bench.sizes", "10000").split(",")).map(String::strip)
            .map(Integer::parseInt).sorted().toList(),
        Double.parseDouble(System.getProperty("bench.historicPerOpen", "0.25")),
        Long.getLong("bench.seed", 20260709L),
        Integer.getInteger("bench.loadThreads", 2),
        Duration.ofMinutes(Long.getLong("bench.loadBudgetMinutes", 60L)),
        Integer.getInteger("bench.samples", 30),
        Integer.getInteger("bench.reportSamples", 10),
        Integer.getInteger("bench.lifecycles", 100),
        Integer.getInteger("bench.storm", 10_000),
        Duration.ofSeconds(Long.getLong("bench.stormTimeoutSeconds", 900L)),
        Boolean.getBoolean("bench.reuse"),
        !"false".equals(System.getProperty("bench.startup")),
        System.getProperty("bench.jar", "target/rehab-workflow-0.1.0-SNAPSHOT.jar"),
        Integer.getInteger("bench.communes", 3321),
        Integer.getInteger("bench.hotCommuneWeight", 5));
  }
}
