package vn.rehab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BasicAuthenticationFilterTest {

  static String basic(String userAndPassword) {
    return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void credentialsAreUserAndEverythingAfterTheFirstColon() {
    assertThat(BasicAuthenticationFilter.credentials(basic("halong-police:demo"))).containsExactly("halong-police",
        "demo");
    assertThat(BasicAuthenticationFilter.credentials(basic("quantri:mật:khẩu dài"))).containsExactly("quantri",
        "mật:khẩu dài");
    assertThat(BasicAuthenticationFilter.credentials(basic("u:"))).containsExactly("u", "");
    assertThat(BasicAuthenticationFilter.credentials("basic " + basic("u:p").substring(6) + "  "))
        .containsExactly("u", "p");
  }

  @Test
  void anythingElseIsNoCredentials() {
    assertThat(BasicAuthenticationFilter.credentials(null)).isNull();
    assertThat(BasicAuthenticationFilter.credentials("")).isNull();
    assertThat(BasicAuthenticationFilter.credentials("Bearer abc.def")).isNull();
    assertThat(BasicAuthenticationFilter.credentials("Basic")).isNull();
    assertThat(BasicAuthenticationFilter.credentials("Basic not*base64!")).isNull();
    assertThat(BasicAuthenticationFilter.credentials(basic("no-colon"))).isNull();
    assertThat(BasicAuthenticationFilter.credentials(basic(":password-without-user"))).isNull();
  }

  @Test
  void aRequestWithoutValidCredentialsIsAnsweredWith401AndNeverReachesTheEngine() throws Exception {
    IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    when(identity.checkPassword("u", "wrong")).thenReturn(false);
    FilterChain chain = mock(FilterChain.class);
    for (String header : new String[] {null, basic("u:wrong")}) {
      MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
      if (header != null) {
        request.addHeader("Authorization", header);
      }
      MockHttpServletResponse response = new MockHttpServletResponse();
      new BasicAuthenticationFilter(identity, List.of("admin")).doFilter(request, response, chain);
      assertThat(response.getStatus()).isEqualTo(401);
      assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic realm=");
      assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Cần đăng nhập");
    }
    verify(chain, never()).doFilter(any(), any());
    verify(identity, never()).setAuthentication(anyString(), anyList(), anyList());
  }

  @Test
  void healthIsAnonymousAndOperatorEndpointsNeedAnAdministrator() throws Exception {
    IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    when(identity.checkPassword("officer", "pw")).thenReturn(true);
    Group police = mock(Group.class);
    when(police.getId()).thenReturn("commune-police");
    when(identity.createGroupQuery().groupMember("officer").list()).thenReturn(List.of(police));
    BasicAuthenticationFilter filter = new BasicAuthenticationFilter(identity, List.of("admin"));
    FilterChain chain = mock(FilterChain.class);

    MockHttpServletResponse health = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest("GET", "/actuator/health/liveness"), health, chain);
    assertThat(health.getStatus()).isEqualTo(200);
    verify(chain).doFilter(any(), eq(health));

    MockHttpServletRequest metrics = new MockHttpServletRequest("GET", "/actuator/prometheus");
    metrics.addHeader("Authorization", basic("officer:pw"));
    MockHttpServletResponse denied = new MockHttpServletResponse();
    filter.doFilter(metrics, denied, chain);
    assertThat(denied.getStatus()).isEqualTo(403);
    verify(chain, never()).doFilter(eq(metrics), any());
  }

  @Test
  void theEngineKnowsTheUserDuringTheRequestAndForgetsItAfterwardsEvenOnFailure() throws Exception {
    IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    when(identity.checkPassword("officer", "pw")).thenReturn(true);
    Group police = mock(Group.class);
    when(police.getId()).thenReturn("commune-police");
    when(identity.createGroupQuery().groupMember("officer").list()).thenReturn(List.of(police));
    FilterChain failing = mock(FilterChain.class);
    Mockito.doThrow(new ServletException("boom")).when(failing).doFilter(any(), any());
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.addHeader("Authorization", basic("officer:pw"));

    assertThatThrownBy(() -> new BasicAuthenticationFilter(identity, List.of("admin"))
        .doFilter(request, new MockHttpServletResponse(), failing)).hasMessage("boom");
    verify(identity).setAuthentication(eq("officer"), eq(List.of("commune-police")), anyList());
    verify(identity).clearAuthentication();
  }
}
