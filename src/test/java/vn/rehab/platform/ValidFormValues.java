package vn.rehab.platform;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.rehab.forms.FormField;
import vn.rehab.forms.FormSchema;

/**
 * A submission of any form that its rules accept, derived from the form itself, so that a hostile variant of it
 * (one field broken) is refused because of that field and nothing else. The person lives in Hạ Long, born
 * 1990-05-17, male, with a citizen id never used before in this JVM; every date is today (not in the future, not
 * before any other date of the form); options take the first value; numbers their lower bound.
 */
final class ValidFormValues {

  static final LocalDate BORN = LocalDate.of(1990, 5, 17);
  /** Texts tried in this order against a field's pattern and length: a name, then digits, then a plain note. */
  private static final List<String> TEXTS = List.of("Nguyễn Văn Thử", "123456789012", "Ghi chú kiểm thử", "A");

  private ValidFormValues() {}

  /**
   * @param existing the case's variables (for a task's form: bounds a rule computed, read-only fields), empty for
   *     a start form
   */
  static Map<String, Object> of(FormSchema form, Map<String, Object> existing) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (FormField field : form.fields().values()) {
      if (!field.readonly()) {
        values.put(field.key(), valueFor(field, existing));
      }
    }
    return values;
  }

  private static Object valueFor(FormField field, Map<String, Object> existing) {
    switch (field.key()) {
      case "dateOfBirth":
        return BORN.toString();
      case "sex":
        return "male";
      case "citizenId":
        return TestCases.citizenId(BORN, "male");
      case "provinceCode":
        return "22";
      case "communeCode":
        return TestCases.HALONG;
      default:
        break;
    }
    if (field.isDate()) {
      return TestCases.today().toString();
    }
    if (!field.options().isEmpty()) {
      return field.options().get(0);
    }
    return switch (field.type()) {
      case "checkbox" -> "true".equals(field.property("mustBeTrue"));
      case "number" -> number(field, existing);
      default -> text(field);
    };
  }

  private static Object number(FormField field, Map<String, Object> existing) {
    if (existing.get(field.property("minVariable")) instanceof Number lower) {
      return lower.longValue();
    }
    return field.min() == null ? 1L : (long) Math.ceil(field.min());
  }

  private static String text(FormField field) {
    for (String candidate : TEXTS) {
      boolean fits = (field.pattern() == null || Pattern.compile(field.pattern()).matcher(candidate).find())
          && (field.maxLength() == null || candidate.length() <= field.maxLength())
          && (field.minLength() == null || candidate.length() >= field.minLength());
      if (fits) {
        return candidate;
      }
    }
    throw new IllegalStateException("No valid text known for «" + field.key() + "» (pattern " + field.pattern() + ")");
  }
}
