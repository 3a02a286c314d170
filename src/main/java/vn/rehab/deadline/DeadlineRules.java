package vn.rehab.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.rehab.calendar.DeadlineUnit;

/**
 * The deadline table: every time limit of every step, one row per step and regime, in a CSV file a jurist can
 * read and correct without a developer ({@code deadlines/<procedure>.csv}, listed in docs/deadlines.md). Models name the step; this table
 * gives the number.
 */
public class DeadlineRules {

  private final List<DeadlineRule> rules;

  public DeadlineRules(List<DeadlineRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Every {@code deadlines/<procedure>.csv} on the classpath: one file per procedure, one table in all. */
  public static DeadlineRules fromClasspath() {
    List<DeadlineRule> all = new ArrayList<>();
    try {
      for (var r : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
          .getResources("classpath*:deadlines/*.csv")) {
        try (InputStream in = r.getInputStream()) {
          all.addAll(read(in, "deadlines/" + r.getFilename()).all());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DeadlineRules(all);
  }

  public static DeadlineRules read(InputStream in) throws IOException {
    return read(in, "deadline table");
  }

  /**
   * Reads one table: {@code #} comment lines and blank lines are skipped, the first other line is the header
   * ({@code step,regime,amount,unit,from,provision,confidence}), each further line one row. A bad row fails with
   * the file name and line number, for the jurist who edited it.
   */
  public static DeadlineRules read(InputStream in, String source) throws IOException {
    List<DeadlineRule> rules = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1); // a byte-order mark, as spreadsheet programs write
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rules.add(row(splitCsv(line), source + " line " + number));
      }
    }
    return new DeadlineRules(rules);
  }

  private static DeadlineRule row(String[] c, String where) {
    if (c.length != 7) {
      throw new IllegalArgumentException(where + ": expected 7 columns (step,regime,amount,unit,from,provision,"
          + "confidence), found " + c.length + " (a comma inside a provision needs double quotes)");
    }
    String unitCode = c[3].trim();
    DeadlineUnit unit = Arrays.stream(DeadlineUnit.values()).filter(u -> u.code().equals(unitCode)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(where + ": unknown unit '" + unitCode + "' in the row of "
            + c[0].trim() + " (use one of working-days, days, months, hours, days-before)"));
    int amount;
    try {
      amount = Integer.parseInt(c[2].trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": amount '" + c[2].trim() + "' of " + c[0].trim()
          + " is not a whole number");
    }
    return new DeadlineRule(c[0].trim(), c[1].trim(), amount, unit, c[4].trim(), c[5].trim(), c[6].trim());
  }

  /** The row for a step in a regime; a row with regime {@code *} applies to every regime without its own. */
  public Optional<DeadlineRule> find(String step, String regime) {
    return rules.stream().filter(r -> r.step().equals(step) && r.regime().equals(regime)).findFirst()
        .or(() -> rules.stream().filter(r -> r.step().equals(step) && r.regime().equals("*")).findFirst());
  }

  public List<DeadlineRule> all() {
    return rules;
  }

  /** Splits one CSV line; fields may be quoted with double quotes (provisions contain commas). */
  static String[] splitCsv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (ch == ',' && !quoted) {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    out.add(field.toString());
    return out.toArray(String[]::new);
  }
}
