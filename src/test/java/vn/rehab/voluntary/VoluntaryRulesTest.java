package vn.rehab.voluntary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The voluntary procedure's decision tables at the boundaries the law draws, under both regimes. */
class VoluntaryRulesTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private static DmnDecisionResultEntries evaluate(String file, String decision, Map<String, Object> vars) {
    try (InputStream in = VoluntaryRulesTest.class.getResourceAsStream("/processes/voluntary/" + file)) {
      DmnDecision table = DMN.parseDecision(decision, in);
      return DMN.evaluateDecision(table, vars).getSingleResult();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> v = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      v.put((String) pairs[i], pairs[i + 1]);
    }
    return v;
  }

  @ParameterizedTest(name = "born {0}, registered {1}, addicted {2}, assessed {3} -> {4}")
  @CsvSource(nullValues = "null", value = {
      // a day before the 12th birthday: not eligible; on it: eligible
      "2014-03-03, 2026-03-02, true, null, not-eligible",
      "2014-03-02, 2026-03-02, true, null, eligible",
      "2014-02-28, 2026-02-28, true, null, eligible",
      "1990-05-17, 2026-03-02, null, null, needs-assessment",
      "1990-05-17, 2026-03-02, false, null, needs-assessment",
      "1990-05-17, 2026-03-02, false, true, not-addicted",
      "1990-05-17, 2026-03-02, true, true, eligible"})
  void eligibilityByAgeOnTheRegistrationDayAndDetermination(String born, String registered, Boolean addicted,
      Boolean assessed, String expected) {
    var result = evaluate("voluntary-eligibility.dmn", "voluntary-eligibility",
        vars("dateOfBirth", born, "registrationDate", registered, "addicted", addicted, "assessmentDone", assessed));
    assertThat((String) result.get("eligibilityOutcome")).isEqualTo(expected);
    if (!expected.equals("eligible") && !expected.equals("needs-assessment")) {
      assertThat((String) result.get("eligibilityReason")).isNotBlank();
    }
  }

  /** Born on 29 February: in a common year the person is a year older on 1 March, not on 28 February. */
  @ParameterizedTest(name = "born 2012-02-29, registered {0} -> {1}")
  @CsvSource({"2024-02-28, not-eligible", "2024-02-29, eligible"})
  void leapDayBirth(String registered, String expected) {
    var result = evaluate("voluntary-eligibility.dmn", "voluntary-eligibility",
        vars("dateOfBirth", "2012-02-29", "registrationDate", registered, "addicted", true, "assessmentDone", null));
    assertThat((String) result.get("eligibilityOutcome")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}, first treatment {1} -> {2}..{3} months")
  @CsvSource(nullValues = "null", value = {
      "L73, true, 6, 12", "L73, false, 6, 12",
      "L120, true, 24, 24", "L120, false, 36, 36", "L120, null, 36, 36"})
  void termRangeByRegimeAndFirstOrRepeatTreatment(String regime, Boolean first, int min, int max) {
    var result = evaluate("voluntary-term.dmn", "voluntary-term", vars("legalRegime", regime, "firstTreatment", first));
    assertThat(((Number) result.get("termMinMonths")).intValue()).isEqualTo(min);
    assertThat(((Number) result.get("termMaxMonths")).intValue()).isEqualTo(max);
  }

  @ParameterizedTest(name = "{0}, born {1}, registered {2}, parent asks {3} -> {4}")
  @CsvSource(nullValues = "null", value = {
      "L73, 1990-05-17, 2026-03-02, null, false",
      "L120, 1990-05-17, 2026-08-03, null, true",
      // 18 on the registration day: an adult
      "L120, 2008-08-03, 2026-08-03, null, true",
      "L120, 2008-08-04, 2026-08-03, null, false",
      "L120, 2008-08-04, 2026-08-03, true, true",
      // born 29 February 2008: 18 on 1 March 2026 (a common year), not on 28 February
      "L120, 2008-02-29, 2026-02-28, null, false",
      "L120, 2008-02-29, 2026-03-01, null, true",
      "L120, 2010-01-10, 2026-08-03, false, false"})
  void monitoringOnlyUnderL120AndForMinorsOnlyOnTheParentsRequest(String regime, String born, String registered,
      Boolean parentAsks, boolean expected) {
    var result = evaluate("voluntary-monitoring.dmn", "voluntary-monitoring", vars("legalRegime", regime,
        "dateOfBirth", born, "registrationDate", registered, "parentRequestsMonitoring", parentAsks));
    assertThat((Boolean) result.get("monitoringApplies")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} under {1} -> {2}")
  @CsvSource({
      "voluntary.2.2, L73, commune-reception", "voluntary.2.2, L120, commune-police",
      "voluntary.2.3, L73, commune-police", "voluntary.2.3, L120, commune-police",
      "voluntary.2.4, L73, commune-chairman", "voluntary.2.4, L120, commune-police",
      "voluntary.2.5, L73, service-provider", "voluntary.2.11, L73, commune-chairman",
      "voluntary.2.11, L120, commune-police", "voluntary.2.9-accept, L73, commune-chairman"})
  void whoDoesEachStepByRegime(String step, String regime, String role) {
    var result = evaluate("voluntary-roles.dmn", "voluntary-roles", vars("step", step, "legalRegime", regime));
    assertThat((String) result.get("role")).isEqualTo(role);
  }
}
