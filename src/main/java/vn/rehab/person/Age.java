package vn.rehab.person;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age in full years on a reference date. {@link Period} counts a person born on 29 February as one year older
 * on 1 March in a common year, which is how the spec reads "full" years (procedures.md §3).
 */
public final class Age {

  private Age() {}

  public static int fullYears(LocalDate dateOfBirth, LocalDate onDate) {
    if (dateOfBirth.isAfter(onDate)) {
      throw new IllegalArgumentException("date of birth after the reference date");
    }
    return Period.between(dateOfBirth, onDate).getYears();
  }
}
