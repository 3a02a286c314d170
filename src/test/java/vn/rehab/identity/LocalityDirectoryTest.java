package vn.rehab.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LocalityDirectoryTest {

  final LocalityDirectory bundled = LocalityDirectory.fromClasspath();

  @Test
  void theBundledCommunesAreTenantsOfTheirProvince() {
    Locality halong = bundled.commune("06658").orElseThrow();
    assertThat(halong.tenantId()).isEqualTo("06658");
    assertThat(halong.provinceCode()).isEqualTo("22");
    assertThat(halong.provinceAbbreviation()).isEqualTo("QN");
    assertThat(halong.slug()).isEqualTo("halong");
    assertThat(halong.displayName()).isEqualTo("Phường Hạ Long (Quảng Ninh)");
    assertThat(bundled.inProvince("22")).extracting(Locality::communeCode).containsExactly("06658", "06700");
    assertThat(bundled.provinceAbbreviation("51")).contains("QNG");
    assertThat(bundled.all()).hasSize(3);
  }

  @Test
  void unknownCommunesAndProvincesAreEmpty() {
    assertThat(bundled.commune("99999")).isEmpty();
    assertThat(bundled.commune(null)).isEmpty();
    assertThat(bundled.inProvince("99")).isEmpty();
    assertThat(bundled.provinceAbbreviation("99")).isEmpty();
  }

  @Test
  void anOperatorsFileIsReadLikeTheBundledOne() {
    String yaml = """
        provinces:
          - code: "01"
            name: "Hà Nội"
            abbreviation: "HN"
            communes:
              - { code: "00004", name: "Phường Ba Đình", slug: "badinh" }
        """;
    LocalityDirectory directory = LocalityDirectory.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    assertThat(directory.commune("00004")).get().extracting(Locality::provinceAbbreviation).isEqualTo("HN");
    assertThat(directory.all()).extracting(Locality::communeCode).contains("00004");
  }
}
