package vn.rehab.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.rehab.reporting.ReportTargets.LocalityTargets;

/**
 * The targets shipped: Quảng Ninh's 2022 plan (146/KH-UBND) as the seed gives it, per former district and for the
 * province, and the 2026 demonstration values, marked as such; loaded per locality and year.
 */
class ReportTargetsTest {

  static final ReportTargets TARGETS = ReportTargets.fromClasspath();

  static double value(String locality, int year, String indicator) {
    return TARGETS.of(locality, year).orElseThrow().target(indicator).orElseThrow().value();
  }

  @Test
  void quangNinh2022IsThePlanOfTheSeedNotADemo() {
    LocalityTargets province = TARGETS.of("22", 2022).orElseThrow();
    assertThat(province.demo()).isFalse();
    assertThat(province.source()).contains("146/KH-UBND");
    assertThat(value("22", 2022, "treatment.total")).isEqualTo(900);
    assertThat(value("22", 2022, "treatment.compulsory")).isEqualTo(750);
    assertThat(value("22", 2022, "treatment.voluntary")).isEqualTo(150);
    assertThat(value("22", 2022, "support.vocational-training")).isEqualTo(360);
    assertThat(value("22", 2022, "support.job-placement")).isEqualTo(420);
    assertThat(province.target("supervision.coverage").orElseThrow().unit()).isEqualTo("percent");
    assertThat(value("22", 2022, "supervision.coverage")).isEqualTo(100);
    assertThat(value("22", 2022, "models.volunteer-teams")).isEqualTo(25);
    assertThat(value("22", 2022, "models.counselling-points")).isEqualTo(6);
    assertThat(value("22", 2022, "models.clubs")).isEqualTo(9);
    assertThat(province.target("treatment.total").orElseThrow().source()).contains("I.2.4");
  }

  @Test
  void theFormerDistrictsRowsAddUpToTheProvinceAsInTheSeedWithItsOneDiscrepancy() {
    List<LocalityTargets> rows = TARGETS.forProvince("22", 2022).stream()
        .filter(l -> !l.level().equals("province")).toList();
    assertThat(rows).hasSize(14); // 13 former districts and the provincial facility (Phụ biểu 01, rows 1-14)
    assertThat(sum(rows, "treatment.total")).isEqualTo(900);
    assertThat(sum(rows, "treatment.compulsory")).isEqualTo(750);
    assertThat(sum(rows, "treatment.voluntary")).isEqualTo(150);
    assertThat(sum(rows, "support.job-placement")).isEqualTo(420);
    // the seed's column of vocational training adds up to 358, its total row (and section I.2.4) says 360
    assertThat(sum(rows, "support.vocational-training")).isEqualTo(358);
    assertThat(sum(rows, "models.volunteer-teams")).isEqualTo(25);
    assertThat(sum(rows, "models.counselling-points")).isEqualTo(6);
    assertThat(sum(rows, "models.clubs")).isEqualTo(9);
    LocalityTargets haLong = TARGETS.of("193", 2022).orElseThrow();
    assertThat(haLong.level()).isEqualTo("former-district");
    assertThat(haLong.communes()).containsExactly("06658", "06700");
    assertThat(List.of(value("193", 2022, "treatment.total"), value("193", 2022, "treatment.compulsory"),
        value("193", 2022, "treatment.voluntary"), value("193", 2022, "support.vocational-training"),
        value("193", 2022, "support.job-placement"))).containsExactly(250.0, 190.0, 60.0, 15.0, 100.0);
    assertThat(value("22-CSCN", 2022, "support.vocational-training")).isEqualTo(300);
  }

  @Test
  void year2026HoldsDemoValuesAndSomeLocalitiesHaveNone() {
    assertThat(TARGETS.years()).contains(2022, 2026);
    assertThat(TARGETS.forProvince("22", 2026)).allMatch(LocalityTargets::demo)
        .extracting(LocalityTargets::code).containsExactlyInAnyOrder("22", "193", "06658");
    assertThat(TARGETS.of("06658", 2026).orElseThrow().target("treatment.total").orElseThrow().source())
        .startsWith("DEMO");
    assertThat(TARGETS.of("06700", 2026)).isEmpty();
    assertThat(TARGETS.forProvince("51", 2026)).isEmpty();
    assertThat(TARGETS.forProvince("22", 2025)).isEmpty();
  }

  @Test
  void aTargetsFileWithAnUnknownIndicatorOrANegativeNumberIsRefused() {
    String unknown = "year: 2027\nlocalities:\n  - { code: '22', level: province, province: '22', "
        + "targets: { people.happy: 5 } }\n";
    assertThatThrownBy(() -> ReportTargets.read(stream(unknown), "targets-2027.yaml"))
        .hasMessageContaining("unknown indicator 'people.happy'");
    String negative = "year: 2027\nlocalities:\n  - { code: '22', level: province, province: '22', "
        + "targets: { treatment.total: -1 } }\n";
    assertThatThrownBy(() -> ReportTargets.read(stream(negative), "targets-2027.yaml"))
        .hasMessageContaining("treatment.total");
    String plain = "year: 2027\nlocalities:\n  - { code: '22', level: province, province: '22', "
        + "targets: { treatment.total: 12 } }\n";
    assertThat(ReportTargets.read(stream(plain), "targets-2027.yaml").get(0).targets().get(0).unit())
        .isEqualTo("lượt người");
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static double sum(List<LocalityTargets> rows, String indicator) {
    return rows.stream().mapToDouble(l -> l.target(indicator).map(ReportTargets.Target::value).orElse(0.0)).sum();
  }
}
