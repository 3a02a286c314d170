package vn.rehab.supervision;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.rehab.person.Age;

/**
 * The clock of a post-treatment supervision (bean {@code supervisionPeriod}): the dates the case starts from, the
 * end of the period and the monthly checks (procedures.md 4.3, 4.4, 4.6).
 *
 * <p>Every date is computed from values stored on the case ({@code supervisionStartDate}, {@code supervisionMonths},
 * {@code notCountedAbsenceDays}, {@code lastCheckNumber} and the schedule of the {@code supervision-checks} table),
 * never from "now", so a recalculated timer gives the same date and a case continued at another commune keeps the
 * same schedule. Check {@code n} is due on {@code supervisionStartDate + n × checkIntervalMonths} months; the
 * period ends on {@code supervisionStartDate + supervisionMonths} months plus the days of unreported absence; the
 * checks are those due strictly before the end (12 months: 11 checks, then the end-of-period evaluation 4.9).
 */
public class SupervisionPeriod {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  /** Timers of the period fire at the start of the office day, not at midnight. */
  static final LocalTime OFFICE_START = LocalTime.of(7, 0);
  /** The age of majority (Civil Code 2015 Art. 20): adult at 18 full years. */
  static final int ADULT_AGE = 18;
  /** What a check form submits; cleared before the next check so that its form opens empty. */
  static final List<String> PER_CHECK = List.of("checkDate", "checkOutcome", "drugTestResult", "drugUseEvidence",
      "checkNote", "absenceFrom", "absenceTo", "absenceReported", "absenceNote");

  /**
   * The case is opened (by the start form or a hand-over): completion date, return date, age path, a proposed
   * start of the period, and whether the management decision comes before the person returns.
   * <ul>
   *   <li>{@code completionDate}: {@code releaseDate} (compulsory), else {@code treatmentEndDate} (voluntary), else
   *       {@code returnedHomeDate};</li>
   *   <li>{@code returnedHomeDate}: as sent, else the completion date;</li>
   *   <li>{@code agePath}: as sent (the compulsory case's court path), else the age on {@code dossierStartDate} for a
   *       compulsory term or on the completion date;</li>
   *   <li>{@code supervisionStartDate}: the completion date (L73 Art. 40 counts from completion), as the default of
   *       the decision form (4.3), where the chairman confirms or corrects it;</li>
   *   <li>{@code managementDecisionNumber}: the {@code supervisionDecisionNumber} a compulsory release sends (a decision
   *       issued before release), as the default of the decision form;</li>
   *   <li>{@code managementTiming}: {@code before-return} when an L120 case is opened before the person's return
   *       (the decision must be issued before release, D163 Arts. 93(4), 123(2)), else {@code after-return}.</li>
   * </ul>
   */
  public void open(DelegateExecution execution) {
    String completion = firstDate(execution, "releaseDate", "treatmentEndDate", "returnedHomeDate");
    if (completion == null) {
      throw new ProcessEngineException("Case " + execution.getProcessBusinessKey()
          + " has no releaseDate, treatmentEndDate or returnedHomeDate: the supervision period cannot be counted");
    }
    execution.setVariable("completionDate", completion);
    String returned = firstDate(execution, "returnedHomeDate");
    if (returned == null) {
      returned = completion;
      execution.setVariable("returnedHomeDate", returned);
    }
    if (execution.getVariable("agePath") == null) {
      String on = "compulsory".equals(execution.getVariable("completedTreatment"))
          && firstDate(execution, "dossierStartDate") != null ? firstDate(execution, "dossierStartDate") : completion;
      LocalDate birth = LocalDate.parse((String) execution.getVariable("dateOfBirth"));
      execution.setVariable("agePath", Age.fullYears(birth, LocalDate.parse(on)) >= ADULT_AGE ? "adult" : "minor");
    }
    if (execution.getVariable("supervisionStartDate") == null) {
      execution.setVariable("supervisionStartDate", completion);
    }
    // A management decision issued before release (L120: handed over at 3.22) is the default of the decision form.
    if (execution.getVariable("managementDecisionNumber") == null
        && execution.getVariable("supervisionDecisionNumber") instanceof String number && !number.isBlank()) {
      execution.setVariable("managementDecisionNumber", number);
    }
    boolean beforeReturn = "L120".equals(execution.getVariable("legalRegime"))
        && LocalDate.parse(returned).isAfter(today());
    execution.setVariable("managementTiming", beforeReturn ? "before-return" : "after-return");
  }

  /** The period begins (or continues at a new commune): its end, with nothing counted yet unless carried over. */
  public void startPeriod(DelegateExecution execution) {
    if (execution.getVariable("lastCheckNumber") == null) {
      execution.setVariable("lastCheckNumber", 0);
    }
    if (execution.getVariable("notCountedAbsenceDays") == null) {
      execution.setVariable("notCountedAbsenceDays", 0);
    }
    execution.setVariable("supervisionEndDate", endOfPeriod(execution).toString());
  }

  /**
   * What comes next: check number {@code lastCheckNumber + 1} on its date ({@code checkNumber}, {@code checkDueDate},
   * {@code drugTestDue}; the task opens {@code checkLeadDays} before it), or the end of the period
   * ({@code periodEnded}) when that date is not before {@code supervisionEndDate}. The day the timer fires is stored
   * ({@code nextEventDate}).
   */
  public void scheduleNext(DelegateExecution execution) {
    PER_CHECK.forEach(execution::removeVariable);
    LocalDate start = date(execution, "supervisionStartDate");
    LocalDate end = date(execution, "supervisionEndDate");
    int interval = number(execution, "checkIntervalMonths");
    int next = number(execution, "lastCheckNumber") + 1;
    long months = (long) next * interval;
    LocalDate due = start.plusMonths(months);
    if (!due.isBefore(end)) {
      execution.setVariable("periodEnded", true);
      execution.setVariable("nextEventDate", end.toString());
      return;
    }
    execution.setVariable("periodEnded", false);
    execution.setVariable("checkNumber", next);
    execution.setVariable("checkDueDate", due.toString());
    execution.setVariable("drugTestDue", months % number(execution, "drugTestIntervalMonths") == 0);
    execution.setVariable("nextEventDate", due.minusDays(number(execution, "checkLeadDays")).toString());
  }

  /** The timer of the next check or of the end of the period: the stored day, at the start of the office day. */
  public Date nextEventAt(DelegateExecution execution) {
    return Date.from(date(execution, "nextEventDate").atTime(OFFICE_START).atZone(ZONE).toInstant());
  }

  /** A check was completed: the next one is counted from it. */
  public void recordCheck(DelegateExecution execution) {
    if (execution.isCanceled() || execution.getVariable("checkNumber") == null) {
      return;
    }
    execution.setVariable("lastCheckNumber", number(execution, "checkNumber"));
  }

  /**
   * An absence was verified (4.6): an absence the person did not report does not count toward the period, so the
   * end moves by its days ({@code notCountedAbsenceDays}); the days of this absence are kept on the step
   * ({@code absenceDaysNotCounted}, a history record per absence).
   */
  public void recordAbsence(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Object reported = execution.getVariable("absenceReported");
    LocalDate from = dateOrNull(execution, "absenceFrom");
    LocalDate to = dateOrNull(execution, "absenceTo");
    // Incomplete input: the form check that runs after this listener refuses it with its own message.
    if (reported == null || from == null || to == null || to.isBefore(from)) {
      return;
    }
    long days = "no".equals(reported) ? ChronoUnit.DAYS.between(from, to) + 1 : 0;
    execution.setVariableLocal("absenceDaysNotCounted", (int) days);
    execution.setVariable("notCountedAbsenceDays", number(execution, "notCountedAbsenceDays") + (int) days);
    execution.setVariable("supervisionEndDate", endOfPeriod(execution).toString());
  }

  static LocalDate endOfPeriod(DelegateExecution execution) {
    return date(execution, "supervisionStartDate").plusMonths(number(execution, "supervisionMonths"))
        .plusDays(number(execution, "notCountedAbsenceDays"));
  }

  private static String firstDate(DelegateExecution execution, String... names) {
    for (String name : names) {
      if (execution.getVariable(name) instanceof String s && !s.isBlank()) {
        return s;
      }
    }
    return null;
  }

  private static LocalDate dateOrNull(DelegateExecution execution, String name) {
    try {
      return execution.getVariable(name) instanceof String s && s.length() == 10 ? LocalDate.parse(s) : null;
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static LocalDate date(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (!(value instanceof String s)) {
      throw new ProcessEngineException("Case " + execution.getProcessBusinessKey() + " has no date '" + name + "'");
    }
    return LocalDate.parse(s);
  }

  private static int number(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (!(value instanceof Number n)) {
      throw new ProcessEngineException("Case " + execution.getProcessBusinessKey() + " has no number '" + name + "'");
    }
    return n.intValue();
  }

  private static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }
}
