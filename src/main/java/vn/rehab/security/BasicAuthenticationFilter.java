package vn.rehab.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication against the engine's users for the engine REST API, our own API and the actuator.
 * The engine then applies authorizations and the tenant (commune) check to every call made as that user.
 * Operator endpoints (metrics) additionally require an administrator. Our own API also accepts the user logged
 * in to Tasklist or Cockpit in the same browser (for the pages linked from forms), state-changing requests only
 * from our own origin.
 */
public class BasicAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final List<String> adminGroups;

  public BasicAuthenticationFilter(IdentityService identityService, List<String> adminGroups) {
    this.identityService = identityService;
    this.adminGroups = adminGroups;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = credentials(request.getHeader("Authorization"));
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (credentials == null && path.startsWith("/api/")) {
      UserAuthentication session = webappSession(request);
      if (session != null) {
        if (!isSafe(request) && !sameOrigin(request)) {
          // A session cookie rides along with any site's request: state changes must come from our own pages.
          writeError(response, HttpServletResponse.SC_FORBIDDEN, "Yêu cầu không xuất phát từ trang của hệ thống.");
          return;
        }
        identityService.setAuthentication(session.getIdentityId(), session.getGroupIds(), session.getTenantIds());
        try {
          chain.doFilter(request, response);
        } finally {
          identityService.clearAuthentication();
        }
        return;
      }
    }
    if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"cai-nghien\", charset=\"UTF-8\"");
      writeError(response, HttpServletResponse.SC_UNAUTHORIZED, "Cần đăng nhập (HTTP Basic) để dùng dịch vụ này.");
      return;
    }
    String userId = credentials[0];
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .toList();
    if (path.startsWith("/actuator/") && groups.stream().noneMatch(adminGroups::contains)) {
      writeError(response, HttpServletResponse.SC_FORBIDDEN, "Chỉ quản trị viên được xem số liệu vận hành.");
      return;
    }
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    identityService.setAuthentication(userId, groups, tenants);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The user logged in to Tasklist or Cockpit in this browser session, if any (our own pages use it). */
  private static UserAuthentication webappSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications all = AuthenticationUtil.getAuthsFromSession(session);
    Object user = all == null ? null : all.getAuthenticationForProcessEngine("default");
    return user instanceof UserAuthentication u ? u : null;
  }

  private static boolean isSafe(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  private static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return "same-origin".equals(request.getHeader("Sec-Fetch-Site"));
    }
    String own = request.getScheme() + "://" + request.getServerName()
        + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort());
    return origin.equalsIgnoreCase(own);
  }

  static String[] credentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  static void writeError(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(("{\"type\":\"AuthenticationError\",\"message\":\"" + message + "\"}")
        .getBytes(StandardCharsets.UTF_8));
  }
}
