package vn.rehab.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgencyMappingTest {

  final AgencyMapping mapping = AgencyMapping.fromClasspath();

  @Test
  void theDossierReviewerIsTheCommunePoliceFrom1July2025() {
    AgencyMapping.Holder before = mapping.holder("dossier-reviewer", LocalDate.of(2025, 6, 30));
    assertThat(before.group()).isEqualTo("dossier-reviewer");
    assertThat(before.agency()).contains("Phòng Lao động");
    AgencyMapping.Holder after = mapping.holder("dossier-reviewer", LocalDate.of(2025, 7, 1));
    assertThat(after.group()).isEqualTo("commune-police");
    assertThat(after.agency()).contains("Công an cấp xã");
    assertThat(mapping.holder("dossier-reviewer", LocalDate.of(2027, 1, 1)).group()).isEqualTo("commune-police");
  }

  @Test
  void courtsAndFacilitiesFollowTheReorganisation() {
    assertThat(mapping.holder("court", LocalDate.of(2025, 6, 30)).agency()).contains("cấp huyện");
    assertThat(mapping.holder("court", LocalDate.of(2025, 7, 1)).agency()).contains("khu vực");
    assertThat(mapping.holder("rehab-facility", LocalDate.of(2025, 2, 28)).agency()).contains("Sở LĐTBXH");
    assertThat(mapping.holder("rehab-facility", LocalDate.of(2025, 3, 1)).agency()).contains("Công an tỉnh");
    // Unchanged entries carry over, and the group stays the role id unless the mapping names another.
    assertThat(mapping.holder("court", LocalDate.of(2026, 8, 1)).group()).isEqualTo("court");
    assertThat(mapping.holder("commune-police", LocalDate.of(2026, 7, 1)).agency()).contains("Trưởng Công an");
  }

  @Test
  void everyRoleButAdminHasAnAgencyOnceTheFirstMappingIsInForce() {
    for (Role role : Role.values()) {
      if (role != Role.ADMIN) {
        assertThat(mapping.holder(role.groupId(), LocalDate.of(2022, 1, 1)).agency()).as(role.groupId()).isNotBlank();
      }
    }
    AgencyMapping.Holder beforeAnyMapping = mapping.holder("court", LocalDate.of(2021, 12, 31));
    assertThat(beforeAnyMapping).isEqualTo(new AgencyMapping.Holder(null, "court"));
  }
}
