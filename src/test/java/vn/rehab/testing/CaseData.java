package vn.rehab.testing;

import java.util.HashMap;
import java.util.Map;

/** Valid start data of a person, to vary per test: an adult man of Phường Hạ Long, Quảng Ninh. */
public final class CaseData {

  private CaseData() {}

  public static Map<String, Object> adult() {
    Map<String, Object> v = new HashMap<>();
    v.put("fullName", "Nguyễn Văn An");
    v.put("dateOfBirth", "1990-05-17");
    v.put("sex", "male");
    v.put("citizenId", "022090001234");
    v.put("provinceCode", "22");
    v.put("communeCode", "06658");
    v.put("residenceAddress", "Tổ 3, khu 5, Phường Hạ Long");
    return v;
  }

  /** A girl of 15 with her mother as legal representative. */
  public static Map<String, Object> minor(String onDate) {
    Map<String, Object> v = adult();
    int year = Integer.parseInt(onDate.substring(0, 4)) - 15;
    v.put("fullName", "Trần Thị Bình");
    v.put("dateOfBirth", year + "-01-10");
    v.put("sex", "female");
    v.put("citizenId", "022" + (year >= 2000 ? "3" : "1") + String.valueOf(year).substring(2) + "004321");
    v.put("legalRepresentativeName", "Trần Thị Cúc");
    return v;
  }

  /**
   * A person's self-registration for voluntary treatment on a day (first treatment); with {@code addicted} the
   * determination result is attached, dated that day, so no determination is called.
   */
  public static Map<String, Object> voluntaryRegistration(Map<String, Object> person, String day, boolean addicted) {
    Map<String, Object> v = new HashMap<>(person);
    v.put("registrationDate", day);
    v.put("registrant", "self");
    v.put("addicted", addicted);
    if (addicted) {
      v.put("addictionAssessmentDate", day);
    }
    v.put("firstTreatment", true);
    return v;
  }

  @SafeVarargs
  public static Map<String, Object> with(Map<String, Object> base, Map<String, Object>... more) {
    Map<String, Object> v = new HashMap<>(base);
    for (Map<String, Object> m : more) {
      v.putAll(m);
    }
    return v;
  }
}
