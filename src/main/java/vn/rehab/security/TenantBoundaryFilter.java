package vn.rehab.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.rehab.engine.EngineChecks;

/**
 * A task, case or execution of a commune the caller does not work for is "not found" on the engine REST API, for
 * reads and writes alike. The engine's tenant check already refuses such calls, but the REST API turns its
 * refusal (ENGINE-13034 "belongs to no authenticated tenant") into HTTP 500, an English server error that also
 * tells the caller the id exists. Runs after {@link BasicAuthenticationFilter} (it needs the caller's communes)
 * and before the form guard (which would otherwise judge a foreign task's form).
 */
public class TenantBoundaryFilter extends OncePerRequestFilter {

  /** The engine REST API and the webapps' copy of it, which Tasklist and Cockpit call with the login session. */
  private static final Pattern BY_ID = Pattern.compile(
      "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/(task|process-instance|execution)/([^/]+)(?:/.*)?");

  private final IdentityService identityService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final List<String> adminGroups;

  public TenantBoundaryFilter(IdentityService identityService, TaskService taskService, RuntimeService runtimeService,
      List<String> adminGroups) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.adminGroups = adminGroups;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher byId = BY_ID.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    Caller caller = byId.matches() ? callerOf(request) : null;
    if (caller != null && !caller.admin()) {
      String tenant = tenantOf(byId.group(1), byId.group(2));
      if (tenant != null && (caller.tenantIds() == null || !caller.tenantIds().contains(tenant))) {
        BasicAuthenticationFilter.writeError(response, HttpServletResponse.SC_NOT_FOUND,
            "Không tìm thấy công việc hoặc hồ sơ này trong địa bàn anh/chị phụ trách.");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private record Caller(List<String> groupIds, List<String> tenantIds, List<String> adminGroups) {
    boolean admin() {
      return groupIds != null && groupIds.stream().anyMatch(adminGroups::contains);
    }
  }

  /**
   * Who is asking: the engine REST caller (HTTP Basic, set by {@link BasicAuthenticationFilter}), or the user of
   * the webapps' login session (the webapps set the engine authentication only later, inside their own servlet).
   */
  private Caller callerOf(HttpServletRequest request) {
    Authentication engineUser = identityService.getCurrentAuthentication();
    if (engineUser != null) {
      return new Caller(engineUser.getGroupIds(), engineUser.getTenantIds(), adminGroups);
    }
    HttpSession session = request.getSession(false);
    Authentications auths = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (auths == null || auths.getAuthentications().isEmpty()) {
      return null; // not logged in: the webapps answer 401 themselves
    }
    UserAuthentication user = auths.getAuthentications().get(0);
    return new Caller(user.getGroupIds() == null ? null : List.copyOf(user.getGroupIds()),
        user.getTenantIds() == null ? null : List.copyOf(user.getTenantIds()), adminGroups);
  }

  /** The commune (tenant) the addressed object belongs to; null when it does not exist or belongs to none. */
  private String tenantOf(String resource, String id) {
    return asSystem(() -> switch (resource) {
      case "task" -> {
        var task = taskService.createTaskQuery().taskId(id).singleResult();
        yield task == null ? null : task.getTenantId();
      }
      case "process-instance" -> {
        var instance = runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
        yield instance == null ? null : instance.getTenantId();
      }
      default -> {
        var execution = runtimeService.createExecutionQuery().executionId(id).singleResult();
        yield execution == null ? null : execution.getTenantId();
      }
    });
  }

  /** Lookups run as the system: what the caller may see or do is decided from their answer (or by the engine). */
  private <T> T asSystem(Supplier<T> lookup) {
    return EngineChecks.asSystem(identityService, lookup);
  }
}
