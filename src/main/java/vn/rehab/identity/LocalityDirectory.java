package vn.rehab.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/** The provinces and communes served, read from a YAML file (classpath or a file path an operator sets). */
public final class LocalityDirectory {

  private final Map<String, Locality> byCommuneCode;

  public LocalityDirectory(List<Locality> localities) {
    Map<String, Locality> map = new LinkedHashMap<>();
    localities.forEach(l -> map.put(l.communeCode(), l));
    this.byCommuneCode = Collections.unmodifiableMap(map);
  }

  public static LocalityDirectory fromClasspath() {
    try (InputStream in = LocalityDirectory.class.getResourceAsStream("/identity/localities.yaml")) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  public static LocalityDirectory read(InputStream in) {
    Map<String, Object> root = new Yaml().load(in);
    List<Locality> result = new ArrayList<>();
    for (Map<String, Object> province : (List<Map<String, Object>>) root.get("provinces")) {
      for (Map<String, Object> commune : (List<Map<String, Object>>) province.get("communes")) {
        result.add(new Locality(str(commune.get("code")), str(commune.get("name")), str(province.get("code")),
            str(province.get("name")), str(province.get("abbreviation")), str(commune.get("slug"))));
      }
    }
    return new LocalityDirectory(result);
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  public Optional<Locality> commune(String communeCode) {
    return Optional.ofNullable(communeCode).map(byCommuneCode::get);
  }

  public List<Locality> all() {
    return List.copyOf(byCommuneCode.values());
  }

  public List<Locality> inProvince(String provinceCode) {
    return byCommuneCode.values().stream().filter(l -> l.provinceCode().equals(provinceCode)).toList();
  }

  public Optional<String> provinceAbbreviation(String provinceCode) {
    return byCommuneCode.values().stream().filter(l -> l.provinceCode().equals(provinceCode))
        .map(Locality::provinceAbbreviation).findFirst();
  }
}
