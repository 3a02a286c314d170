package vn.rehab.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of {@code shared/spec/roles.md}. The Camunda group id is the role id, so models name roles and a
 * dated mapping (not the model) says which agency holds a role.
 */
public enum Role {
  COMMUNE_RECEPTION("commune-reception", "Bộ phận tiếp nhận cấp xã", Level.COMMUNE),
  COMMUNE_CHAIRMAN("commune-chairman", "Chủ tịch UBND cấp xã", Level.COMMUNE),
  COMMUNE_POLICE("commune-police", "Công an cấp xã", Level.COMMUNE),
  COMMUNE_SUPERVISOR("commune-supervisor", "Lãnh đạo giám sát cấp xã", Level.COMMUNE),
  DOSSIER_REVIEWER("dossier-reviewer", "Cơ quan kiểm tra hồ sơ đề nghị", Level.PROVINCE),
  LEGAL_REVIEWER("legal-reviewer", "Cơ quan kiểm tra tính pháp lý", Level.PROVINCE),
  HEALTH_ASSESSOR("health-assessor", "Cơ sở y tế xác định tình trạng nghiện", Level.PROVINCE),
  SERVICE_PROVIDER("service-provider", "Tổ chức cung cấp dịch vụ cai nghiện", Level.PROVINCE),
  COURT("court", "Tòa án nhân dân khu vực", Level.PROVINCE),
  PROCURACY("procuracy", "Viện kiểm sát nhân dân khu vực", Level.PROVINCE),
  REHAB_FACILITY("rehab-facility", "Cơ sở cai nghiện ma túy công lập", Level.PROVINCE),
  PROVINCE_AUTHORITY("province-authority", "Cơ quan quản lý cấp tỉnh", Level.PROVINCE),
  PROVINCE_SUPERVISOR("province-supervisor", "Lãnh đạo giám sát cấp tỉnh", Level.PROVINCE),
  ADMIN("admin", "Quản trị hệ thống", Level.PROVINCE);

  /** Where the holders of a role work: in one commune, or for every commune of their province. */
  public enum Level { COMMUNE, PROVINCE }

  private final String groupId;
  private final String vietnameseName;
  private final Level level;

  Role(String groupId, String vietnameseName, Level level) {
    this.groupId = groupId;
    this.vietnameseName = vietnameseName;
    this.level = level;
  }

  public String groupId() {
    return groupId;
  }

  public String vietnameseName() {
    return vietnameseName;
  }

  public Level level() {
    return level;
  }

  public boolean isSupervisor() {
    return this == COMMUNE_SUPERVISOR || this == PROVINCE_SUPERVISOR;
  }

  public static Optional<Role> byGroupId(String groupId) {
    return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
  }
}
