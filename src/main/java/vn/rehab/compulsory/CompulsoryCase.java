package vn.rehab.compulsory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.rehab.forms.InvalidInputException;

/**
 * The opening of a compulsory case (bean {@code compulsoryCase}): the dates a hand-over does not bring, and the
 * custody rule of the regime (procedures.md 3.1-3.2).
 */
public class CompulsoryCase {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /**
   * A case handed over by message (violation during voluntary treatment, relapse during supervision) opens its
   * dossier on the day it arrives ({@code dossierStartDate}: the person's age on this day picks the court path);
   * the ground was detected when the violation was recorded, or, without a record date, on the hand-over day.
   */
  public void handOverReceived(DelegateExecution execution) {
    String today = today().toString();
    if (isBlank(execution.getVariable("dossierStartDate"))) {
      execution.setVariable("dossierStartDate", today);
    }
    if (isBlank(execution.getVariable("groundDetectedDate"))) {
      Object recorded = execution.getVariable("violationRecordDate");
      execution.setVariable("groundDetectedDate", isBlank(recorded) ? today : recorded);
    }
  }

  /**
   * Custody during the dossier (3.2): at home only where the regime allows it ({@code homeCustodyAllowed} of the
   * {@code compulsory-route} table: L73 with the family's written agreement); under L120 only a facility.
   */
  public void checkCustody(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    if ("home".equals(execution.getVariable("custodyPlace"))
        && !Boolean.TRUE.equals(execution.getVariable("homeCustodyAllowed"))) {
      throw new InvalidInputException("custodyPlace", "Hồ sơ theo Luật 120/2025/QH15: người bị đề nghị chỉ được tạm "
          + "giữ tại cơ sở cai nghiện công lập hoặc trường giáo dưỡng gần nhất, không quản lý tại gia đình (Nghị định "
          + "163/2026/NĐ-CP Điều 98-99).");
    }
  }

  /**
   * Escort (3.18): a facility without a free place defers the escort, at most 3 months, only where the regime
   * allows it ({@code escortDeferralAllowed} of the {@code compulsory-route} table: L73, D116 Art. 54); under L120
   * the province assigns a facility with a place (3.17), so there is nothing to defer.
   */
  public void checkEscort(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    if ("facility-full".equals(execution.getVariable("escortOutcome"))
        && !Boolean.TRUE.equals(execution.getVariable("escortDeferralAllowed"))) {
      throw new InvalidInputException("escortOutcome", "Hồ sơ theo Luật 120/2025/QH15: cơ sở cai nghiện do Giám đốc "
          + "Công an cấp tỉnh phân công (bước 3.17), không hoãn việc đưa vào cơ sở vì cơ sở hết chỗ; hãy đưa vào cơ sở "
          + "đã được phân công trong 24 giờ (Nghị định 163/2026/NĐ-CP Điều 106-107).");
    }
  }

  /**
   * A second after a limit: the interrupting timer of a limit with legal effect (the dossier not supplemented in
   * time, 3.6) fires after the escalation at the limit itself, so that the breach is recorded before the path
   * changes.
   */
  public Date justAfter(Date due) {
    return new Date(due.getTime() + 1000);
  }

  static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }

  static boolean isBlank(Object value) {
    return value == null || (value instanceof String s && s.isBlank());
  }
}
