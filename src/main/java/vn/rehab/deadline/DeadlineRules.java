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
          all.addAll(read(in).all());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DeadlineRules(all);
  }

  public static DeadlineRules read(InputStream in) throws IOException {
    List<DeadlineRule> rules = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] c = splitCsv(line);
        DeadlineUnit unit = Arrays.stream(DeadlineUnit.values()).filter(u -> u.code().equals(c[3].trim()))
            .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown unit in deadline row: " + c[0]));
        rules.add(new DeadlineRule(c[0].trim(), c[1].trim(), Integer.parseInt(c[2].trim()), unit, c[4].trim(),
            c[5].trim(), c[6].trim()));
      }
    }
    return new DeadlineRules(rules);
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
