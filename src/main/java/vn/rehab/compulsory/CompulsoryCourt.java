package vn.rehab.compulsory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.rehab.deadline.CaseDeadlines;
import vn.rehab.forms.InvalidInputException;
import vn.rehab.forms.Violation;

/**
 * The court phase's rules that need dates or more than one field (bean {@code compulsoryCourt}, used by
 * court-review-minor and court-review-adult, procedures.md 3.11-3.16). Every window is a row of the deadline table
 * ({@code deadlines/compulsory.csv}); nothing here holds a number of days.
 */
public class CompulsoryCourt {

  static final String COMPLAINT = "compulsory.3.13-complaint";
  static final String PROCURACY = "compulsory.3.13-procuracy";
  static final String PROCURACY_HIGHER = "compulsory.3.13-procuracy-higher";
  static final String APPLICATION = "compulsory.3.16";

  private final CaseDeadlines deadlines;

  public CompulsoryCourt(CaseDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  /**
   * The session (3.11): without the proposer or the procurator (for a minor: the defender) it must be postponed
   * (PL03 Art. 20; PL01); a postponed execution still needs the term it postpones.
   */
  public void checkSession(DelegateExecution execution) {
    if (execution.isCanceled() || !"held".equals(execution.getVariable("sessionOutcome"))) {
      return;
    }
    List<Violation> violations = new ArrayList<>();
    if ("no".equals(execution.getVariable("proposerPresent"))) {
      violations.add(new Violation("sessionOutcome", "Vắng đại diện cơ quan đề nghị: phải hoãn phiên họp (Pháp lệnh "
          + "03/2022/UBTVQH15 Điều 20)."));
    }
    if ("no".equals(execution.getVariable("procuratorPresent"))) {
      violations.add(new Violation("sessionOutcome", "Vắng Kiểm sát viên: phải hoãn phiên họp (Pháp lệnh "
          + "03/2022/UBTVQH15 Điều 20)."));
    }
    if ("no".equals(execution.getVariable("defenderPresent"))) {
      violations.add(new Violation("sessionOutcome", "Vắng người bào chữa của người chưa thành niên: phải hoãn phiên "
          + "họp (Pháp lệnh 01/2022/UBTVQH15)."));
    }
    if ("postpone".equals(execution.getVariable("courtDecision")) && execution.getVariable("treatmentMonths") == null) {
      violations.add(new Violation("treatmentMonths", "Quyết định áp dụng nhưng hoãn chấp hành phải nêu thời hạn chấp "
          + "hành."));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  /**
   * The decision is sent (3.12): the complaint window counts from the announcement when the person was present,
   * from the day they received the decision when absent (PL03 Art. 32(1)).
   */
  public void decisionSent(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    boolean present = "yes".equals(execution.getVariable("personPresent"));
    execution.setVariable("complaintWindowFrom", present ? execution.getVariable("decisionAnnouncedDate")
        : execution.getVariable("decisionReceivedDate"));
    // the watch step (compulsory.3.13) has its own limit counted from here
    execution.setVariable("windowsCloseAt", windowsClose(execution));
  }

  /**
   * The end of the last window in which the decision can still be challenged (3.13): the complaint window, the
   * same-level and the higher-level procuracy's windows. The decision cannot take effect before.
   */
  public Date windowsClose(DelegateExecution execution) {
    Date last = deadlines.due(COMPLAINT, execution);
    for (String step : List.of(PROCURACY, PROCURACY_HIGHER)) {
      Date due = deadlines.due(step, execution);
      if (due.after(last)) {
        last = due;
      }
    }
    return last;
  }

  /**
   * A filing received while the windows run (3.13, 3.16): is it a complaint or protest (reviewed by the provincial
   * court) or an application for postponement or exemption (decided here), and did it come inside its own window?
   * A window the regime does not limit (no row for it, e.g. the application under L120) is always open.
   */
  public void checkFiling(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String type = (String) execution.getVariable("filingType");
    String step = switch (type) {
      case "complaint" -> COMPLAINT;
      case "protest-same-level" -> PROCURACY;
      case "protest-higher-level" -> PROCURACY_HIGHER;
      default -> APPLICATION;
    };
    String regime = (String) execution.getVariable("legalRegime");
    boolean inWindow = true;
    if (deadlines.unit(step, regime) != null) {
      LocalDate filed = LocalDate.parse((String) execution.getVariable("filedDate"));
      LocalDate lastDay = deadlines.due(step, execution).toInstant().atZone(CompulsoryCase.ZONE).toLocalDate();
      inWindow = !filed.isAfter(lastDay);
    }
    execution.setVariable("filingKind", type.endsWith("-application") ? "application" : "appeal");
    execution.setVariable("filingInWindow", inWindow);
  }

  /** An application granted (3.16) changes the decision to postponement or exemption. */
  public void applicationDecided(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Object outcome = execution.getVariable("applicationOutcome");
    if ("postpone".equals(outcome)) {
      execution.setVariable("courtDecision", "postpone");
    } else if ("exempt".equals(outcome)) {
      execution.setVariable("courtDecision", "exempt");
    }
  }

  /**
   * The provincial court's review (3.14) is final: upheld, amended (decision, term, postponement), or annulled, in
   * which case the measure is not executed ({@code courtDecision = suspend}).
   */
  public void reviewed(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Object outcome = execution.getVariable("appealOutcome");
    if ("annul".equals(outcome)) {
      execution.setVariable("courtDecision", "suspend");
    } else if ("amend".equals(outcome)) {
      Object decision = execution.getVariable("amendedDecision");
      Object months = execution.getVariable("amendedMonths");
      if ("postpone".equals(decision) && months == null && execution.getVariable("treatmentMonths") == null) {
        throw new InvalidInputException("amendedMonths", "Quyết định áp dụng nhưng hoãn chấp hành phải nêu thời hạn.");
      }
      execution.setVariable("courtDecision", decision);
      if (months != null) {
        execution.setVariable("treatmentMonths", months);
      }
      Object postponedTo = execution.getVariable("amendedPostponementEndDate");
      if (postponedTo != null) {
        execution.setVariable("postponementEndDate", postponedTo);
      }
    }
  }

  /**
   * The decision takes effect (3.15, PL03 Art. 24(1)): on the review decision's date when there was a review;
   * otherwise on the day after the last day of the windows, the first day on which nobody can challenge it any
   * more. Computed from the stored dates, not from the clock, so that a late job run gives the same date.
   * Execution (escort, under L73 within 5 days) counts from this day.
   */
  public void takesEffect(DelegateExecution execution) {
    String effective;
    if (execution.getVariable("appealOutcome") != null) {
      effective = (String) execution.getVariable("reviewDecisionDate");
    } else {
      effective = windowsClose(execution).toInstant().atZone(CompulsoryCase.ZONE).toLocalDate().plusDays(1).toString();
    }
    execution.setVariable("decisionEffectiveDate", effective);
    execution.setVariable("executionStartDate", effective);
  }

  /** The court stops the case (3.10): nothing to execute. */
  public void stopped(DelegateExecution execution) {
    execution.setVariable("courtDecision", "suspend");
  }
}
