package vn.rehab.compulsory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.rehab.deadline.DeadlineRules;

/**
 * The compulsory procedure's decision tables at the boundaries the law draws (ages 11/12 and 17/18 on the day the
 * dossier is opened, a 29 February birthday, each ground, each exclusion, the terms), under both regimes; and the
 * step ids the models name have their role and their limit for exactly the regimes that have the step.
 */
class CompulsoryRulesTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final Path MODELS = Path.of("processes/compulsory");

  private static DmnDecisionResult evaluateAll(String file, String decision, Map<String, Object> vars) {
    try (InputStream in = CompulsoryRulesTest.class.getResourceAsStream("/processes/compulsory/" + file)) {
      DmnDecision table = DMN.parseDecision(decision, in);
      return DMN.evaluateDecision(table, vars);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static DmnDecisionResultEntries evaluate(String file, String decision, Map<String, Object> vars) {
    return evaluateAll(file, decision, vars).getSingleResult();
  }

  private static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> v = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      v.put((String) pairs[i], pairs[i + 1]);
    }
    return v;
  }

  /** An addicted person with a ground, no exclusion; the inputs a case that never set them has: null. */
  private static Map<String, Object> person(String born, String dossierDay, String ground, String regime) {
    return vars("dateOfBirth", born, "dossierStartDate", dossierDay, "compulsoryGround", ground, "legalRegime", regime,
        "pregnant", null, "caringChildUnder36Months", null, "lacksCapacity", null, "addicted", true,
        "assessmentDone", null);
  }

  private static DmnDecisionResultEntries eligibility(Map<String, Object> v) {
    return evaluate("compulsory-eligibility.dmn", "compulsory-eligibility", v);
  }

  @ParameterizedTest(name = "{3}: born {0}, dossier opened {1} -> {2}")
  @CsvSource(nullValues = "null", value = {
      // the day before the 12th birthday: never subject; on it: the minor path
      "2014-03-03, 2026-03-02, not-eligible, null, L73",
      "2014-03-02, 2026-03-02, eligible, minor, L73",
      "2014-08-04, 2026-08-03, not-eligible, null, L120",
      "2014-08-03, 2026-08-03, eligible, minor, L120",
      // the day before the 18th birthday: still a minor; on it: an adult
      "2008-03-03, 2026-03-02, eligible, minor, L73",
      "2008-03-02, 2026-03-02, eligible, adult, L73",
      "2008-08-04, 2026-08-03, eligible, minor, L120",
      "2008-08-03, 2026-08-03, eligible, adult, L120",
      "1990-05-17, 2026-08-03, eligible, adult, L120"})
  void ageInFullYearsOnTheDayTheDossierIsOpened(String born, String dossierDay, String expected, String agePath,
      String regime) {
    var result = eligibility(person(born, dossierDay, "not-registered", regime));
    assertThat((String) result.get("eligibilityOutcome")).isEqualTo(expected);
    assertThat((Boolean) result.get("eligible")).isEqualTo(expected.equals("eligible"));
    assertThat((String) result.get("agePath")).isEqualTo(agePath);
    if (!expected.equals("eligible")) {
      assertThat((String) result.get("ineligibleReason")).contains("12 tuổi");
    }
  }

  /**
   * Born on 29 February: in a common year the person is a year older on 1 March, not on 28 February (the 18th
   * birthday of a 2008 baby falls in 2026); a 12th birthday always falls in a leap year, on 29 February itself.
   */
  @ParameterizedTest(name = "born {0}, dossier opened {1} -> {2} {3}")
  @CsvSource(nullValues = "null", value = {
      "2008-02-29, 2026-02-28, eligible, minor", "2008-02-29, 2026-03-01, eligible, adult",
      "2012-02-29, 2024-02-28, not-eligible, null", "2012-02-29, 2024-02-29, eligible, minor"})
  void leapDayBirthdays(String born, String dossierDay, String expected, String agePath) {
    var result = eligibility(person(born, dossierDay, "used-during-voluntary", "L73"));
    assertThat((String) result.get("eligibilityOutcome")).isEqualTo(expected);
    assertThat((String) result.get("agePath")).isEqualTo(agePath);
  }

  @ParameterizedTest(name = "{0}, adult -> eligible; minor -> {1}")
  @CsvSource({"not-registered, eligible", "not-started, eligible", "voluntary-quit, eligible",
      "used-during-voluntary, eligible", "substitution-violation, eligible",
      "relapse-during-supervision, not-eligible"})
  void everyGroundOnceForAdultsAndMinorsRelapseForAdultsOnly(String ground, String minorOutcome) {
    for (String regime : List.of("L73", "L120")) {
      var adult = eligibility(person("1990-05-17", "2026-03-02", ground, regime));
      assertThat((String) adult.get("eligibilityOutcome")).as(regime + " adult " + ground).isEqualTo("eligible");
      assertThat((String) adult.get("agePath")).isEqualTo("adult");
      var minor = eligibility(person("2011-01-10", "2026-03-02", ground, regime));
      assertThat((String) minor.get("eligibilityOutcome")).as(regime + " minor " + ground).isEqualTo(minorOutcome);
      assertThat((String) minor.get("agePath")).isEqualTo("minor");
      if (minorOutcome.equals("not-eligible")) {
        assertThat((String) minor.get("ineligibleReason")).contains("từ đủ 18 tuổi");
      }
    }
  }

  @ParameterizedTest(name = "no ground: {0}")
  @ValueSource(strings = {"", "other"})
  void withoutALegalGroundNobodyIsSubject(String ground) {
    var result = eligibility(person("1990-05-17", "2026-03-02", ground.isEmpty() ? null : ground, "L73"));
    assertThat((String) result.get("eligibilityOutcome")).isEqualTo("not-eligible");
    assertThat((String) result.get("ineligibleReason")).contains("căn cứ");
  }

  @ParameterizedTest(name = "{0} ({2}) stops the case")
  @CsvSource({"pregnant, có thai, 1990-05-17", "caringChildUnder36Months, 36 tháng, 1990-05-17",
      "lacksCapacity, năng lực hành vi, 1990-05-17", "pregnant, có thai, 2010-06-01",
      "caringChildUnder36Months, 36 tháng, 2010-06-01", "lacksCapacity, năng lực hành vi, 2010-06-01"})
  void eachExclusionOfArticle96StopsTheCaseWithItsReason(String exclusion, String reasonText, String born) {
    for (String regime : List.of("L73", "L120")) {
      Map<String, Object> v = person(born, "2026-08-03", "voluntary-quit", regime);
      v.put(exclusion, true);
      var result = eligibility(v);
      assertThat((String) result.get("eligibilityOutcome")).isEqualTo("not-eligible");
      assertThat((Boolean) result.get("eligible")).isFalse();
      assertThat((String) result.get("ineligibleReason")).contains(reasonText).contains("Điều 96");
    }
  }

  @ParameterizedTest(name = "addicted {0}, assessed {1} -> {2}")
  @CsvSource(nullValues = "null", value = {
      "null, null, needs-assessment", "false, null, needs-assessment", "false, true, not-addicted",
      "true, true, eligible"})
  void aDeterminationIsNeededFirst(Boolean addicted, Boolean assessed, String expected) {
    Map<String, Object> v = person("1990-05-17", "2026-03-02", "not-registered", "L73");
    v.put("addicted", addicted);
    v.put("assessmentDone", assessed);
    assertThat((String) eligibility(v).get("eligibilityOutcome")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1}, first {2} -> {3}..{4} months")
  @CsvSource(nullValues = "null", value = {
      "L73, adult, true, 12, 24", "L73, adult, false, 12, 24", "L73, minor, true, 6, 12", "L73, minor, false, 6, 12",
      "L120, adult, true, 24, 24", "L120, adult, null, 24, 24", "L120, adult, false, 36, 36",
      "L120, minor, true, 6, 12", "L120, minor, false, 6, 12"})
  void termRangeByRegimeAgePathAndFirstOrRepeat(String regime, String agePath, Boolean first, int min, int max) {
    var result = evaluate("compulsory-term.dmn", "compulsory-term",
        vars("legalRegime", regime, "agePath", agePath, "firstTreatment", first));
    assertThat(((Number) result.get("termMinMonths")).intValue()).isEqualTo(min);
    assertThat(((Number) result.get("termMaxMonths")).intValue()).isEqualTo(max);
  }

  @Test
  void theRouteOfEachRegime() {
    var l73 = evaluate("compulsory-route.dmn", "compulsory-route", vars("legalRegime", "L73"));
    assertThat(l73.getEntryMap()).containsEntry("reviewBeforeCourt", true).containsEntry("homeCustodyAllowed", true)
        .containsEntry("facilityAssignmentStep", false).containsEntry("socialProtectionStep", false);
    var l120 = evaluate("compulsory-route.dmn", "compulsory-route", vars("legalRegime", "L120"));
    assertThat(l120.getEntryMap()).containsEntry("reviewBeforeCourt", false).containsEntry("homeCustodyAllowed", false)
        .containsEntry("facilityAssignmentStep", true).containsEntry("socialProtectionStep", true);
  }

  @ParameterizedTest(name = "{0} under {1} -> {2}")
  @CsvSource({"compulsory.3.1, L73, commune-police", "compulsory.3.6, L73, dossier-reviewer",
      "compulsory.3.7, L73, dossier-reviewer", "compulsory.3.7, L120, commune-police",
      "compulsory.3.8-return, L120, commune-police", "compulsory.3.11, L120, court",
      "compulsory.3.17-province, L120, province-authority", "compulsory.3.19-search, L73, commune-police",
      "compulsory.3.19-search, L120, province-authority", "compulsory.3.22, L73, rehab-facility"})
  void whoDoesAStep(String step, String regime, String role) {
    assertThat((String) evaluate("compulsory-roles.dmn", "compulsory-roles", vars("step", step, "legalRegime", regime))
        .get("role")).isEqualTo(role);
  }

  /**
   * Every step a model names has, for each regime, a role exactly when it has a time limit: a step of one regime
   * only (3.6 under L73; 3.17 and 3.21 under L120) has neither under the other.
   */
  @Test
  void everyStepOfTheModelsHasItsRoleAndItsLimitForTheRegimesThatHaveIt() throws IOException {
    DeadlineRules limits = DeadlineRules.fromClasspath();
    Pattern roleCall = Pattern.compile("caseRoles\\.of\\('([^']+)'");
    Pattern dueCall = Pattern.compile("'(compulsory\\.[^']+)'");
    TreeSet<String> steps = new TreeSet<>();
    TreeSet<String> dueSteps = new TreeSet<>();
    for (String model : List.of("compulsory-commitment.bpmn", "court-review-minor.bpmn", "court-review-adult.bpmn")) {
      String xml = Files.readString(MODELS.resolve(model));
      Matcher m = roleCall.matcher(xml);
      while (m.find()) {
        steps.add(m.group(1));
      }
      Matcher d = dueCall.matcher(xml);
      while (d.find()) {
        dueSteps.add(d.group(1));
      }
    }
    assertThat(steps).hasSizeGreaterThan(30);
    for (String step : steps) {
      boolean anyRegime = false;
      for (String regime : List.of("L73", "L120")) {
        boolean hasRole = !evaluateAll("compulsory-roles.dmn", "compulsory-roles",
            vars("step", step, "legalRegime", regime)).isEmpty();
        boolean hasLimit = limits.find(step, regime).isPresent();
        assertThat(hasRole).as(step + " under " + regime + ": role row iff deadline row").isEqualTo(hasLimit);
        anyRegime |= hasRole;
      }
      assertThat(anyRegime).as(step).isTrue();
    }
    for (String step : dueSteps) {
      assertThat(limits.find(step, "L73").isPresent() || limits.find(step, "L120").isPresent())
          .as("deadline row of " + step).isTrue();
    }
  }
}
