package vn.rehab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the synthetic people live: the whole country, as one national installation would serve it. Since 1 July
 * 2025 Vietnam has 34 provinces and 3,321 communes; the bench serves {@code bench.communes} of them (default 3,321):
 * the three demo communes, where the measured officer and supervisor work, in their real provinces (Quảng Ninh
 * with 54 communes, Quảng Ngãi with 96), and synthetic communes in 32 synthetic provinces for the rest. A case
 * is placed by its person's number; a demo commune weighs {@code bench.hotCommuneWeight} ordinary ones (default 5:
 * a city ward with five times the average caseload, so the officer's figures are pessimistic). With
 * {@code bench.communes=3} every case is in a demo commune, as the bench did before (a worst case no commune has).
 */
final class Communes {

  record Commune(String code, String province, String citizenPrefix) {}

  /** The demo communes of identity/localities.yaml, in that order; the lifecycles and the storm use them. */
  static final List<Commune> DEMO = List.of(new Commune("06658", "22", "022"), new Commune("06700", "22", "022"),
      new Commune("23281", "51", "062"));

  private static final Map<String, Integer> DEMO_PROVINCE_SIZES = Map.of("22", 54, "51", 96);
  private static final Map<String, String[]> DEMO_PROVINCES = Map.of("22", new String[] {"Quảng Ninh", "QN"},
      "51", new String[] {"Quảng Ngãi", "QNG"});
  private static final String[][] DEMO_NAMES = {{"Phường Hạ Long", "halong"}, {"Phường Bãi Cháy", "baichay"},
      {"Phường Kon Tum", "kontum"}};
  private static final int SYNTHETIC_PROVINCES = 32;

  private final Map<String, List<Commune>> byProvince = new LinkedHashMap<>();
  private final List<Commune> synthetic = new ArrayList<>();
  private final int hotWeight;

  Communes(int count, int hotWeight) {
    this.hotWeight = Math.max(1, hotWeight);
    for (Commune demo : DEMO) {
      byProvince.computeIfAbsent(demo.province(), k -> new ArrayList<>()).add(demo);
    }
    int code = 70000;
    int left = Math.max(0, count - DEMO.size());
    for (String province : List.of("22", "51")) {
      int more = Math.min(left, DEMO_PROVINCE_SIZES.get(province) - byProvince.get(province).size());
      for (int i = 0; i < more; i++) {
        add(new Commune(String.valueOf(code++), province, "0" + province));
      }
      left -= more;
    }
    for (int p = 0; p < SYNTHETIC_PROVINCES && left > 0; p++) {
      String province = String.valueOf(60 + p);
      int share = (left + SYNTHETIC_PROVINCES - p - 1) / (SYNTHETIC_PROVINCES - p);
      for (int i = 0; i < share; i++) {
        add(new Commune(String.valueOf(code++), province, "0" + province));
      }
      left -= share;
    }
  }

  private void add(Commune c) {
    byProvince.computeIfAbsent(c.province(), k -> new ArrayList<>()).add(c);
    synthetic.add(c);
  }

  int count() {
    return DEMO.size() + synthetic.size();
  }

  int provinces() {
    return byProvince.size();
  }

  /** The commune of person {@code n}: reproducible, demo communes {@code hotWeight} times as likely. */
  Commune of(long n) {
    long total = (long) DEMO.size() * hotWeight + synthetic.size();
    long r = Math.floorMod(mix(n), total);
    return r < (long) DEMO.size() * hotWeight ? DEMO.get((int) (r / hotWeight))
        : synthetic.get((int) (r - (long) DEMO.size() * hotWeight));
  }

  private static long mix(long n) {
    long z = n * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    return z ^ (z >>> 31);
  }

  /** The localities file the application under test serves (rehab.identity.localities-file). */
  Path writeLocalities(Path file) throws IOException {
    StringBuilder y = new StringBuilder("# Written by the benchmark (vn.rehab.bench.Communes): synthetic, not real"
        + " administrative units except the three demo communes.\nprovinces:\n");
    byProvince.forEach((province, communes) -> {
      String[] known = DEMO_PROVINCES.get(province);
      y.append("  - code: \"").append(province).append("\"\n    name: \"")
          .append(known != null ? known[0] : "Tỉnh thử nghiệm " + province).append("\"\n    abbreviation: \"")
          .append(known != null ? known[1] : "T" + province).append("\"\n    communes:\n");
      for (Commune c : communes) {
        int demo = DEMO.indexOf(c);
        String name = demo >= 0 ? DEMO_NAMES[demo][0] : "Xã thử nghiệm " + c.code();
        String slug = demo >= 0 ? DEMO_NAMES[demo][1] : "x" + c.code();
        y.append("      - { code: \"").append(c.code()).append("\", name: \"").append(name).append("\", slug: \"")
            .append(slug).append("\" }\n");
      }
    });
    Files.createDirectories(file.getParent());
    return Files.writeString(file, y, StandardCharsets.UTF_8);
  }
}
