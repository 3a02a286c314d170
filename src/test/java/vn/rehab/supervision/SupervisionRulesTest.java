package vn.rehab.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.rehab.deadline.DeadlineRules;
import vn.rehab.testing.RecordingNotifier;
import vn.rehab.testing.TestEngines;

/**
 * The decision tables of post-treatment supervision at the boundaries of the spec (procedures.md §4), for both
 * regimes, evaluated by the engine as the model evaluates them; and every step the model names has its role and
 * its deadline row.
 */
class SupervisionRulesTest {

  static final Path MODEL = Path.of("processes/supervision/post-treatment-supervision.bpmn");
  static final Set<String> L120_ONLY = Set.of("supervision.4.2-before-release", "supervision.4.3-before-release",
      "supervision.4.10-decide", "supervision.4.10-fit");

  static ProcessEngine engine;

  @BeforeAll
  static void deployTables() {
    engine = TestEngines.configuration(TestEngines.standardBeans(new RecordingNotifier())).buildProcessEngine();
    var deployment = engine.getRepositoryService().createDeployment();
    for (String table : new String[] {"roles", "period", "checks", "monitoring", "relapse"}) {
      deployment.addClasspathResource("processes/supervision/supervision-" + table + ".dmn");
    }
    deployment.deploy();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private static DmnDecisionResult evaluate(String key, Map<String, Object> variables) {
    return engine.getDecisionService().evaluateDecisionByKey(key).variables(variables).evaluate();
  }

  private static Object single(String key, String output, Map<String, Object> variables) {
    DmnDecisionResult result = evaluate(key, variables);
    assertThat(result).as(key + " " + variables).hasSize(1);
    return result.getSingleResult().getEntry(output);
  }

  /** L73 Art. 40: 1 year after voluntary, substitution or a minor's compulsory term, 2 after an adult's; L120 alike. */
  @ParameterizedTest(name = "{0} {1} {2}: {3} months")
  @CsvSource({
      "voluntary, minor, L73, 12", "voluntary, adult, L73, 12",
      "substitution, minor, L73, 12", "substitution, adult, L73, 12",
      "compulsory, minor, L73, 12", "compulsory, adult, L73, 24",
      "voluntary, minor, L120, 12", "voluntary, adult, L120, 12",
      "substitution, minor, L120, 12", "substitution, adult, L120, 12",
      "compulsory, minor, L120, 12", "compulsory, adult, L120, 24"})
  void periodByKindOfTreatmentAgePathAndRegime(String treatment, String agePath, String regime, int months) {
    Map<String, Object> v = Map.of("completedTreatment", treatment, "agePath", agePath, "legalRegime", regime);
    assertThat(single("supervision-period", "supervisionMonths", v)).isEqualTo(months);
  }

  @Test
  void anUnknownKindOfTreatmentHasNoPeriod() {
    assertThat(evaluate("supervision-period", Map.of("completedTreatment", "other", "agePath", "adult",
        "legalRegime", "L73"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"L73", "L120"})
  void monthlyChecksWithADrugTestEveryThreeMonths(String regime) {
    DmnDecisionResult result = evaluate("supervision-checks", Map.of("legalRegime", regime));
    assertThat(result.getSingleResult().getEntryMap()).containsEntry("checkIntervalMonths", 1)
        .containsEntry("drugTestIntervalMonths", 3).containsEntry("checkLeadDays", 5);
  }

  /** Electronic monitoring only under L120: adults on the start of the period; minors only on the parents' request. */
  @ParameterizedTest(name = "{0}, born {1}, start {2}, parents ask {3}: {4}")
  @CsvSource({
      "L73, 1990-05-17, 2026-03-02, , false",
      "L73, 2008-09-15, 2026-09-15, true, false",
      "L120, 1990-05-17, 2026-09-15, , true",
      "L120, 2008-09-15, 2026-09-15, , true",        // 18 on the first day of the period
      "L120, 2008-09-16, 2026-09-15, , false",       // one day short of 18, no request
      "L120, 2008-09-16, 2026-09-15, false, false",
      "L120, 2008-09-16, 2026-09-15, true, true"})
  void monitoringByRegimeAgeAndRequest(String regime, String born, String start, Boolean request, boolean applies) {
    Map<String, Object> v = new HashMap<>();
    v.put("legalRegime", regime);
    v.put("dateOfBirth", born);
    v.put("supervisionStartDate", start);
    v.put("parentRequestsMonitoring", request);
    assertThat(single("supervision-monitoring", "monitoringApplies", v)).isEqualTo(applies);
  }

  /** L73 Art. 32(4): relapse is a compulsory ground for adults only (age on the day of the determination result). */
  @ParameterizedTest(name = "{0}, born {1}, result {2}: {3}")
  @CsvSource({
      "L73, 2008-04-28, 2026-04-28, compulsory", "L73, 2008-04-29, 2026-04-28, voluntary-registration",
      "L120, 2008-04-28, 2026-04-28, compulsory", "L120, 2008-04-29, 2026-04-28, voluntary-registration",
      "L73, 1990-05-17, 2026-10-12, compulsory", "L73, 2011-01-10, 2026-04-28, voluntary-registration",
      // born on 29 February: 18 on 1 March of a common year, not on 28 February
      "L73, 2008-02-29, 2026-02-28, voluntary-registration", "L73, 2008-02-29, 2026-03-01, compulsory"})
  void relapseRouteByAgeOnTheResult(String regime, String born, String result, String route) {
    Map<String, Object> v = Map.of("legalRegime", regime, "dateOfBirth", born, "addictionAssessmentDate", result);
    assertThat(single("supervision-relapse", "relapseRoute", v)).isEqualTo(route);
  }

  /** roles.md and procedures.md §4: who does each step of the model, under both regimes. */
  @Test
  void everyStepOfTheModelHasItsRoleAndItsDeadlineRow() throws IOException {
    Map<String, String> expected = new HashMap<>();
    expected.put("supervision.4.1", "commune-reception");
    expected.put("supervision.4.2", "commune-police");
    expected.put("supervision.4.2-before-release", "commune-police");
    expected.put("supervision.4.3", "commune-chairman");
    expected.put("supervision.4.3-before-release", "commune-chairman");
    expected.put("supervision.4.4", "commune-police");
    expected.put("supervision.4.5", "commune-reception");
    expected.put("supervision.4.6", "commune-police");
    expected.put("supervision.4.7", "commune-police");
    expected.put("supervision.4.7-accept", "commune-police");
    expected.put("supervision.4.8", "commune-police");
    expected.put("supervision.4.8-minor", "commune-police");
    expected.put("supervision.4.9", "commune-chairman");
    expected.put("supervision.4.9-removal", "commune-chairman");
    expected.put("supervision.4.10-decide", "commune-police");
    expected.put("supervision.4.10-fit", "commune-police");
    expected.put("supervision.4.10-incident", "commune-police");

    String model = Files.readString(MODEL);
    Set<String> roleSteps = steps(model, "caseRoles\\.of\\('([^']+)'");
    Set<String> dueSteps = steps(model, "caseDeadlines\\.due\\('([^']+)'");
    assertThat(roleSteps).isEqualTo(dueSteps).isEqualTo(expected.keySet());

    DeadlineRules deadlines = DeadlineRules.fromClasspath();
    for (String step : roleSteps) {
      for (String regime : new String[] {"L73", "L120"}) {
        assertThat(single("supervision-roles", "role", Map.of("step", step, "legalRegime", regime)))
            .as(step + " " + regime).isEqualTo(expected.get(step));
        if (regime.equals("L120") || !L120_ONLY.contains(step)) {
          assertThat(deadlines.find(step, regime)).as("deadline row of " + step + " " + regime).isPresent();
        }
      }
    }
    assertThat(deadlines.all()).filteredOn(r -> r.step().startsWith("supervision."))
        .allSatisfy(r -> assertThat(roleSteps).as("a row of a step the model has").contains(r.step()));
  }

  private static Set<String> steps(String model, String regex) {
    Set<String> steps = new TreeSet<>();
    Matcher m = Pattern.compile(regex).matcher(model);
    while (m.find()) {
      steps.add(m.group(1));
    }
    return steps;
  }
}
