package vn.rehab.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import vn.rehab.calendar.DeadlineUnit;
import vn.rehab.calendar.Deadlines;
import vn.rehab.testing.TestEngines;

/** Due dates of steps from the deadline table and the case's variables. */
class CaseDeadlinesTest {

  static final Deadlines DEADLINES = new Deadlines(TestEngines.CALENDAR);
  static final DeadlineRule STAR = new DeadlineRule("demo.1", "*", 3, DeadlineUnit.WORKING_DAYS, "receivedDate",
      "p", "default");
  static final DeadlineRule L120 = new DeadlineRule("demo.1", "L120", 24, DeadlineUnit.HOURS, "receivedAt", "p",
      "confirmed");
  final CaseDeadlines caseDeadlines = new CaseDeadlines(new DeadlineRules(List.of(STAR, L120)), DEADLINES);

  static VariableScope scope(Map<String, Object> variables) {
    VariableScope scope = Mockito.mock(VariableScope.class);
    Mockito.when(scope.getVariable(Mockito.anyString())).thenAnswer(i -> variables.get(i.<String>getArgument(0)));
    return scope;
  }

  static Date hanoi(String isoWithOffset) {
    return Date.from(ZonedDateTime.parse(isoWithOffset).toInstant());
  }

  @Test
  void theCaseRegimeChoosesItsOwnRowAndOtherRegimesTheStarRow() {
    Map<String, Object> vars = new HashMap<>(Map.of("receivedDate", "2026-03-06",
        "receivedAt", hanoi("2026-03-06T15:00:00+07:00")));
    vars.put("legalRegime", "L120");
    assertThat(caseDeadlines.due("demo.1", scope(vars))).isEqualTo(hanoi("2026-03-07T15:00:00+07:00"));
    vars.put("legalRegime", "L73");
    assertThat(caseDeadlines.due("demo.1", scope(vars))).isEqualTo(hanoi("2026-03-11T23:59:59+07:00"));
    vars.remove("legalRegime");
    assertThat(caseDeadlines.due("demo.1", scope(vars))).isEqualTo(hanoi("2026-03-11T23:59:59+07:00"));
  }

  @Test
  void aMissingEventVariableIsAClearError() {
    assertThatThrownBy(() -> caseDeadlines.due("demo.1", scope(Map.of("legalRegime", "L120",
        "receivedDate", "2026-03-06"))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessage("Step demo.1: the case has no value for 'receivedAt', the event its deadline counts from");
  }

  @Test
  void aStepWithoutRowIsAClearError() {
    CaseDeadlines onlyL120 = new CaseDeadlines(new DeadlineRules(List.of(L120)), DEADLINES);
    assertThatThrownBy(() -> onlyL120.due("demo.1", scope(Map.of("legalRegime", "L73"))))
        .isInstanceOf(ProcessEngineException.class).hasMessage("No deadline row for step demo.1 under regime L73");
    assertThatThrownBy(() -> caseDeadlines.due("demo.9", scope(Map.of("legalRegime", "L73"))))
        .hasMessageContaining("demo.9");
  }

  @Test
  void eachUnitIsCountedByItsOwnDeadlineFunction() {
    Object from = "2026-02-12"; // the day before the Tết break: each function gives a different date
    int n = 3;
    Map<DeadlineUnit, Date> expected = Map.of(
        DeadlineUnit.WORKING_DAYS, DEADLINES.workingDaysAfter(from, n),
        DeadlineUnit.DAYS, DEADLINES.daysAfter(from, n),
        DeadlineUnit.MONTHS, DEADLINES.monthsAfter(from, n),
        DeadlineUnit.HOURS, DEADLINES.hoursAfter(from, n),
        DeadlineUnit.DAYS_BEFORE, DEADLINES.daysBefore(from, n));
    assertThat(new HashSet<>(expected.values())).as("the check can tell the functions apart").hasSize(5);
    Set<DeadlineUnit> checked = new HashSet<>();
    for (DeadlineUnit unit : DeadlineUnit.values()) {
      DeadlineRule rule = new DeadlineRule("demo.u", "*", n, unit, "from", "p", "default");
      assertThat(caseDeadlines.due(rule, from)).as(unit.code()).isEqualTo(expected.get(unit));
      checked.add(unit);
    }
    assertThat(checked).containsExactlyInAnyOrder(DeadlineUnit.values());
    // Across Tết 2026 (off 14–22 Feb): 3 working days → Tue 24 Feb; 3 days → Sun 15 Feb, moved to Mon 23 Feb.
    assertThat(expected.get(DeadlineUnit.WORKING_DAYS)).isEqualTo(hanoi("2026-02-24T23:59:59+07:00"));
    assertThat(expected.get(DeadlineUnit.DAYS)).isEqualTo(hanoi("2026-02-23T23:59:59+07:00"));
  }

  @Test
  void theShippedTableGivesTheStepOfBothRegimes() {
    CaseDeadlines shipped = new CaseDeadlines(DeadlineRules.fromClasspath(), DEADLINES);
    Map<String, Object> vars = Map.of("dossierReceivedDate", "2026-03-06",
        "dossierReceivedAt", hanoi("2026-03-06T15:00:00+07:00"), "legalRegime", "L120");
    assertThat(shipped.due("voluntary.2.3", scope(vars))).isEqualTo(hanoi("2026-03-07T15:00:00+07:00"));
    Map<String, Object> l73 = new HashMap<>(vars);
    l73.put("legalRegime", "L73");
    assertThat(shipped.due("voluntary.2.3", scope(l73))).isEqualTo(hanoi("2026-03-11T23:59:59+07:00"));
    assertThat(shipped.provision("voluntary.2.3", "L120")).isEqualTo("D163 Art. 91(1)");
    assertThat(shipped.unit("voluntary.2.5", "L120")).isEqualTo(DeadlineUnit.DAYS);
  }
}
