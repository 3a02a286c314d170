package vn.rehab.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

/**
 * The province's targets per locality and year ({@code reporting/targets-<year>.yaml}). A locality is the province,
 * a commune, a former district (abolished 1 July 2025; its figures are the sum of the communes listed under it) or
 * a unit that is not a place (the provincial facility). Each number says where it comes from; a file or a
 * locality marked {@code demo} holds illustration values, never an assigned target.
 */
public final class ReportTargets {

  /** One target: a number of people (or a percentage) for an indicator of {@link IndicatorCatalog}. */
  public record Target(String indicator, double value, String unit, String source) {}

  /** The targets of one locality in one year. */
  public record LocalityTargets(int year, String code, String name, String level, String provinceCode,
      List<String> communes, boolean demo, String source, String note, List<Target> targets) {

    public Optional<Target> target(String indicator) {
      return targets.stream().filter(t -> t.indicator().equals(indicator)).findFirst();
    }
  }

  private final Map<Integer, List<LocalityTargets>> byYear;

  ReportTargets(Map<Integer, List<LocalityTargets>> byYear) {
    this.byYear = byYear;
  }

  public static ReportTargets fromClasspath() {
    return fromLocation("classpath*:reporting/");
  }

  /** Every {@code targets-<year>.yaml} under a location ({@code classpath*:reporting/}, {@code file:/etc/rehab/}). */
  public static ReportTargets fromLocation(String location) {
    Map<Integer, List<LocalityTargets>> byYear = new TreeMap<>();
    String base = location.endsWith("/") ? location : location + "/";
    try {
      for (Resource r : new PathMatchingResourcePatternResolver().getResources(base + "targets-*.yaml")) {
        try (InputStream in = r.getInputStream()) {
          read(in, r.getFilename()).forEach(l -> byYear.computeIfAbsent(l.year(), y -> new ArrayList<>()).add(l));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReportTargets(byYear);
  }

  @SuppressWarnings("unchecked")
  static List<LocalityTargets> read(InputStream in, String source) {
    Map<String, Object> root = new Yaml().load(in);
    int year = ((Number) required(root, "year", source)).intValue();
    boolean fileDemo = Boolean.TRUE.equals(root.get("demo"));
    String fileSource = String.valueOf(root.getOrDefault("source", ""));
    List<LocalityTargets> result = new ArrayList<>();
    for (Map<String, Object> l : (List<Map<String, Object>>) required(root, "localities", source)) {
      String code = String.valueOf(required(l, "code", source));
      String where = source + ", locality " + code;
      List<Target> targets = new ArrayList<>();
      ((Map<String, Object>) required(l, "targets", where)).forEach((indicator, t) -> {
        if (IndicatorCatalog.find(indicator).isEmpty()) {
          throw new IllegalArgumentException(where + ": unknown indicator '" + indicator + "'");
        }
        Map<String, Object> spec = t instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of("value", t);
        Object value = spec.get("value");
        if (!(value instanceof Number n) || n.doubleValue() < 0) {
          throw new IllegalArgumentException(where + ": target " + indicator + " must be a number >= 0");
        }
        String unit = String.valueOf(spec.getOrDefault("unit", IndicatorCatalog.find(indicator).get().unit()));
        targets.add(new Target(indicator, n.doubleValue(), unit, String.valueOf(spec.getOrDefault("source", ""))));
      });
      List<String> communes = l.get("communes") == null ? List.of()
          : ((List<Object>) l.get("communes")).stream().map(String::valueOf).toList();
      result.add(new LocalityTargets(year, code, String.valueOf(l.getOrDefault("name", code)),
          String.valueOf(required(l, "level", where)), String.valueOf(required(l, "province", where)), communes,
          fileDemo || Boolean.TRUE.equals(l.get("demo")), fileSource,
          l.get("note") == null ? null : String.valueOf(l.get("note")), List.copyOf(targets)));
    }
    return result;
  }

  private static Object required(Map<String, Object> map, String key, String where) {
    Object value = map.get(key);
    if (value == null) {
      throw new IllegalArgumentException(where + ": '" + key + "' is missing");
    }
    return value;
  }

  /** The targets of a province's localities in a year (empty: the province has no targets that year). */
  public List<LocalityTargets> forProvince(String provinceCode, int year) {
    return byYear.getOrDefault(year, List.of()).stream().filter(l -> l.provinceCode().equals(provinceCode)).toList();
  }

  public Optional<LocalityTargets> of(String localityCode, int year) {
    return byYear.getOrDefault(year, List.of()).stream().filter(l -> l.code().equals(localityCode)).findFirst();
  }

  public List<Integer> years() {
    return Collections.unmodifiableList(new ArrayList<>(byYear.keySet()));
  }
}
