package vn.rehab.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every indicator a report carries: a stable id (JSON, targets files, the report form), a Vietnamese label, a
 * group and a unit. How each is counted is in {@link HistoryIndicators} and docs/reports.md.
 */
public final class IndicatorCatalog {

  /** The case procedures counted, by process definition key (data dictionary); others are not counted. */
  public static final List<String> PROCEDURES = List.of("addiction-assessment", "voluntary-treatment",
      "compulsory-commitment", "post-treatment-supervision");
  /** {@code caseOutcome} values of the data dictionary. */
  public static final List<String> OUTCOMES = List.of("completed", "handed-over-compulsory",
      "handed-over-supervision", "refused", "transferred", "closed-other");
  /** Support after treatment recorded in {@code supportServices} (procedures.md 4.5). */
  public static final List<String> SUPPORT_TYPES = List.of("vocational-training", "job-placement", "loan",
      "counselling");

  public static final String TREATMENT_VOLUNTARY = "treatment.voluntary";
  public static final String TREATMENT_COMPULSORY = "treatment.compulsory";
  public static final String TREATMENT_TOTAL = "treatment.total";
  public static final String COMPULSORY_DECIDED = "compulsory.decided";
  public static final String TRANSFERRED_IN = "registered.transferred-in";
  public static final String SUPERVISION_ACTIVE = "supervision.active";
  public static final String SUPERVISION_FROM_TREATMENT = "supervision.from-treatment";
  public static final String MONITORING_ACTIVE = "monitoring.active";
  public static final String RELAPSES = "relapse";
  public static final String SUPPORT_UNREADABLE = "support.unreadable";
  public static final String TASKS_DUE = "tasks.due";
  public static final String TASKS_ON_TIME = "tasks.on-time";
  public static final String TASKS_LATE = "tasks.late";
  public static final String TASKS_PENDING = "tasks.pending";
  public static final String TASKS_BREACHED = "tasks.breached";
  /** Derived percentages (not counts). */
  public static final String ON_TIME_RATE = "tasks.on-time-rate";
  public static final String SUPERVISION_COVERAGE = "supervision.coverage";

  /** One indicator. {@code unit}: {@code người}, {@code hồ sơ}, {@code việc}, {@code %}, {@code mô hình}. */
  public record Definition(String id, String label, String group, String unit, boolean counted) {}

  private static final Map<String, String> PROCEDURE_NAMES = Map.of(
      "addiction-assessment", "Xác định tình trạng nghiện",
      "voluntary-treatment", "Cai nghiện tự nguyện tại gia đình, cộng đồng",
      "compulsory-commitment", "Đưa vào cơ sở cai nghiện bắt buộc",
      "post-treatment-supervision", "Quản lý sau cai nghiện",
      "periodic-report", "Báo cáo định kỳ");
  private static final Map<String, String> OUTCOME_NAMES = Map.of(
      "completed", "hoàn thành",
      "handed-over-compulsory", "chuyển cai nghiện bắt buộc",
      "handed-over-supervision", "chuyển quản lý sau cai",
      "refused", "không tiếp nhận / từ chối",
      "transferred", "chuyển xã khác",
      "closed-other", "chấm dứt vì lý do khác",
      "unrecorded", "kết thúc không ghi kết quả");
  private static final Map<String, String> SUPPORT_NAMES = Map.of(
      "vocational-training", "Người được hỗ trợ đào tạo nghề",
      "job-placement", "Người được giải quyết việc làm",
      "loan", "Người được hỗ trợ vay vốn",
      "counselling", "Người được tư vấn");

  private static final Map<String, Definition> ALL = build();

  private IndicatorCatalog() {}

  private static Map<String, Definition> build() {
    List<Definition> d = new ArrayList<>();
    for (String p : PROCEDURES) {
      d.add(new Definition("registered." + p, "Hồ sơ mở mới: " + PROCEDURE_NAMES.get(p), "Hồ sơ", "hồ sơ", true));
    }
    d.add(new Definition(TRANSFERRED_IN, "Hồ sơ cai nghiện tự nguyện chuyển đến từ xã khác", "Hồ sơ", "hồ sơ", true));
    d.add(new Definition(TREATMENT_VOLUNTARY, "Cai nghiện tại gia đình, cộng đồng (lượt người bắt đầu điều trị)",
        "Cai nghiện", "lượt người", true));
    d.add(new Definition(TREATMENT_COMPULSORY, "Cai nghiện bắt buộc tập trung tại cơ sở (lượt người được tiếp nhận "
        + "vào cơ sở)", "Cai nghiện", "lượt người", true));
    d.add(new Definition(TREATMENT_TOTAL, "Tổng số lượt người cai nghiện", "Cai nghiện", "lượt người", true));
    d.add(new Definition(COMPULSORY_DECIDED, "Quyết định áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc có "
        + "hiệu lực", "Cai nghiện", "quyết định", true));
    for (String p : PROCEDURES) {
      for (String o : outcomes()) {
        d.add(new Definition("closed." + p + "." + o, "Kết thúc – " + PROCEDURE_NAMES.get(p) + ": "
            + OUTCOME_NAMES.get(o), "Hồ sơ kết thúc", "hồ sơ", true));
      }
    }
    d.add(new Definition(SUPERVISION_FROM_TREATMENT, "Hồ sơ quản lý sau cai nghiện mở từ hồ sơ cai nghiện chuyển sang "
        + "(sourceCaseId)", "Quản lý", "hồ sơ", true));
    d.add(new Definition(SUPERVISION_ACTIVE, "Người đang được quản lý sau cai nghiện (cuối kỳ)", "Quản lý",
        "người", true));
    d.add(new Definition(SUPERVISION_COVERAGE, "Tỷ lệ người hoàn thành cai nghiện được đưa vào quản lý sau cai",
        "Quản lý", "%", false));
    d.add(new Definition(MONITORING_ACTIVE, "Người đang bị giám sát điện tử (cuối kỳ)", "Quản lý", "người", true));
    d.add(new Definition(RELAPSES, "Người tái nghiện được phát hiện", "Quản lý", "người", true));
    for (String s : SUPPORT_TYPES) {
      d.add(new Definition("support." + s, SUPPORT_NAMES.get(s), "Hỗ trợ sau cai", "người", true));
    }
    d.add(new Definition(SUPPORT_UNREADABLE, "Hồ sơ có ghi nhận hỗ trợ không đọc được (cần kiểm tra dữ liệu)",
        "Hỗ trợ sau cai", "hồ sơ", true));
    d.add(new Definition(TASKS_DUE, "Bước xử lý đến hạn trong kỳ", "Đúng hạn", "việc", true));
    d.add(new Definition(TASKS_ON_TIME, "Bước xử lý hoàn thành đúng hạn", "Đúng hạn", "việc", true));
    d.add(new Definition(TASKS_LATE, "Bước xử lý trễ hạn (kể cả đang mở đã quá hạn)", "Đúng hạn", "việc", true));
    d.add(new Definition(TASKS_PENDING, "Bước xử lý đang mở, chưa đến hạn", "Đúng hạn", "việc", true));
    d.add(new Definition(TASKS_BREACHED, "Bước xử lý đã bị cảnh báo quá hạn (deadlineBreachedAt)", "Đúng hạn",
        "việc", true));
    d.add(new Definition(ON_TIME_RATE, "Tỷ lệ đúng hạn", "Đúng hạn", "%", false));
    d.add(new Definition("models.volunteer-teams", "Đội công tác xã hội tình nguyện cấp xã", "Mô hình", "mô hình",
        false));
    d.add(new Definition("models.counselling-points", "Điểm tư vấn, chăm sóc, hỗ trợ điều trị nghiện", "Mô hình",
        "mô hình", false));
    d.add(new Definition("models.clubs", "Câu lạc bộ hỗ trợ người sau cai nghiện", "Mô hình", "mô hình", false));
    Map<String, Definition> map = new LinkedHashMap<>();
    d.forEach(def -> map.put(def.id(), def));
    return map;
  }

  static List<String> outcomes() {
    List<String> all = new ArrayList<>(OUTCOMES);
    all.add("unrecorded");
    return all;
  }

  /** All definitions, in report order. */
  public static List<Definition> all() {
    return List.copyOf(ALL.values());
  }

  /** The counted indicators (the keys every figures map carries), in report order. */
  public static List<String> countedIds() {
    return ALL.values().stream().filter(Definition::counted).map(Definition::id).toList();
  }

  public static Optional<Definition> find(String id) {
    return Optional.ofNullable(ALL.get(id));
  }

  public static String label(String id) {
    return find(id).map(Definition::label).orElse(id);
  }

  public static String procedureName(String key) {
    return PROCEDURE_NAMES.getOrDefault(key, key);
  }
}
