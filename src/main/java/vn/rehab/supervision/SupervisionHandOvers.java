package vn.rehab.supervision;

import java.util.List;
import vn.rehab.cases.CaseHandOver;
import vn.rehab.identity.LocalityDirectory;

/** Where a supervision case hands its person over, and what it carries (procedures.md 4.7, 4.8). */
public final class SupervisionHandOvers {

  /** Message start of the compulsory procedure (the same one a voluntary violation uses). */
  public static final String TO_COMPULSORY = "CompulsoryHandOver";
  /** Message start of a supervision case continued at the commune the person moved to. */
  public static final String TRANSFER_IN = "SupervisionTransferIn";
  /** The ground of L73 Art. 32(4) (adults only), a value of {@code compulsoryGround}. */
  public static final String RELAPSE_GROUND = "relapse-during-supervision";

  /** What the supervision period is made of: the continuation needs it to carry on where the old case stopped. */
  static final List<String> PERIOD = List.of("legalRegime", "completedTreatment", "agePath", "completionDate",
      "releaseDate", "treatmentEndDate", "returnedHomeDate", "certificateNumber", "certificateDate",
      "personReportedDate", "proposalDate", "managementDecisionNumber", "managementDecisionDate",
      "supervisionStartDate", "supervisionMonths", "checkIntervalMonths", "drugTestIntervalMonths", "checkLeadDays",
      "notCountedAbsenceDays", "lastCheckNumber", "supervisionEndDate", "monitoringApplies", "monitoringDecided",
      "monitoringDecisionNumber", "deviceId", "leftResidenceDate");

  private SupervisionHandOvers() {}

  /**
   * Relapse of an adult (4.8): the compulsory procedure starts with the ground {@code relapse-during-supervision},
   * the determination result and the evidence recorded by the commune police (the same variable names a voluntary
   * violation sends, so the compulsory model reads one set).
   */
  public static CaseHandOver relapseToCompulsory() {
    return new CaseHandOver(TO_COMPULSORY, List.of("violationEvidence", "violationRecordNumber", "violationRecordDate",
        "addicted", "addictionAssessmentDate", "completedTreatment", "supervisionStartDate"),
        (execution, vars) -> {
          vars.put("compulsoryGround", RELAPSE_GROUND);
          // The person has completed a treatment before (data dictionary: firstTreatment).
          vars.put("firstTreatment", false);
        });
  }

  /**
   * Change of residence (4.7): the destination commune continues the same period under the same regime, with
   * the remaining time and the next check where the old case stopped.
   */
  public static CaseHandOver toNewCommune(LocalityDirectory localities) {
    return new CaseHandOver(TRANSFER_IN, PERIOD, (execution, vars) -> {
      String destination = (String) execution.getVariable("newCommuneCode");
      vars.put("communeCode", destination);
      vars.put("provinceCode", localities.commune(destination).map(l -> l.provinceCode()).orElse(null));
      vars.put("continuedFromCaseId", execution.getProcessBusinessKey());
      vars.remove("sourceCaseId");
      Object address = execution.getVariable("newResidenceAddress");
      if (address != null) {
        vars.put("residenceAddress", address);
      } else {
        vars.remove("residenceAddress");
      }
    });
  }
}
