package vn.rehab.cases;

/** Issues case numbers ({@code QN-2026-000123}): unique across procedures, also under concurrent starts. */
public interface CaseNumbers {

  String next(String provinceAbbreviation, int year);

  static String format(String provinceAbbreviation, int year, long sequence) {
    return String.format("%s-%d-%06d", provinceAbbreviation, year, sequence);
  }
}
