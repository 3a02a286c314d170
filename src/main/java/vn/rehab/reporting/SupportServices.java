package vn.rehab.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the support given after treatment (procedures.md 4.5), robustly: the data dictionary's
 * {@code supportServices} is a JSON string list of {@code {type, date}}; a colleague's model may also store it as a
 * list, or record one date per service in its own variable ({@code vocationalTrainingDate}, {@code jobPlacementDate},
 * {@code loanDate}, {@code counsellingDate}). Types are normalised ({@code Vocational_Training} → {@code
 * vocational-training}); an entry without a known type or a {@code yyyy-MM-dd} date makes the record unreadable,
 * which reports count so that bad data is seen rather than silently dropped.
 */
public final class SupportServices {

  /** One service given on a day. */
  public record Service(String type, LocalDate date) {}

  /** What one case's record says: the services read, and whether anything could not be read. */
  public record Reading(List<Service> services, boolean unreadable) {}

  /** The separate date variables a model may use instead of the JSON list, by service type. */
  public static final Map<String, String> DATE_VARIABLES = Map.of(
      "vocationalTrainingDate", "vocational-training",
      "jobPlacementDate", "job-placement",
      "loanDate", "loan",
      "counsellingDate", "counselling");

  private static final ObjectMapper JSON = new ObjectMapper();

  private SupportServices() {}

  public static Reading read(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return new Reading(List.of(), false);
    }
    JsonNode list;
    try {
      list = value instanceof String s ? JSON.readTree(s) : JSON.valueToTree(value);
    } catch (Exception malformed) {
      return new Reading(List.of(), true);
    }
    if (list == null || list.isNull() || list.isMissingNode()) {
      return new Reading(List.of(), false);
    }
    if (!list.isArray()) {
      return new Reading(List.of(), true);
    }
    List<Service> services = new ArrayList<>();
    boolean unreadable = false;
    for (JsonNode entry : list) {
      String type = normalise(text(entry, "type", "serviceType"));
      LocalDate date = date(text(entry, "date", "dateProvided"));
      if (type == null || date == null || !IndicatorCatalog.SUPPORT_TYPES.contains(type)) {
        unreadable = true;
      } else {
        services.add(new Service(type, date));
      }
    }
    return new Reading(services, unreadable);
  }

  /** A separate date variable ({@link #DATE_VARIABLES}); values that are not a date are unreadable. */
  public static Reading readDateVariable(String variableName, Object value) {
    String type = DATE_VARIABLES.get(variableName);
    if (type == null || value == null) {
      return new Reading(List.of(), false);
    }
    LocalDate date = value instanceof String s ? date(s) : null;
    return date == null ? new Reading(List.of(), true) : new Reading(List.of(new Service(type, date)), false);
  }

  /** Merges readings of one case. */
  public static Reading merge(Collection<Reading> readings) {
    List<Service> all = new ArrayList<>();
    boolean unreadable = false;
    for (Reading r : readings) {
      all.addAll(r.services());
      unreadable |= r.unreadable();
    }
    return new Reading(all, unreadable);
  }

  private static String text(JsonNode entry, String... names) {
    if (entry == null || !entry.isObject()) {
      return null;
    }
    for (String name : names) {
      JsonNode node = entry.get(name);
      if (node != null && node.isTextual()) {
        return node.asText();
      }
    }
    return null;
  }

  static String normalise(String type) {
    return type == null ? null : type.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
  }

  private static LocalDate date(String text) {
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
