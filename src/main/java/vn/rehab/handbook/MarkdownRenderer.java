package vn.rehab.handbook;

import java.util.List;
import java.util.Map;

/**
 * Writes the handbook as Markdown for Vietnamese officials and lawyers: an index and one page per procedure, each
 * process with its diagram and its steps in process order. Plain deterministic text (no dates, no machine
 * paths): the committed files are compared byte for byte with a fresh rendering.
 */
final class MarkdownRenderer {

  static final String REGENERATE =
      "./mvnw -q compile exec:java -Dexec.mainClass=vn.rehab.handbook.HandbookWriter";

  private static final String GENERATED = "> Trang này được sinh tự động từ các mô hình BPMN, bảng DMN phân vai, bảng "
      + "thời hạn, tệp cơ quan theo ngày hiệu lực và biểu mẫu. Không sửa tay: sửa mô hình hoặc bảng rồi chạy\n> `"
      + REGENERATE + "`.\n";

  private MarkdownRenderer() {}

  static String index(Handbook handbook) {
    StringBuilder md = new StringBuilder();
    md.append("# Sổ tay thủ tục\n\n").append(GENERATED).append('\n');
    md.append("Mỗi thủ tục một trang: các bước theo thứ tự của quy trình, cơ quan thực hiện và thời hạn theo từng "
        + "chế độ pháp lý, biểu mẫu, căn cứ pháp lý và sơ đồ.\n\n");
    md.append(regimes()).append('\n');
    md.append("| Thủ tục | Quy trình | Số bước do cán bộ thực hiện |\n| --- | --- | --- |\n");
    for (Handbook.Page page : handbook.pages()) {
      md.append("| [").append(cell(page.main().name())).append("](").append(page.procedure()).append(".md) | ");
      md.append(String.join(", ", page.processes().stream().map(p -> "`" + p.key() + "`").toList()));
      md.append(" | ").append(page.userStepCount()).append(" |\n");
    }
    return md.toString();
  }

  private static String regimes() {
    return "Chế độ pháp lý được cố định khi mở hồ sơ: **L73** (Luật 73/2021/QH14) cho hồ sơ mở trước 01/7/2026, "
        + "**L120** (Luật 120/2025/QH15) từ 01/7/2026. Cơ quan giữ mỗi vai trò được đọc từ tệp cơ quan theo ngày "
        + "hiệu lực (`src/main/resources/identity/agency-mapping.yaml`) vào ngày " + day("L73") + " với L73 và "
        + day("L120") + " với L120.\n";
  }

  private static String day(String regime) {
    var d = RegimeDays.of(regime);
    return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  static String page(Handbook.Page page) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(page.main().name()).append("\n\n").append(GENERATED).append('\n');
    md.append("[← Sổ tay thủ tục](README.md) · Thư mục mô hình: `processes/").append(page.procedure())
        .append("/` · Biểu mẫu: `forms/").append(page.procedure()).append("/` · Bảng thời hạn: `src/main/resources/"
            + "deadlines/").append(page.procedure()).append(".csv` · Bảng phân vai: `processes/")
        .append(page.procedure()).append('/').append(page.procedure()).append("-roles.dmn`\n\n");
    md.append(regimes()).append('\n');
    md.append("Thứ tự các mục: bắt đầu từ sự kiện bắt đầu thông thường, rồi các sự kiện bắt đầu khác; đi theo luồng, "
        + "nhánh nằm cùng hàng trên sơ đồ (luồng chính) trước, nhánh ngoại lệ sau; quy trình con được liệt kê ngay "
        + "tại chỗ nó bắt đầu. Cổng rẽ nhánh chỉ có trên sơ đồ.\n");
    for (Handbook.ProcessSection process : page.processes()) {
      section(md, process);
    }
    return md.toString();
  }

  private static void section(StringBuilder md, Handbook.ProcessSection process) {
    md.append("\n## Quy trình: ").append(process.name()).append(" (`").append(process.key()).append("`)\n\n");
    if (!process.documentation().isEmpty()) {
      md.append(process.documentation()).append("\n\n");
    }
    md.append("Mô hình: `").append(process.modelFile()).append("`\n\n");
    md.append("![Sơ đồ quy trình ").append(process.name()).append("](").append(process.key()).append(".svg)\n\n");
    int number = 0;
    for (Handbook.Entry entry : process.entries()) {
      number++;
      String scope = entry.scope().isEmpty() ? "" : " — trong «" + entry.scope() + "»";
      if (entry instanceof Handbook.UserStep step) {
        md.append("### ").append(number).append(". ").append(step.name()).append("\n\n");
        userStep(md, step, scope);
      } else if (entry instanceof Handbook.CallStep call) {
        md.append("### ").append(number).append(". ").append(call.name()).append(" (gọi quy trình khác)\n\n");
        md.append("- Mã phần tử: `").append(call.elementId()).append('`').append(scope).append('\n');
        md.append("- Chuyển sang quy trình `").append(call.calledProcess()).append('`');
        if (!call.calledProcedure().isEmpty()) {
          md.append(", xem [").append(call.calledProcedure()).append("](").append(call.calledProcedure())
              .append(".md)");
        }
        md.append("; hồ sơ quay lại đây khi quy trình đó kết thúc.\n");
        line(md, "Căn cứ pháp lý", call.legalBasis());
        md.append('\n');
      } else if (entry instanceof Handbook.Passage passage) {
        md.append(number).append(". **").append(passage.kind()).append("**: ").append(passage.name())
            .append(" (`").append(passage.elementId()).append("`)").append(scope);
        if (!passage.detail().isEmpty()) {
          md.append(". ").append(passage.detail());
        }
        md.append("\n\n");
      }
    }
  }

  private static void userStep(StringBuilder md, Handbook.UserStep step, String scope) {
    md.append("- Mã phần tử: `").append(step.elementId()).append('`');
    if (!step.step().isEmpty()) {
      md.append(", mã bước: `").append(step.step()).append('`');
    }
    md.append(scope).append('\n');
    if (step.form() != null) {
      md.append("- Biểu mẫu: `").append(step.form().id()).append('`');
      if (!step.form().title().isEmpty()) {
        md.append(" — «").append(step.form().title()).append('»');
      }
      md.append('\n');
    }
    line(md, "Căn cứ pháp lý", step.legalBasis());
    if (step.byRegime().isEmpty()) {
      // Not a standard step (the escalation task): say what the model itself computes.
      md.append("- Người thực hiện: biểu thức `").append(step.roleExpression()).append("`\n");
      md.append("- Thời hạn: biểu thức `").append(step.dueExpression()).append("`\n\n");
      return;
    }
    md.append('\n').append("| | ").append(String.join(" | ", step.byRegime().keySet())).append(" |\n| --- |");
    md.append(" --- |".repeat(step.byRegime().size())).append('\n');
    Map<String, Handbook.RegimeRule> rules = step.byRegime();
    row(md, "Vai trò", rules, r -> r.role().isEmpty() ? "" : r.roleName() + " (`" + r.role() + "`)");
    row(md, "Cơ quan thực hiện", rules, r -> r.agency().isEmpty() ? "" : r.agency() + " — nhóm `" + r.group() + "`");
    row(md, "Thời hạn", rules, Handbook.RegimeRule::deadline);
    row(md, "Căn cứ thời hạn", rules, Handbook.RegimeRule::provision);
    row(md, "Độ tin cậy của thời hạn", rules, Handbook.RegimeRule::confidence);
    md.append('\n');
  }

  private static void row(StringBuilder md, String label, Map<String, Handbook.RegimeRule> rules,
      java.util.function.Function<Handbook.RegimeRule, String> value) {
    List<String> cells = rules.values().stream().map(value).map(v -> v.isEmpty() ? "— (không có)" : cell(v))
        .toList();
    md.append("| ").append(label).append(" | ").append(String.join(" | ", cells)).append(" |\n");
  }

  private static void line(StringBuilder md, String label, String text) {
    if (!text.isEmpty()) {
      md.append("- ").append(label).append(": ").append(text).append('\n');
    }
  }

  /** A table cell must not contain a pipe. */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
