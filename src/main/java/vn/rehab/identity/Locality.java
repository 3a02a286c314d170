package vn.rehab.identity;

/**
 * A commune (xã, phường, đặc khu) of a province. Each commune is a Camunda tenant, so the engine itself keeps
 * one commune's cases away from another commune's officers.
 */
public record Locality(String communeCode, String communeName, String provinceCode, String provinceName,
    String provinceAbbreviation, String slug) {

  /** Tenant ids are the commune codes: short, stable across renamings, and what the data dictionary carries. */
  public String tenantId() {
    return communeCode;
  }

  public String displayName() {
    return communeName + " (" + provinceName + ")";
  }
}
