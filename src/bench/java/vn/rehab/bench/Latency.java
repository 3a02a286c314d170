package vn.rehab.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Timings of one operation and their percentiles (nearest rank), in milliseconds. */
final class Latency {

  interface Operation {
    void run(int i) throws Exception;
  }

  private final List<Double> millis = new ArrayList<>();
  private int errors;
  private String firstError;

  /** Runs a few untimed warm-up calls (plans, caches), then {@code samples} timed ones. */
  static Latency measure(int samples, Operation operation) {
    Latency latency = new Latency();
    int warmUp = Math.max(2, samples / 10);
    for (int i = 0; i < warmUp + samples; i++) {
      long start = System.nanoTime();
      try {
        operation.run(i);
      } catch (Exception | Error e) {
        latency.errors++;
        if (latency.firstError == null) {
          latency.firstError = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        continue;
      }
      if (i >= warmUp) {
        latency.millis.add((System.nanoTime() - start) / 1e6);
      }
    }
    return latency;
  }

  double percentile(double p) {
    if (millis.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("samples", millis.size());
    m.put("p50", round(percentile(50)));
    m.put("p95", round(percentile(95)));
    m.put("p99", round(percentile(99)));
    m.put("errors", errors);
    if (firstError != null) {
      m.put("firstError", firstError);
    }
    return m;
  }

  static double round(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 100) / 100.0;
  }
}
