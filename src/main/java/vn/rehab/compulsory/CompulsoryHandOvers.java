package vn.rehab.compulsory;

import java.util.List;
import vn.rehab.cases.CaseHandOver;

/** Where a compulsory case hands its person over, and what it carries (procedures.md 3.22, 4). */
public final class CompulsoryHandOvers {

  public static final String TO_SUPERVISION = "SupervisionHandOver";

  private CompulsoryHandOvers() {}

  /**
   * Release: post-treatment supervision starts from the release date. The supervision period depends on the path
   * (L73 Art. 40: one year after a minor's compulsory term, two after an adult's), so {@code agePath} travels with it.
   * The release certificate is also given under the names the voluntary hand-over uses, so that the receiving
   * procedure reads one set of variables whatever treatment was completed.
   */
  public static CaseHandOver toSupervision() {
    return new CaseHandOver(TO_SUPERVISION, List.of("releaseDate", "releaseCertificateNumber",
        "releaseCertificateDate", "agePath", "treatmentMonths", "admissionDate", "supervisionDecisionNumber",
        "courtDecisionNumber", "decisionEffectiveDate"),
        (execution, vars) -> {
          vars.put("completedTreatment", "compulsory");
          vars.put("returnedHomeDate", execution.getVariable("releaseDate"));
          vars.put("treatmentEndDate", execution.getVariable("releaseDate"));
          vars.put("certificateNumber", execution.getVariable("releaseCertificateNumber"));
          vars.put("certificateDate", execution.getVariable("releaseCertificateDate"));
        });
  }
}
