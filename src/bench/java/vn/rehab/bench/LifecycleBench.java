package vn.rehab.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Complete lifecycles a second (start plus every user task completed), application against the bare baseline,
 * with 1 and 2 threads, in the same run and on the same server: the application's determination case and the
 * bare model have three user tasks each. Engine calls without a user on both sides, so the difference is the
 * application's listeners, timers, variables and history.
 */
final class LifecycleBench {

  interface Lifecycle {
    void run(int i);
  }

  static Map<String, Object> compare(LifecycleCases app, ProcessEngine bare, int lifecycles) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int threads : new int[] {1, 2}) {
      double appRate = rate(threads, lifecycles, i -> app.runOne(i % Communes.DEMO.size()));
      double bareRate = rate(threads, lifecycles, i -> runBare(bare));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("app", Latency.round(appRate));
      m.put("bare", Latency.round(bareRate));
      m.put("ratio", Latency.round(appRate / bareRate));
      out.put(threads + " thread" + (threads == 1 ? "" : "s"), m);
    }
    return out;
  }

  static void runBare(ProcessEngine bare) {
    String instance = bare.getRuntimeService().startProcessInstanceByKey(BareEngine.KEY).getId();
    TaskService tasks = bare.getTaskService();
    for (int i = 0; i < BareEngine.USER_TASKS; i++) {
      Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
      tasks.complete(task.getId());
    }
  }

  /** Lifecycles a second; a few untimed first to warm up. */
  static double rate(int threads, int lifecycles, Lifecycle lifecycle) {
    for (int i = 0; i < 5; i++) {
      lifecycle.run(i);
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < lifecycles; i = next.getAndIncrement()) {
          try {
            lifecycle.run(i);
          } catch (RuntimeException e) {
            if (failed.getAndIncrement() == 0) {
              System.err.println("bench: lifecycle failed: " + e);
            }
          }
        }
      });
    }
    pool.shutdown();
    try {
      pool.awaitTermination(30, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return (lifecycles - failed.get()) / seconds;
  }
}
