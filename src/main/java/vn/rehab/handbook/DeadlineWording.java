package vn.rehab.handbook;

import vn.rehab.deadline.DeadlineRule;

/**
 * A deadline row in the words of a Vietnamese legal text: "3 ngày làm việc kể từ ngày nhận đủ hồ sơ". The counting
 * itself (first working day after the event, end of the last day, days off) is the calendar's and is explained in
 * docs/deadlines.md; here only the rule is read back.
 */
final class DeadlineWording {

  private DeadlineWording() {}

  /** @param event the event the limit counts from, already in words ({@link EventNames}) */
  static String describe(DeadlineRule rule, String event) {
    int n = rule.amount();
    return switch (rule.unit()) {
      case WORKING_DAYS -> n + " ngày làm việc kể từ " + event;
      case DAYS -> n == 0 ? "trong ngày " + event + " (nếu là ngày nghỉ thì đến hết ngày làm việc tiếp theo)"
          : n + " ngày kể từ " + event;
      case MONTHS -> n + " tháng kể từ " + event;
      case HOURS -> n + " giờ kể từ " + event;
      case DAYS_BEFORE -> n == 0 ? "chậm nhất vào " + event : "chậm nhất " + n + " ngày trước " + event;
    };
  }

  /** How sure the number is (column {@code confidence} of the table). */
  static String confidence(String code) {
    return switch (code) {
      case "confirmed" -> "đã đối chiếu văn bản";
      case "reported" -> "theo tài liệu tóm tắt chính thức, chưa đối chiếu văn bản";
      case "default" -> "mặc định của hệ thống (văn bản không ghi số ngày), cần luật gia xác nhận";
      default -> code;
    };
  }
}
