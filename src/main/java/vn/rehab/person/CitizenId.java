package vn.rehab.person;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 12-digit personal identification number (số định danh cá nhân): digits 1–3 the province of birth
 * registration (001–096), digit 4 century and sex (0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s …),
 * digits 5–6 the last two digits of the birth year, digits 7–12 a random sequence (Circular 59/2021/TT-BCA).
 */
public record CitizenId(String value) {

  private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

  /** The Vietnamese reason why the id does not fit, or empty when it does. */
  public static Optional<String> problem(String value, LocalDate dateOfBirth, String sex) {
    if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
      return Optional.of("Số định danh cá nhân phải gồm đúng 12 chữ số.");
    }
    int province = Integer.parseInt(value.substring(0, 3));
    if (province < 1 || province > 96) {
      return Optional.of("Ba chữ số đầu của số định danh cá nhân phải là mã tỉnh từ 001 đến 096.");
    }
    int centuryAndSex = value.charAt(3) - '0';
    if (dateOfBirth != null) {
      int century = 1900 + (centuryAndSex / 2) * 100;
      int year = century + Integer.parseInt(value.substring(4, 6));
      if (year != dateOfBirth.getYear()) {
        return Optional.of("Số định danh cá nhân không khớp với năm sinh (chữ số thứ 4 đến thứ 6 mã hóa thế kỷ"
            + " và năm sinh).");
      }
    }
    if (sex != null) {
      boolean female = centuryAndSex % 2 == 1;
      if (female != "female".equals(sex)) {
        return Optional.of("Số định danh cá nhân không khớp với giới tính (chữ số thứ 4 mã hóa giới tính).");
      }
    }
    return Optional.empty();
  }
}
