package vn.rehab.voluntary;

import java.util.List;
import vn.rehab.cases.CaseHandOver;
import vn.rehab.identity.LocalityDirectory;

/** Where a voluntary case hands its person over, and what it carries (procedures.md 2.8, 2.9, 2.11). */
public final class VoluntaryHandOvers {

  public static final String TO_COMPULSORY = "CompulsoryHandOver";
  public static final String TO_SUPERVISION = "SupervisionHandOver";
  public static final String TRANSFER_IN = "VoluntaryTransferIn";

  private VoluntaryHandOvers() {}

  /** Violation: the compulsory procedure starts with the ground and the evidence. */
  public static CaseHandOver toCompulsory() {
    return new CaseHandOver(TO_COMPULSORY, List.of("compulsoryGround", "violationEvidence", "violationRecordNumber",
        "violationRecordDate", "addicted", "addictionAssessmentDate", "firstTreatment"), (execution, vars) -> { });
  }

  /** Completion: post-treatment supervision starts from the completion date. */
  public static CaseHandOver toSupervision() {
    return new CaseHandOver(TO_SUPERVISION, List.of("certificateNumber", "certificateDate", "treatmentEndDate"),
        (execution, vars) -> {
          vars.put("completedTreatment", "voluntary");
          vars.put("returnedHomeDate", execution.getVariable("treatmentEndDate"));
        });
  }

  /** Change of residence: the same treatment continues at the destination commune, under the same regime. */
  public static CaseHandOver toNewCommune(LocalityDirectory localities) {
    return new CaseHandOver(TRANSFER_IN, List.of("legalRegime", "addicted", "addictionAssessmentDate",
        "firstTreatment", "treatmentMonths", "treatmentSetting", "intakeDate", "treatmentEndDate", "checkDueDate",
        "decisionDate", "decisionNumber", "residenceChangeNoticeDate", "residenceChangeReportedAt", "monitoringDecided",
        "deviceId", "treatmentStarted"),
        (execution, vars) -> {
          String destination = (String) execution.getVariable("newCommuneCode");
          vars.put("communeCode", destination);
          vars.put("provinceCode", localities.commune(destination).map(l -> l.provinceCode()).orElse(null));
          vars.put("continuedFromCaseId", execution.getProcessBusinessKey());
          vars.remove("sourceCaseId");
          vars.put("residenceAddress", execution.getVariable("newResidenceAddress"));
        });
  }
}
