package vn.rehab.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * Which days a report covers, given the day its timer fires.
 * <ul>
 *   <li>{@code decree-09-2019}: the data cut-off of the administrative reporting regime (Nghị định 09/2019/NĐ-CP
 *       Điều 12): a month runs from the 15th of the previous month to the 14th of the reporting month, the six
 *       months from 15 December of the previous year to 14 June, the year from 15 December of the previous year
 *       to 14 December. It fits the seeds' dates: a timer on the 15th reports the period that closed the day
 *       before.</li>
 *   <li>{@code calendar}: whole calendar months, half-years and years (the older national schedule: a report at
 *       the start of a month covers the month before).</li>
 * </ul>
 * In both rules the period is the last one that ended before the day the timer fires.
 */
public enum PeriodRule {
  DECREE_09_2019("decree-09-2019") {
    @Override
    ReportPeriod period(ReportKind kind, LocalDate fireDay) {
      return switch (kind) {
        case MONTHLY -> {
          LocalDate end = fireDay.getDayOfMonth() > 14 ? fireDay.withDayOfMonth(14)
              : fireDay.minusMonths(1).withDayOfMonth(14);
          yield new ReportPeriod(end.minusMonths(1).withDayOfMonth(15), end);
        }
        case HALF_YEAR -> {
          LocalDate end = lastBefore(fireDay, 6, 14);
          yield new ReportPeriod(LocalDate.of(end.getYear() - 1, 12, 15), end);
        }
        case YEARLY -> {
          LocalDate end = lastBefore(fireDay, 12, 14);
          yield new ReportPeriod(LocalDate.of(end.getYear() - 1, 12, 15), end);
        }
      };
    }

    @Override
    LocalDate yearStart(LocalDate periodEnd) {
      LocalDate cutOff = LocalDate.of(periodEnd.getYear(), 12, 15);
      return periodEnd.isBefore(cutOff) ? cutOff.minusYears(1) : cutOff;
    }
  },

  CALENDAR("calendar") {
    @Override
    ReportPeriod period(ReportKind kind, LocalDate fireDay) {
      return switch (kind) {
        case MONTHLY -> {
          YearMonth month = YearMonth.from(fireDay).minusMonths(1);
          yield new ReportPeriod(month.atDay(1), month.atEndOfMonth());
        }
        case HALF_YEAR -> fireDay.getMonthValue() >= 7
            ? new ReportPeriod(LocalDate.of(fireDay.getYear(), 1, 1), LocalDate.of(fireDay.getYear(), 6, 30))
            : new ReportPeriod(LocalDate.of(fireDay.getYear() - 1, 7, 1), LocalDate.of(fireDay.getYear() - 1, 12, 31));
        case YEARLY -> new ReportPeriod(LocalDate.of(fireDay.getYear() - 1, 1, 1),
            LocalDate.of(fireDay.getYear() - 1, 12, 31));
      };
    }

    @Override
    LocalDate yearStart(LocalDate periodEnd) {
      return LocalDate.of(periodEnd.getYear(), 1, 1);
    }
  };

  private final String code;

  PeriodRule(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The period a report of this kind covers when its timer fires on {@code fireDay}. */
  abstract ReportPeriod period(ReportKind kind, LocalDate fireDay);

  /** The first day of the plan year a period ending on {@code periodEnd} belongs to (for year-to-date figures). */
  abstract LocalDate yearStart(LocalDate periodEnd);

  public static PeriodRule of(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown period rule '" + code
            + "' (use decree-09-2019 or calendar)"));
  }

  /** The latest {@code month}/{@code day} strictly before {@code fireDay}. */
  private static LocalDate lastBefore(LocalDate fireDay, int month, int day) {
    LocalDate candidate = LocalDate.of(fireDay.getYear(), month, day);
    return candidate.isBefore(fireDay) ? candidate : candidate.minusYears(1);
  }
}
