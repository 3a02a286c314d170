package vn.rehab.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * When the periodic reports are due (bean {@code reportSchedule}): read from {@code reporting/schedule-<name>.yaml},
 * {@code <name>} from {@code rehab.reporting.schedule} ({@code seeds}, the default: the province plans of the
 * seeds; {@code national}: Circular 05/2011/TT-BLĐTBXH). The timer start event of {@code periodic-report} takes
 * its cycle from here: {@code <bpmn:timeCycle>${reportSchedule.cycle()}</bpmn:timeCycle>}.
 *
 * <p>For each kind of report: the day (and month) the timer fires at {@code fire-time} Hanoi time, the last day
 * the report may be sent ({@code due-day} of the month the timer fires; the row of {@code deadlines/reporting.csv}
 * ends the task on that day), whether it is one report per province or one per commune, and the basis.
 */
public final class ReportSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(ReportSchedule.class);
  static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  /** One report: fires on {@code day} of {@code month} (every month when null). */
  public record Entry(ReportKind kind, Integer month, int day, int dueDay, ReportLevel level, String basis) {}

  private final String name;
  private final LocalTime fireTime;
  private final PeriodRule periodRule;
  private final Map<ReportKind, Entry> entries;
  private final ZoneId engineZone;

  ReportSchedule(String name, LocalTime fireTime, PeriodRule periodRule, Map<ReportKind, Entry> entries,
      ZoneId engineZone) {
    this.name = name;
    this.fireTime = fireTime;
    this.periodRule = periodRule;
    this.entries = new EnumMap<>(entries);
    this.engineZone = engineZone;
    for (ReportKind kind : ReportKind.values()) {
      if (!this.entries.containsKey(kind)) {
        throw new IllegalArgumentException("Report schedule '" + name + "' has no entry for " + kind.code());
      }
    }
  }

  /** The bundled schedule {@code reporting/schedule-<name>.yaml}, in the engine's (JVM's) time zone. */
  public static ReportSchedule named(String name) {
    return named(name, ZoneId.systemDefault());
  }

  static ReportSchedule named(String name, ZoneId engineZone) {
    if (name == null || !name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("rehab.reporting.schedule must be seeds or national, got '" + name + "'");
    }
    String resource = "/reporting/schedule-" + name + ".yaml";
    try (InputStream in = ReportSchedule.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No report schedule '" + name + "' (" + resource
            + "); rehab.reporting.schedule must be seeds or national");
      }
      return read(in, resource, engineZone);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static ReportSchedule read(InputStream in, String source, ZoneId engineZone) {
    Map<String, Object> root = new Yaml().load(in);
    String name = String.valueOf(root.get("name"));
    LocalTime fireTime = LocalTime.parse(String.valueOf(root.getOrDefault("fire-time", "07:00")));
    PeriodRule rule = PeriodRule.of(String.valueOf(root.get("period-rule")));
    Map<ReportKind, Entry> entries = new EnumMap<>(ReportKind.class);
    ((Map<String, Map<String, Object>>) root.get("reports")).forEach((kindCode, e) -> {
      ReportKind kind = ReportKind.of(kindCode);
      Map<String, Object> fires = (Map<String, Object>) e.get("fires");
      Integer month = fires.get("month") == null ? null : ((Number) fires.get("month")).intValue();
      int day = ((Number) fires.get("day")).intValue();
      int dueDay = ((Number) e.get("due-day")).intValue();
      if (day < 1 || day > 28 || dueDay < day || dueDay > 28 || (month != null && (month < 1 || month > 12))) {
        throw new IllegalArgumentException(source + ": " + kindCode + " must fire on a day 1-28 and be due on a "
            + "day of the same month, not before it (got day " + day + ", due-day " + dueDay + ")");
      }
      entries.put(kind, new Entry(kind, month, day, dueDay, ReportLevel.of(String.valueOf(e.get("level"))),
          String.valueOf(e.get("basis"))));
    });
    return new ReportSchedule(name, fireTime, rule, entries, engineZone);
  }

  public String name() {
    return name;
  }

  public PeriodRule periodRule() {
    return periodRule;
  }

  public Entry entry(ReportKind kind) {
    return entries.get(kind);
  }

  /**
   * The cycle of the one report timer: a cron expression (seconds minutes hours day month weekday) firing on every
   * day of the month that some report fires on ({@code 15} for the seeds: the 15th of every month, which is also
   * 15 June and 15 December; {@code 1} for the national schedule). The dispatcher then opens the reports due on
   * that day ({@link #lastFireDay}). Camunda 7 allows one timer start event per process, hence one cycle. The engine
   * evaluates cron in the JVM's time zone, so the Hanoi fire time is converted to it; Vietnam keeps no summer time,
   * so a JVM zone without future offset changes (UTC, Asia/Ho_Chi_Minh, ...) converts exactly.
   */
  public String cycle() {
    LocalTime time = engineTime();
    String days = entries.values().stream().map(Entry::day).distinct().sorted().map(String::valueOf)
        .collect(java.util.stream.Collectors.joining(","));
    return "0 " + time.getMinute() + " " + time.getHour() + " " + days + " * ?";
  }

  /**
   * The last day on or before {@code today} a report of this kind was due to open (its timer day). The dispatcher
   * opens a report whose timer day is recent even when the timer fired late (the server was down that day).
   */
  public LocalDate lastFireDay(ReportKind kind, LocalDate today) {
    Entry e = entry(kind);
    if (e.month() == null) {
      LocalDate candidate = today.withDayOfMonth(e.day());
      return candidate.isAfter(today) ? candidate.minusMonths(1) : candidate;
    }
    LocalDate candidate = LocalDate.of(today.getYear(), e.month(), e.day());
    return candidate.isAfter(today) ? candidate.minusYears(1) : candidate;
  }

  /** The Hanoi fire time as a time of day in the engine's zone (same calendar day). */
  LocalTime engineTime() {
    Instant now = Instant.now();
    if (engineZone.getRules().nextTransition(now) != null) {
      LOG.warn("The JVM time zone {} changes its offset during the year: report timers fire at {} in that zone, not "
          + "Hanoi time. Run the engine with -Duser.timezone=Asia/Ho_Chi_Minh or UTC.", engineZone, fireTime);
      return fireTime;
    }
    ZoneOffset engineOffset = engineZone.getRules().getOffset(now);
    int shift = engineOffset.getTotalSeconds() - HANOI.getRules().getOffset(now).getTotalSeconds();
    int seconds = fireTime.toSecondOfDay() + shift;
    if (seconds < 0 || seconds >= 24 * 3600) {
      LOG.warn("{} Hanoi time falls on another day in the JVM time zone {}: report timers fire at {} in that zone. "
          + "Run the engine with -Duser.timezone=Asia/Ho_Chi_Minh or UTC.", fireTime, engineZone, fireTime);
      return fireTime;
    }
    return LocalTime.ofSecondOfDay(seconds);
  }

  /** The period a report covers when its timer fires on {@code fireDay}. */
  public ReportPeriod period(ReportKind kind, LocalDate fireDay) {
    return periodRule.period(kind, fireDay);
  }

  /** The last day the report may be sent: {@code due-day} of the month the timer fired in. */
  public LocalDate dueDate(ReportKind kind, LocalDate fireDay) {
    return fireDay.withDayOfMonth(entry(kind).dueDay());
  }

  public ReportLevel level(ReportKind kind) {
    return entry(kind).level();
  }

  /** The first day of the plan year of a period ending on {@code periodEnd} (year-to-date against targets). */
  public LocalDate yearStart(LocalDate periodEnd) {
    return periodRule.yearStart(periodEnd);
  }
}
