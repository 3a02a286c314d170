package vn.rehab.cases;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Case numbers for one JVM without a database of our own: used by engine-only tests and tools. */
public class InMemoryCaseNumbers implements CaseNumbers {

  private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

  @Override
  public String next(String province, int year) {
    long value = counters.computeIfAbsent(province + "-" + year, k -> new AtomicLong()).incrementAndGet();
    return CaseNumbers.format(province, year, value);
  }
}
