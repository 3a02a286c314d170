package vn.rehab.compulsory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.rehab.forms.InvalidInputException;

/**
 * The clock of the execution (bean {@code compulsoryTerm}, procedures.md 3.16-3.22): the release date from the
 * admission, the term decided, the days already spent in custody and the days spent away; the three-monthly
 * reviews; when the postponement ends; when release work opens. Dates are stored on the case as {@code yyyy-MM-dd},
 * so a recalculated timer gives the same answer.
 */
public class CompulsoryTerm {

  /** Timers of the execution fire at the start of the office day. */
  static final LocalTime OFFICE_OPENS = LocalTime.of(7, 0);

  /**
   * Admission (3.19): the term runs from the admission day for the months decided; the days in custody while the
   * dossier was prepared (3.2, at home or in a facility, until admission or until the custody ended) count toward
   * it. Gives {@code releaseDate} and {@code custodyDaysCounted}.
   */
  public void fixTerm(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    LocalDate admission = date(execution, "admissionDate");
    Number months = (Number) execution.getVariable("treatmentMonths");
    if (months == null) {
      throw new ProcessEngineException("Case " + execution.getProcessBusinessKey() + " has no treatmentMonths");
    }
    long custodyDays = 0;
    if (present(execution, "custodyStartDate")) {
      LocalDate start = date(execution, "custodyStartDate");
      LocalDate end = present(execution, "custodyEndDate") ? date(execution, "custodyEndDate") : admission;
      custodyDays = Math.max(0, ChronoUnit.DAYS.between(start, end));
    }
    execution.setVariable("custodyDaysCounted", custodyDays);
    execution.setVariable("releaseDate", admission.plusMonths(months.longValue()).minusDays(custodyDays).toString());
  }

  /**
   * The next three-monthly review (3.19): three months after the previous one, or after admission. A review that
   * would fall after the end-of-term notice never happens: the notice timer on the term comes first.
   */
  public Date nextReview(DelegateExecution execution) {
    LocalDate base = present(execution, "reviewDueDate") ? date(execution, "reviewDueDate")
        : date(execution, "admissionDate");
    LocalDate next = base.plusMonths(3);
    execution.setVariable("reviewDueDate", next.toString());
    return at(next);
  }

  /** A review that reduced the term gives the new release date; it must be earlier than the current one. */
  public void reviewed(DelegateExecution execution) {
    if (execution.isCanceled() || !"reduced".equals(execution.getVariable("reviewResult"))) {
      return;
    }
    LocalDate reduced = date(execution, "reducedReleaseDate");
    LocalDate current = date(execution, "releaseDate");
    if (!reduced.isBefore(current)) {
      throw new InvalidInputException("reducedReleaseDate", "Ngày chấp hành xong sau khi giảm phải trước ngày chấp hành "
          + "xong hiện tại (" + current + ").");
    }
    execution.setVariable("releaseDate", reduced.toString());
  }

  /** An absconder is back (3.19): the days away do not count, the release date moves by as many days. */
  public void returned(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    long away = Math.max(0, ChronoUnit.DAYS.between(date(execution, "facilityAbscondedDate"),
        date(execution, "returnedDate")));
    Number before = (Number) execution.getVariable("daysAway");
    execution.setVariable("daysAway", (before == null ? 0 : before.longValue()) + away);
    execution.setVariable("releaseDate", date(execution, "releaseDate").plusDays(away).toString());
  }

  /**
   * When a step whose legal limit is {@code due} should appear in Tasklist: {@code days} calendar days earlier, at
   * the start of the office day (the end-of-term notice of 3.20 opens five days before its own limit).
   */
  public Date opensBefore(Date due, int days) {
    return at(due.toInstant().atZone(CompulsoryCase.ZONE).toLocalDate().minusDays(days));
  }

  /** Release (3.22) opens the day before the release date, so that the certificate is ready within the last 24 h. */
  public Date releaseOpens(DelegateExecution execution) {
    return at(date(execution, "releaseDate").minusDays(1));
  }

  /** A postponed execution: the person leaves custody now (the days so far still count toward the term). */
  public void postponementStarts(DelegateExecution execution) {
    if (present(execution, "custodyStartDate") && !present(execution, "custodyEndDate")) {
      execution.setVariable("custodyEndDate", CompulsoryCase.today().toString());
    }
  }

  /** The postponement ends on {@code postponementEndDate}: execution starts that morning. */
  public Date postponementEnds(DelegateExecution execution) {
    return at(date(execution, "postponementEndDate"));
  }

  /** Execution starts after a postponement: the escort limit (3.18, L73) counts from this day. */
  public void executionStarts(DelegateExecution execution) {
    execution.setVariable("executionStartDate", date(execution, "postponementEndDate").toString());
  }

  private static Date at(LocalDate day) {
    return Date.from(day.atTime(OFFICE_OPENS).atZone(CompulsoryCase.ZONE).toInstant());
  }

  private static boolean present(DelegateExecution execution, String name) {
    return !CompulsoryCase.isBlank(execution.getVariable(name));
  }

  private static LocalDate date(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (!(value instanceof String s) || s.isBlank()) {
      throw new ProcessEngineException("Case " + execution.getProcessBusinessKey() + " has no date '" + name + "'");
    }
    return LocalDate.parse(s);
  }
}
