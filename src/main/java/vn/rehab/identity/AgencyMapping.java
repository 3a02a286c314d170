package vn.rehab.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * Which agency holds a role and which Camunda group works its tasks, on a given day (dated configuration:
 * {@code identity/agency-mapping.yaml}). When the state reorganises, this file changes and the models do not.
 */
public class AgencyMapping {

  /** Who holds a role on a day. */
  public record Holder(String agency, String group) {}

  private record Entry(LocalDate from, Map<String, Holder> changes) {}

  private final List<Entry> entries;

  AgencyMapping(List<Entry> entries) {
    this.entries = entries.stream().sorted(Comparator.comparing(Entry::from)).toList();
  }

  public static AgencyMapping fromClasspath() {
    try (InputStream in = AgencyMapping.class.getResourceAsStream("/identity/agency-mapping.yaml")) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  public static AgencyMapping read(InputStream in) {
    Map<String, Object> root = new Yaml().load(in);
    List<Entry> entries = new ArrayList<>();
    for (Map<String, Object> m : (List<Map<String, Object>>) root.get("mappings")) {
      Object from = m.get("from");
      LocalDate day = from instanceof java.util.Date d
          ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate() : LocalDate.parse(from.toString());
      Map<String, Holder> changes = new HashMap<>();
      ((Map<String, Map<String, String>>) m.get("roles")).forEach((role, h) ->
          changes.put(role, new Holder(h.get("agency"), h.getOrDefault("group", role))));
      entries.add(new Entry(day, changes));
    }
    return new AgencyMapping(entries);
  }

  public Holder holder(String roleId, LocalDate day) {
    Holder result = new Holder(null, roleId);
    for (Entry entry : entries) {
      if (entry.from().isAfter(day)) {
        break;
      }
      Holder change = entry.changes().get(roleId);
      if (change != null) {
        result = change;
      }
    }
    return result;
  }
}
