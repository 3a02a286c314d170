package vn.rehab.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The HTTP edge of form ownership, for the engine REST API and the webapps' copy of it (what Tasklist calls):
 * <ul>
 *   <li>task completions and case starts carry only their form's keys, with values that pass its rules
 *       ({@link SubmissionGuard}), or get 400 with a Vietnamese message before the engine is touched;</li>
 *   <li>a start through {@code /start} is served as {@code /submit-form}, so that it is validated like a form
 *       and cannot skip the case-opening listener or start somewhere in the middle of a procedure;</li>
 *   <li>setting variables outside a form (task, process instance, execution variables, message and signal
 *       payloads) is for administrators only.</li>
 * </ul>
 */
public class SubmissionGuardFilter extends OncePerRequestFilter {

  private static final String PREFIX = "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)";
  private static final Pattern TASK_SUBMIT = Pattern.compile(PREFIX + "/task/([^/]+)/(complete|submit-form|resolve)");
  private static final Pattern START = Pattern.compile(
      PREFIX + "/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)");
  private static final Pattern VARIABLE_WRITE = Pattern.compile(PREFIX
      + "/(?:(?:task|process-instance|execution)/[^/]+/(?:variables|localVariables)(?:/.*)?|message|signal"
      + "|variable-instance/.*|process-instance/[^/]+/modification|process-instance/variables-async)");
  private static final Set<String> ADMIN_GROUPS = Set.of("admin", "camunda-admin");
  private static final Set<String> START_FIELDS_ALLOWED = Set.of("variables", "businessKey", "withVariablesInReturn");

  private final SubmissionGuard guard;
  private final IdentityService identityService;
  private final ObjectMapper json = new ObjectMapper();

  public SubmissionGuardFilter(SubmissionGuard guard, IdentityService identityService) {
    this.guard = guard;
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String method = request.getMethod();
    if ("GET".equals(method) || "OPTIONS".equals(method) || "HEAD".equals(method)) {
      chain.doFilter(request, response);
      return;
    }
    if (VARIABLE_WRITE.matcher(path).matches() && !isAdmin(request)) {
      reject(response, HttpServletResponse.SC_FORBIDDEN, List.of(new Violation(null,
          "Dữ liệu hồ sơ chỉ được ghi qua biểu mẫu của từng bước; thao tác này dành cho quản trị viên.")));
      return;
    }
    Matcher task = TASK_SUBMIT.matcher(path);
    Matcher start = START.matcher(path);
    boolean isTask = "POST".equals(method) && task.matches();
    boolean isStart = "POST".equals(method) && start.matches();
    if (!isTask && !isStart) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    JsonNode root;
    try {
      root = body.length == 0 ? json.createObjectNode() : json.readTree(body);
    } catch (IOException malformed) {
      reject(response, 400, List.of(new Violation(null, "Nội dung gửi lên không phải JSON hợp lệ.")));
      return;
    }
    if (root == null || !root.isObject()) {
      reject(response, 400, List.of(new Violation(null, "Nội dung gửi lên phải là một đối tượng JSON.")));
      return;
    }
    List<Violation> violations = new ArrayList<>();
    Map<String, Object> variables = RestVariables.read(root.path("variables"), violations);
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
    if (violations.isEmpty()) {
      if (isTask) {
        violations.addAll(guard.checkTask(task.group(1), variables, today));
      } else {
        root.fieldNames().forEachRemaining(f -> {
          if (!START_FIELDS_ALLOWED.contains(f)) {
            violations.add(new Violation(f, "Không được dùng «" + f + "» khi mở hồ sơ: hồ sơ luôn bắt đầu từ bước đầu tiên."));
          }
        });
        if (violations.isEmpty()) {
          violations.addAll(guard.checkStart(start.group(2), start.group(1), variables, today));
        }
      }
    }
    if (!violations.isEmpty()) {
      reject(response, 400, violations);
      return;
    }
    if (isStart && "start".equals(start.group(3))) {
      ObjectNode formBody = json.createObjectNode();
      formBody.set("variables", root.path("variables").isMissingNode() ? json.createObjectNode() : root.get("variables"));
      byte[] forwarded = json.writeValueAsBytes(formBody);
      String target = path.substring(0, path.length() - "start".length()) + "submit-form";
      request.getRequestDispatcher(target).forward(new CachedBodyRequest(request, forwarded), response);
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private boolean isAdmin(HttpServletRequest request) {
    Authentication engineUser = identityService.getCurrentAuthentication();
    if (engineUser != null && engineUser.getGroupIds() != null) {
      return engineUser.getGroupIds().stream().anyMatch(ADMIN_GROUPS::contains);
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
      if (auths != null) {
        for (UserAuthentication user : auths.getAuthentications()) {
          if (user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(ADMIN_GROUPS::contains)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void reject(HttpServletResponse response, int status, List<Violation> violations) throws IOException {
    ObjectNode out = json.createObjectNode();
    out.put("type", "InvalidInputException");
    StringBuilder message = new StringBuilder(status == 400 ? "Dữ liệu chưa hợp lệ:" : "Không được phép:");
    violations.forEach(v -> message.append(' ').append(v.message()));
    out.put("message", message.toString());
    var list = out.putArray("violations");
    violations.forEach(v -> list.addObject().put("field", v.field()).put("message", v.message()));
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(json.writeValueAsBytes(out));
  }

  /** The request again, with a body that can be read after this filter read it. */
  static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
