package vn.rehab.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import vn.rehab.cases.JdbcCaseNumbers;

/** Case numbers stay unique and gap-free when many officers open cases at the same moment. */
@PlatformTest
class CaseNumbersConcurrencyTest {

  static final int THREADS = 8;
  static final int PER_THREAD = 50;

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;

  @BeforeEach
  void deploy() {
    TestCases.deploy(engine);
  }

  @Test
  void concurrentCaseStartsGetUniqueBusinessKeys() throws Exception {
    int yearBefore = TestCases.today().getYear();
    List<String> keys = inParallel(() -> engine.getRuntimeService()
        .startProcessInstanceByKey(TestCases.KEY, TestCases.person(TestCases.HALONG)).getBusinessKey());
    int yearAfter = TestCases.today().getYear();

    assertThat(keys).hasSize(THREADS * PER_THREAD).doesNotHaveDuplicates()
        .allMatch(k -> k.matches("QN-(" + yearBefore + "|" + yearAfter + ")-\\d{6}"), "QN-<year in Vietnam>-NNNNNN");
    // Numbers are handed out one by one: the starts took consecutive numbers.
    List<Long> numbers = keys.stream().map(k -> Long.parseLong(k.substring(k.lastIndexOf('-') + 1))).sorted().toList();
    if (yearBefore == yearAfter) {
      assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(THREADS * PER_THREAD - 1);
    }
    // Each case carries its number as caseId too, and the business key is what the engine stored.
    Set<String> stored = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TestCases.KEY)
        .list().stream().map(p -> p.getBusinessKey()).collect(Collectors.toSet());
    assertThat(stored).containsAll(keys);
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TestCases.KEY).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test finished"));
  }

  @Test
  void jdbcCounterHandsOutEveryNumberOnceUnderConcurrency() throws Exception {
    JdbcCaseNumbers numbers = new JdbcCaseNumbers(dataSource, transactions);
    String province = "T" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
    List<String> issued = inParallel(() -> numbers.next(province, 2031));
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= THREADS * PER_THREAD; i++) {
      expected.add(String.format("%s-2031-%06d", province, i));
    }
    assertThat(issued).containsExactlyInAnyOrderElementsOf(expected);
    // Another province and year count on their own.
    assertThat(numbers.next(province, 2032)).isEqualTo(province + "-2032-000001");
    assertThat(new JdbcCaseNumbers(dataSource, transactions).next(province, 2031))
        .isEqualTo(String.format("%s-2031-%06d", province, THREADS * PER_THREAD + 1));
  }

  /** Runs the action THREADS × PER_THREAD times from THREADS threads released together. */
  static List<String> inParallel(Supplier<String> action) throws Exception {
    List<String> out = new ArrayList<>();
    inParallelTimes(THREADS, PER_THREAD, action, out::addAll);
    return out;
  }

  /** Runs the action {@code threads × perThread} times from threads released together; hands over the results. */
  static void inParallelTimes(int threads, int perThread, Supplier<String> action,
      java.util.function.Consumer<List<String>> check) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<String> all = java.util.Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < perThread; i++) {
            all.add(action.get());
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : futures) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    check.accept(new ArrayList<>(all));
  }
}
