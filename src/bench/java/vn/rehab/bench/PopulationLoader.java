package vn.rehab.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import vn.rehab.bench.Placements.Place;
import vn.rehab.calendar.VietnamTime;
import vn.rehab.deadline.CaseDeadlines;
import vn.rehab.deadline.DeadlineRule;
import vn.rehab.deadline.DeadlineRules;

/**
 * Loads synthetic cases through the engine's API, each through the application's own start listener (case number,
 * legal regime, tenant) and task listeners (due date, reminder and escalation timers, Tasklist copies).
 *
 * <p>Speed tricks: {@code createProcessInstanceByKey(...).startBeforeActivity(step)} puts a case straight at a
 * later step (or at an end event, which makes a completed historic case), several threads start cases at once,
 * and the job executor is off while loading. Every date a deadline counts from is set to a day of the last three
 * weeks, so some tasks are overdue and some due soon, as in an office.
 */
final class PopulationLoader {

  private final ProcessEngine engine;
  private final People people;
  private final long seed;
  private final int threads;
  private final List<Place> open = new ArrayList<>();
  private final List<Place> ends = new ArrayList<>();
  private final Map<String, String> refused = new LinkedHashMap<>();
  private final Set<String> fromVariables = new TreeSet<>();
  private final List<String> sampleCaseIds = java.util.Collections.synchronizedList(new ArrayList<>());
  private final List<String> sampleCitizenIds = java.util.Collections.synchronizedList(new ArrayList<>());
  private int openCases;
  private int historicCases;

  PopulationLoader(ProcessEngine engine, People people, long seed, int threads) {
    this.engine = engine;
    this.people = people;
    this.seed = seed;
    this.threads = threads;
    for (DeadlineRule rule : DeadlineRules.fromClasspath().all()) {
      if (!CaseDeadlines.STEP_START.equals(rule.from())) {
        fromVariables.add(rule.from());
      }
    }
  }

  /**
   * Counts the cases a reused database already holds (so a run with {@code bench.reuse=true} continues from them)
   * and takes look-up samples from them.
   */
  void countExisting() {
    String[] keys = Placements.PROCEDURES.toArray(String[]::new);
    openCases = (int) engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKeyIn(keys)
        .rootProcessInstances().count();
    historicCases = (int) engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(keys).finished().count();
    for (var instance : engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKeyIn(keys)
        .rootProcessInstances().listPage(0, 500)) {
      var citizen = engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId())
          .variableName("citizenId").list();
      if (!citizen.isEmpty() && instance.getBusinessKey() != null) {
        sampleCaseIds.add(instance.getBusinessKey());
        sampleCitizenIds.add((String) citizen.get(0).getValue());
      }
    }
  }

  /** Tries every place once and keeps those the engine accepts. */
  Map<String, Object> probe(Map<String, List<Place>> places) {
    for (List<Place> list : places.values()) {
      for (Place place : list) {
        try {
          start(place, people.next());
          (place.ends() ? ends : open).add(place);
          if (place.ends()) {
            historicCases++;
          } else {
            openCases++;
          }
        } catch (RuntimeException e) {
          refused.put(place.name(), e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage())
              .lines().findFirst().orElse(""));
        }
      }
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("openPlaces", open.stream().map(Place::name).toList());
    report.put("endPlaces", ends.stream().map(Place::name).toList());
    report.put("refusedPlaces", refused);
    return report;
  }

  /**
   * Starts cases until {@code target} open ones exist (and history in proportion), or the budget is spent.
   * Returns the rate and the trend (open cases against seconds) so a size not reached can be extrapolated.
   */
  Map<String, Object> loadTo(int target, double historicPerOpen, Duration budget) throws InterruptedException {
    long started = System.nanoTime();
    long deadline = started + budget.toNanos();
    int openBefore = openCases;
    int historicBefore = historicCases;
    AtomicInteger openNow = new AtomicInteger(openCases);
    AtomicInteger historicNow = new AtomicInteger(historicCases);
    AtomicInteger errors = new AtomicInteger();
    Map<String, String> firstErrors = new ConcurrentHashMap<>();
    List<double[]> trend = java.util.Collections.synchronizedList(new ArrayList<>());
    int step = Math.max(1000, (target - openBefore) / 10);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      pool.submit(() -> {
        while (openNow.get() < target && System.nanoTime() < deadline) {
          long n = people.next();
          Random random = new Random(seed ^ (n * 0x9E3779B97F4A7C15L));
          boolean historic = historicNow.get() < historicPerOpen * openNow.get() && !ends.isEmpty();
          Place place = historic ? ends.get(random.nextInt(ends.size())) : open.get(random.nextInt(open.size()));
          try {
            start(place, n);
          } catch (RuntimeException e) {
            errors.incrementAndGet();
            firstErrors.putIfAbsent(place.name(), String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            continue;
          }
          if (historic) {
            historicNow.incrementAndGet();
          } else if (openNow.incrementAndGet() % step == 0) {
            trend.add(new double[] {openNow.get(), (System.nanoTime() - started) / 1e9});
            System.out.printf("bench: %,d open cases loaded (%.0f s)%n", openNow.get(),
                (System.nanoTime() - started) / 1e9);
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(budget.toMinutes() + 5, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - started) / 1e9;
    openCases = openNow.get();
    historicCases = historicNow.get();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("target", target);
    result.put("openReached", openCases);
    result.put("historicReached", historicCases);
    result.put("reached", openCases >= target);
    result.put("seconds", Latency.round(seconds));
    int startedCases = openCases - openBefore + historicCases - historicBefore;
    result.put("casesPerSecond", Latency.round(startedCases / Math.max(seconds, 1e-3)));
    result.put("errors", errors.get());
    result.put("firstErrors", firstErrors);
    result.put("trend", trend);
    return result;
  }

  int openCases() {
    return openCases;
  }

  int historicCases() {
    return historicCases;
  }

  List<String> sampleCaseIds() {
    return sampleCaseIds;
  }

  List<String> sampleCitizenIds() {
    return sampleCitizenIds;
  }

  private void start(Place place, long n) {
    Map<String, Object> vars = people.person(n);
    Random random = new Random(seed + n);
    String day = LocalDate.now(VietnamTime.ZONE).minusDays(random.nextInt(21)).toString();
    for (String from : fromVariables) {
      vars.put(from, day);
    }
    // variables before the instruction: process variables the start listener sees (after it, they would be the
    // instruction's, set only once the listener has refused a case without a commune)
    String caseId = engine.getRuntimeService().createProcessInstanceByKey(place.processKey()).setVariables(vars)
        .startBeforeActivity(place.activityId()).execute().getBusinessKey();
    if (!place.ends() && n % 97 == 0 && sampleCaseIds.size() < 5000) {
      sampleCaseIds.add(caseId);
      sampleCitizenIds.add((String) vars.get("citizenId"));
    }
  }
}
