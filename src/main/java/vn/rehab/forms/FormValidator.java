package vn.rehab.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import vn.rehab.person.Age;
import vn.rehab.person.CitizenId;

/**
 * Checks submitted values against the rules their form declares, on the server: Camunda Forms validate only in
 * the browser, and the engine stores whatever a client sends. Besides form-js's own rules (required, length,
 * pattern, min/max, options) it applies rules named in a field's custom properties:
 * <ul>
 *   <li>{@code notInFuture}: a date not after today (Asia/Ho_Chi_Minh);</li>
 *   <li>{@code notBefore=<key>}: a date not before the date in another field or variable;</li>
 *   <li>{@code citizenIdOf=<dateOfBirthKey>,<sexKey>}: the 12-digit id agrees with birth year and sex;</li>
 *   <li>{@code requiredIfMinorOn=<dateKey>}: required when the person (dateOfBirth) is under 18 on that date;</li>
 *   <li>{@code minVariable=<var>}, {@code maxVariable=<var>}: numeric bounds a rule computed for the case;</li>
 *   <li>{@code requiredWhen=<key>=<value>}: required when another field holds that value;</li>
 *   <li>{@code mustBeTrue}: a confirmation box that must be ticked.</li>
 * </ul>
 */
public class FormValidator {

  /**
   * @param values the values as the case will hold them after the submission (existing variables overlaid with
   *     the submitted ones), so cross-field rules see fields the form shows read-only
   */
  public List<Violation> validate(FormSchema form, Map<String, Object> values, LocalDate today) {
    List<Violation> violations = new ArrayList<>();
    for (FormField field : form.fields().values()) {
      Object value = values.get(field.key());
      if (Boolean.FALSE.equals(value) && "true".equals(field.property("mustBeTrue"))) {
        violations.add(new Violation(field.key(), "Cần xác nhận «" + field.label() + "» trước khi hoàn thành."));
        continue;
      }
      if (isEmpty(value)) {
        if (field.required() || requiredAsMinor(field, values) || requiredWhen(field, values)
            || "true".equals(field.property("mustBeTrue"))) {
          violations.add(new Violation(field.key(), "Trường «" + field.label() + "» là bắt buộc."));
        }
        continue;
      }
      checkValue(field, value, values, today, violations);
    }
    return violations;
  }

  private void checkValue(FormField field, Object value, Map<String, Object> values, LocalDate today,
      List<Violation> out) {
    String label = "«" + field.label() + "»";
    switch (field.type()) {
      case "number" -> {
        if (!(value instanceof Number n)) {
          out.add(new Violation(field.key(), label + " phải là một số."));
          return;
        }
        if (field.min() != null && n.doubleValue() < field.min()) {
          out.add(new Violation(field.key(), label + " không được nhỏ hơn " + fmt(field.min()) + "."));
        }
        if (field.max() != null && n.doubleValue() > field.max()) {
          out.add(new Violation(field.key(), label + " không được lớn hơn " + fmt(field.max()) + "."));
        }
        // Bounds a rule computed for this case (e.g. the legal term range from a DMN table).
        if (values.get(field.property("minVariable")) instanceof Number lo && n.doubleValue() < lo.doubleValue()) {
          out.add(new Violation(field.key(), label + " không được nhỏ hơn " + fmt(lo.doubleValue()) + " theo quy định."));
        }
        if (values.get(field.property("maxVariable")) instanceof Number hi && n.doubleValue() > hi.doubleValue()) {
          out.add(new Violation(field.key(), label + " không được lớn hơn " + fmt(hi.doubleValue()) + " theo quy định."));
        }
        if (n instanceof Double d && field.property("integer") != null && d != Math.rint(d)) {
          out.add(new Violation(field.key(), label + " phải là số nguyên."));
        }
        return;
      }
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          out.add(new Violation(field.key(), label + " phải là có hoặc không."));
        }
        return;
      }
      case "checklist", "taglist" -> {
        if (!(value instanceof Collection<?> c) || !field.options().containsAll(c.stream().map(String::valueOf).toList())) {
          out.add(new Violation(field.key(), label + " có lựa chọn không nằm trong danh sách."));
        }
        return;
      }
      default -> { }
    }
    if (!(value instanceof String text)) {
      out.add(new Violation(field.key(), label + " phải là văn bản."));
      return;
    }
    // A read-only dropdown only shows what the case holds (an outcome the engine may have set itself, such as a
    // suspended decision); the officer cannot change it, and the submission guard refuses any change.
    if (!field.readonly() && !field.options().isEmpty() && !field.options().contains(text)) {
      out.add(new Violation(field.key(), label + " phải là một trong các lựa chọn của biểu mẫu."));
      return;
    }
    if (field.minLength() != null && text.length() < field.minLength()) {
      out.add(new Violation(field.key(), label + " phải có ít nhất " + field.minLength() + " ký tự."));
    }
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      out.add(new Violation(field.key(), label + " không được dài quá " + field.maxLength() + " ký tự."));
    }
    if (field.pattern() != null && !matches(field.pattern(), text)) {
      out.add(new Violation(field.key(), label + " không đúng định dạng. " + hint(field)));
    }
    if (field.isDate()) {
      checkDate(field, text, values, today, out);
    }
    String citizenIdOf = field.property("citizenIdOf");
    if (citizenIdOf != null) {
      String[] keys = citizenIdOf.split(",");
      LocalDate dob = dateOrNull(values.get(keys[0].trim()));
      String sex = keys.length > 1 && values.get(keys[1].trim()) instanceof String s ? s : null;
      CitizenId.problem(text, dob, sex).ifPresent(p -> out.add(new Violation(field.key(), p)));
    }
  }

  private void checkDate(FormField field, String text, Map<String, Object> values, LocalDate today,
      List<Violation> out) {
    LocalDate date = dateOrNull(text);
    String label = "«" + field.label() + "»";
    if (date == null) {
      out.add(new Violation(field.key(), label + " phải là ngày hợp lệ theo dạng năm-tháng-ngày (yyyy-MM-dd)."));
      return;
    }
    if (date.getYear() < 1900) {
      out.add(new Violation(field.key(), label + " không được trước năm 1900."));
    }
    if ("true".equals(field.property("notInFuture")) && date.isAfter(today)) {
      out.add(new Violation(field.key(), label + " không được là ngày trong tương lai."));
    }
    String notBefore = field.property("notBefore");
    if (notBefore != null) {
      LocalDate other = dateOrNull(values.get(notBefore));
      if (other != null && date.isBefore(other)) {
        out.add(new Violation(field.key(), label + " không được trước ngày " + other + "."));
      }
    }
  }

  /** {@code requiredWhen=key=value}: required when another field holds that value (e.g. a refusal's reason). */
  private static boolean requiredWhen(FormField field, Map<String, Object> values) {
    String rule = field.property("requiredWhen");
    if (rule == null || !rule.contains("=")) {
      return false;
    }
    String[] parts = rule.split("=", 2);
    Object other = values.get(parts[0].trim());
    return other != null && String.valueOf(other).equals(parts[1].trim());
  }

  private boolean requiredAsMinor(FormField field, Map<String, Object> values) {
    String onKey = field.property("requiredIfMinorOn");
    if (onKey == null) {
      return false;
    }
    LocalDate dob = dateOrNull(values.get("dateOfBirth"));
    LocalDate on = dateOrNull(values.get(onKey));
    return dob != null && on != null && !dob.isAfter(on) && Age.fullYears(dob, on) < 18;
  }

  private static boolean matches(String pattern, String text) {
    try {
      // form-js tests patterns unanchored (RegExp.test); do the same so browser and server agree.
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  private static String hint(FormField field) {
    String hint = field.property("patternHint");
    return hint == null ? "" : hint;
  }

  static LocalDate dateOrNull(Object value) {
    if (value instanceof Date d) {
      return d.toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        // Camunda Forms send yyyy-MM-dd; other clients may send an ISO instant for the same day.
        return s.length() == 10 ? LocalDate.parse(s)
            : java.time.OffsetDateTime.parse(s).atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  private static boolean isEmpty(Object value) {
    return value == null || (value instanceof String s && s.isBlank());
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
