package vn.rehab.handbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.rehab.cases.LegalRegimes;

/**
 * The day on which the handbook reads the dated agency mapping for each regime. A case keeps its regime for life,
 * but the agencies of an L73 case changed several times before 2026 (district offices abolished, police took over
 * facilities); the handbook shows the arrangement of the last day an L73 case could still be opened, which is
 * the one every open L73 case follows today, and for L120 the first day of the new law.
 */
public final class RegimeDays {

  public static final List<String> REGIMES = List.of("L73", "L120");

  private static final Map<String, LocalDate> DAYS = Map.of(
      "L73", LocalDate.of(2026, 6, 30),
      "L120", LocalDate.of(2026, 7, 1));

  private RegimeDays() {}

  /** The reference day of a regime, checked against the case-opening rule so the two cannot drift apart. */
  public static LocalDate of(String regime) {
    LocalDate day = DAYS.get(regime);
    String inForce = LegalRegimes.standard().on(day);
    if (!inForce.equals(regime)) {
      throw new IllegalStateException("Handbook reference day " + day + " is under " + inForce + ", not " + regime);
    }
    return day;
  }
}
