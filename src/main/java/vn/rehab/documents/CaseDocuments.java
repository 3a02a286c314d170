package vn.rehab.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * Documents of a case's dossier (violation record, statements, the determination result …), kept as file
 * variables of the case so they travel with it and are removed with its history. Camunda Forms 1.8.7 (what
 * Tasklist renders) have no file input, so officers use a small page of ours linked from the form.
 *
 * <p>Who may do what is decided by the engine itself: a user may add or open a document of a case only while the
 * engine shows them an open task of that case (their role, their commune). The content is checked (PDF, JPEG, PNG
 * by their first bytes, at most {@link #MAX_BYTES}); names are never logged.
 */
public class CaseDocuments {

  public static final int MAX_BYTES = 10 * 1024 * 1024;
  static final String PREFIX = "doc_";

  /** A document as listed: its id (the variable name), type, file name, media type and size. */
  public record Document(String id, String type, String fileName, String mimeType, long size) {}

  /** What a user may not do, with a Vietnamese message; the controller turns it into 403/404/400. */
  public static class Refusal extends RuntimeException {
    final int status;

    Refusal(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;

  public CaseDocuments(RuntimeService runtime, TaskService tasks, IdentityService identity) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
  }

  public Document store(Authentication user, String caseId, String type, String fileName, byte[] content) {
    ProcessInstance root = caseOf(user, caseId);
    if (type == null || !type.matches("[a-z][a-z0-9-]{1,40}")) {
      throw new Refusal(400, "Loại tài liệu không hợp lệ.");
    }
    if (content == null || content.length == 0) {
      throw new Refusal(400, "Tệp trống: hãy chọn tệp cần tải lên.");
    }
    if (content.length > MAX_BYTES) {
      throw new Refusal(400, "Tệp quá lớn: tối đa 10 MB.");
    }
    String mime = mimeOf(content).orElseThrow(
        () -> new Refusal(400, "Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp, không theo tên)."));
    String safeName = safeFileName(fileName, mime);
    String id = PREFIX + type.replace('-', '_');
    FileValue file = Variables.fileValue(safeName).file(content).mimeType(mime).create();
    asSystem(() -> {
      runtime.setVariable(root.getId(), id, file);
      return null;
    });
    return new Document(id, type, safeName, mime, content.length);
  }

  public List<Document> list(Authentication user, String caseId) {
    ProcessInstance root = caseOf(user, caseId);
    return asSystem(() -> {
      List<Document> documents = new ArrayList<>();
      for (Map.Entry<String, Object> e : runtime.getVariablesTyped(root.getId(), false).entrySet()) {
        if (e.getKey().startsWith(PREFIX)) {
          FileValue file = runtime.getVariableTyped(root.getId(), e.getKey(), false);
          documents.add(new Document(e.getKey(), e.getKey().substring(PREFIX.length()).replace('_', '-'),
              file.getFilename(), file.getMimeType(), -1));
        }
      }
      return documents;
    });
  }

  public FileValue open(Authentication user, String caseId, String documentId) {
    ProcessInstance root = caseOf(user, caseId);
    if (!documentId.startsWith(PREFIX)) {
      throw new Refusal(404, "Không có tài liệu này trong hồ sơ.");
    }
    FileValue file = asSystem(() -> runtime.getVariableTyped(root.getId(), documentId, true));
    if (file == null) {
      throw new Refusal(404, "Không có tài liệu này trong hồ sơ.");
    }
    return file;
  }

  /**
   * The case's root instance, if the engine shows this user an open task of it. Tasks are queried as the user
   * (candidate groups, tenant); the document itself is then read as the system.
   */
  private ProcessInstance caseOf(Authentication user, String caseId) {
    if (user == null) {
      throw new Refusal(401, "Cần đăng nhập.");
    }
    if (caseId == null || !caseId.matches("[A-Z]{2,4}-\\d{4}-\\d{6}")) {
      throw new Refusal(400, "Mã hồ sơ không hợp lệ.");
    }
    long visible;
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(user);
    try {
      visible = tasks.createTaskQuery().processInstanceBusinessKey(caseId).count();
    } finally {
      restore(previous);
    }
    if (visible == 0) {
      // The same answer whether the case does not exist or belongs to someone else: nothing leaks.
      throw new Refusal(404, "Không tìm thấy hồ sơ trong các việc anh/chị đang được giao.");
    }
    // the procedure's own instance: not an escalation keyed by the same number (by key: a definition id is a bare
    // UUID once "key:version:uuid" would pass 64 characters), not a called court procedure
    return asSystem(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
        .processDefinitionKeyNotIn(vn.rehab.escalation.EscalationListener.ESCALATION_PROCESS_KEY).list().stream()
        .filter(p -> runtime.createProcessInstanceQuery().subProcessInstanceId(p.getId()).count() == 0)
        .findFirst().orElseThrow(() -> new Refusal(404, "Không tìm thấy hồ sơ.")));
  }

  /** The engine work behind a decision already taken on the user's rights runs as the system. */
  private <T> T asSystem(java.util.function.Supplier<T> work) {
    Authentication previous = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      restore(previous);
    }
  }

  private void restore(Authentication previous) {
    if (previous == null) {
      identity.clearAuthentication();
    } else {
      identity.setAuthentication(previous);
    }
  }

  static Optional<String> mimeOf(byte[] c) {
    if (starts(c, 0x25, 0x50, 0x44, 0x46)) {
      return Optional.of("application/pdf");
    }
    if (starts(c, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (starts(c, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of("image/png");
    }
    return Optional.empty();
  }

  private static boolean starts(byte[] c, int... magic) {
    if (c.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((c[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  static String safeFileName(String name, String mime) {
    String base = name == null ? "tai-lieu" : name.replaceAll(".*[/\\\\]", "");
    base = base.replaceAll("[^\\p{L}\\p{N}._ -]", "_").trim();
    if (base.isEmpty() || base.length() > 120) {
      base = "tai-lieu";
    }
    String extension = switch (mime) {
      case "application/pdf" -> ".pdf";
      case "image/jpeg" -> ".jpg";
      default -> ".png";
    };
    String lower = base.toLowerCase(Locale.ROOT);
    return Arrays.stream(new String[] {".pdf", ".jpg", ".jpeg", ".png"}).anyMatch(lower::endsWith) ? base
        : base + extension;
  }
}
