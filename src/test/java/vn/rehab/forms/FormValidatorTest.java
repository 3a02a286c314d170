package vn.rehab.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every rule a form can declare, checked on the server as form-js checks it in the browser (and more). */
class FormValidatorTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  static final String FORM = """
      {
        "id": "rules", "type": "default", "schemaVersion": 16,
        "components": [
          { "type": "text", "id": "T", "text": "# Tiêu đề" },
          { "type": "textfield", "key": "fullName", "label": "Họ và tên",
            "validate": { "required": true, "minLength": 2, "maxLength": 10, "pattern": "^[A-Za-zÀ-ỹ ]+$" },
            "properties": { "patternHint": "Chỉ gồm chữ cái." } },
          { "type": "datetime", "key": "dateOfBirth", "subtype": "date", "dateLabel": "Ngày sinh",
            "validate": { "required": true }, "properties": { "notInFuture": "true" } },
          { "type": "select", "key": "sex", "label": "Giới tính",
            "values": [ { "label": "Nam", "value": "male" }, { "label": "Nữ", "value": "female" } ] },
          { "type": "textfield", "key": "citizenId", "label": "Số định danh",
            "properties": { "citizenIdOf": "dateOfBirth,sex" } },
          { "type": "datetime", "key": "decisionDate", "subtype": "date", "dateLabel": "Ngày quyết định",
            "properties": { "notBefore": "registrationDate" } },
          { "type": "textfield", "key": "legalRepresentativeName", "label": "Người đại diện",
            "properties": { "requiredIfMinorOn": "decisionDate" } },
          { "type": "number", "key": "treatmentMonths", "label": "Số tháng",
            "validate": { "min": 6, "max": 24 },
            "properties": { "minVariable": "minMonths", "maxVariable": "maxMonths", "integer": "true" } },
          { "type": "checkbox", "key": "consent", "label": "Đồng ý" },
          { "type": "checklist", "key": "services", "label": "Dịch vụ",
            "values": [ { "label": "Tư vấn", "value": "counselling" }, { "label": "Học nghề", "value": "vocational-training" } ] },
          { "type": "group", "id": "G", "components": [
            { "type": "textarea", "key": "note", "label": "Ghi chú", "validate": { "maxLength": 5 } } ] },
          { "type": "textfield", "key": "caseId", "label": "Mã hồ sơ", "readonly": true },
          { "type": "textfield", "key": "hidden", "label": "Tắt", "disabled": true }
        ]
      }
      """;

  final FormSchema form = FormSchema.parse(new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)));
  final FormValidator validator = new FormValidator();

  @Test
  void schemaReadsInputsIncludingGroupsButNotTextOrDisabledFields() {
    assertThat(form.id()).isEqualTo("rules");
    assertThat(form.fields()).containsKeys("fullName", "note", "caseId").doesNotContainKeys("hidden", "T");
    assertThat(form.fields().get("dateOfBirth").label()).isEqualTo("Ngày sinh");
    assertThat(form.fields().get("dateOfBirth").isDate()).isTrue();
    assertThat(form.fields().get("sex").options()).containsExactly("male", "female");
    assertThat(form.writableKeys()).contains("fullName", "note").doesNotContain("caseId", "hidden");
  }

  @Test
  void aValidSubmissionPasses() {
    assertThat(validator.validate(form, valid(), TODAY)).isEmpty();
  }

  @Test
  void requiredFieldsMustBeFilledAndBlankCountsAsEmpty() {
    Map<String, Object> v = valid();
    v.remove("dateOfBirth");
    v.put("fullName", "   ");
    assertThat(messages(v)).containsExactlyInAnyOrder("Trường «Họ và tên» là bắt buộc.",
        "Trường «Ngày sinh» là bắt buộc.");
  }

  @Test
  void lengthAndPatternRules() {
    assertThat(messages(with("fullName", "A"))).containsExactly("«Họ và tên» phải có ít nhất 2 ký tự.");
    assertThat(messages(with("fullName", "Nguyễn Văn Anh"))).containsExactly(
        "«Họ và tên» không được dài quá 10 ký tự.");
    assertThat(messages(with("fullName", "Lê 3"))).containsExactly(
        "«Họ và tên» không đúng định dạng. Chỉ gồm chữ cái.");
    assertThat(messages(with("note", "123456"))).containsExactly("«Ghi chú» không được dài quá 5 ký tự.");
  }

  @Test
  void dateRules() {
    assertThat(messages(with("dateOfBirth", "2026-02-30"))).first().asString().contains("ngày hợp lệ");
    assertThat(messages(with("dateOfBirth", "10/03/2000"))).first().asString().contains("ngày hợp lệ");
    assertThat(messages(with("dateOfBirth", "2026-03-11"))).contains("«Ngày sinh» không được là ngày trong tương lai.");
    assertThat(validator.validate(form, with("dateOfBirth", "2026-03-10", "citizenId", null), TODAY)).isEmpty();
    assertThat(messages(with("dateOfBirth", "1899-12-31", "citizenId", null))).containsExactly(
        "«Ngày sinh» không được trước năm 1900.");
    assertThat(messages(with("decisionDate", "2026-02-28"))).containsExactly(
        "«Ngày quyết định» không được trước ngày 2026-03-01.");
    // An ISO instant for the same day in Vietnam is the same date.
    assertThat(validator.validate(form, with("dateOfBirth", "1990-05-16T17:30:00Z"), TODAY)).isEmpty();
  }

  @Test
  void theCitizenIdMustAgreeWithBirthYearAndSex() {
    assertThat(messages(with("citizenId", "12345"))).first().asString().contains("12 chữ số");
    assertThat(messages(with("citizenId", "022091123456"))).first().asString().contains("năm sinh");
    assertThat(messages(with("sex", "female"))).first().asString().contains("giới tính");
  }

  @Test
  void theRepresentativeIsRequiredForAMinorOnTheReferenceDate() {
    Map<String, Object> minor = with("dateOfBirth", "2009-03-02", "citizenId", "022209123456",
        "legalRepresentativeName", null);
    assertThat(messages(minor)).containsExactly("Trường «Người đại diện» là bắt buộc.");
    // 18 on the decision date: no longer required.
    assertThat(validator.validate(form, with("dateOfBirth", "2008-03-02", "citizenId", "022208123456",
        "legalRepresentativeName", null), TODAY)).isEmpty();
  }

  @Test
  void numberRulesIncludingBoundsTheCaseComputed() {
    assertThat(messages(with("treatmentMonths", 3L))).containsExactly("«Số tháng» không được nhỏ hơn 6.");
    assertThat(messages(with("treatmentMonths", 25L))).containsExactly("«Số tháng» không được lớn hơn 24.");
    assertThat(messages(with("treatmentMonths", 7L, "minMonths", 9L))).containsExactly(
        "«Số tháng» không được nhỏ hơn 9 theo quy định.");
    assertThat(messages(with("treatmentMonths", 20L, "maxMonths", 12))).containsExactly(
        "«Số tháng» không được lớn hơn 12 theo quy định.");
    assertThat(messages(with("treatmentMonths", 6.5))).containsExactly("«Số tháng» phải là số nguyên.");
    assertThat(messages(with("treatmentMonths", "12"))).containsExactly("«Số tháng» phải là một số.");
  }

  @Test
  void choiceAndTypeRules() {
    assertThat(messages(with("sex", "other"))).containsExactly(
        "«Giới tính» phải là một trong các lựa chọn của biểu mẫu.");
    assertThat(messages(with("consent", "yes"))).containsExactly("«Đồng ý» phải là có hoặc không.");
    assertThat(messages(with("services", List.of("counselling", "loan")))).containsExactly(
        "«Dịch vụ» có lựa chọn không nằm trong danh sách.");
    assertThat(messages(with("services", "counselling"))).containsExactly(
        "«Dịch vụ» có lựa chọn không nằm trong danh sách.");
    assertThat(messages(with("fullName", 42L))).containsExactly("«Họ và tên» phải là văn bản.");
  }

  @Test
  void theFormsOfTheRepositoryParse() {
    FormRegistry registry = FormRegistry.fromClasspath();
    assertThat(registry.size()).isPositive();
    assertThat(registry.form("deadline-escalation")).get().satisfies(f -> assertThat(f.writableKeys())
        .contains("escalationAction").doesNotContain("caseId"));
    assertThat(registry.form(null)).isEmpty();
    assertThat(registry.form("no-such-form")).isEmpty();
  }

  private List<String> messages(Map<String, Object> values) {
    return validator.validate(form, values, TODAY).stream().map(Violation::message).toList();
  }

  private static Map<String, Object> with(Object... keyValues) {
    Map<String, Object> v = valid();
    for (int i = 0; i < keyValues.length; i += 2) {
      v.put((String) keyValues[i], keyValues[i + 1]);
    }
    return v;
  }

  private static Map<String, Object> valid() {
    Map<String, Object> v = new HashMap<>();
    v.put("fullName", "Lê Văn An");
    v.put("dateOfBirth", "1990-05-17");
    v.put("sex", "male");
    v.put("citizenId", "022090123456");
    v.put("registrationDate", "2026-03-01");
    v.put("decisionDate", "2026-03-02");
    v.put("treatmentMonths", 12L);
    v.put("consent", true);
    v.put("services", List.of("counselling"));
    v.put("note", "ok");
    return v;
  }

  /** A read-only dropdown shows what the case holds, including an outcome the engine set (e.g. "suspend"). */
  @Test
  void aReadOnlyDropdownShowsWhatTheCaseHoldsAnEditableOneTakesOnlyItsOptions() {
    FormSchema decision = FormSchema.parse(new ByteArrayInputStream("""
        { "id": "d", "components": [
          { "type": "select", "key": "courtDecision", "label": "Quyết định", "readonly": true,
            "values": [ { "label": "Áp dụng", "value": "apply" } ] },
          { "type": "select", "key": "appealOutcome", "label": "Kết quả",
            "values": [ { "label": "Giữ nguyên", "value": "uphold" } ] } ] }
        """.getBytes(StandardCharsets.UTF_8)));
    assertThat(validator.validate(decision, Map.of("courtDecision", "suspend", "appealOutcome", "uphold"), TODAY))
        .isEmpty();
    assertThat(validator.validate(decision, Map.of("courtDecision", "apply", "appealOutcome", "annul-all"), TODAY))
        .extracting(Violation::field).containsExactly("appealOutcome");
  }
}
