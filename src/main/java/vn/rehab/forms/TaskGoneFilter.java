package vn.rehab.forms;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.rehab.engine.EngineChecks;

/**
 * A task completed by someone else, just before or at the same instant (two officers, two browser tabs, two
 * nodes of a cluster), is a conflict the officer should read about, not a server error: Camunda's REST answers
 * "task is null" (already gone) and the engine's optimistic-locking failure (ENGINE-03005, the loser of a
 * simultaneous completion, whose transaction is rolled back) with HTTP 500, and a loser that read the task just
 * before the winner removed its identity links with 403, all in English. When the engine refused a completion
 * and the task is gone afterwards, this filter answers 404 (it was gone before) or 409 (it went meanwhile) with a
 * Vietnamese message; any other answer is passed on untouched.
 */
public class TaskGoneFilter extends OncePerRequestFilter {

  private final TaskService taskService;
  private final IdentityService identityService;

  public TaskGoneFilter(TaskService taskService, IdentityService identityService) {
    this.taskService = taskService;
    this.identityService = identityService;
  }

  private static final Pattern TASK_SUBMIT = Pattern.compile(
      "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form|resolve)");
  /** The database's word for "another transaction changed this row first", which may come before that one commits. */
  private static final Pattern CONCURRENT = Pattern.compile(
      "ENGINE-03005|OptimisticLocking|[Cc]oncurrent update|could not serialize|deadlock");
  static final String MESSAGE = "Công việc này đã được hoàn thành (có thể bởi cán bộ khác, cùng lúc) hoặc không còn "
      + "tồn tại; dữ liệu vừa gửi không được ghi. Hãy tải lại danh sách công việc.";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !TASK_SUBMIT.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    String body = new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8);
    boolean refused = answer.getStatus() == 403 || answer.getStatus() >= 500;
    if (refused && (isGone(request) || (answer.getStatus() >= 500 && CONCURRENT.matcher(body).find()))) {
      answer.resetBuffer();
      answer.setStatus(body.contains("task is null") ? 404 : 409);
      answer.setContentType("application/json;charset=UTF-8");
      answer.getOutputStream().write(("{\"type\":\"TaskGone\",\"message\":\"" + MESSAGE + "\"}")
          .getBytes(StandardCharsets.UTF_8));
    }
    answer.copyBodyToResponse();
  }

  private boolean isGone(HttpServletRequest request) {
    Matcher task = TASK_SUBMIT.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    return task.matches()
        && EngineChecks.asSystem(identityService, () -> taskService.createTaskQuery().taskId(task.group(1)).count()) == 0;
  }
}
