package vn.rehab.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The webapps' copy of the engine API (what Tasklist and Cockpit call with the login session) keeps communes apart
 * as the engine REST API does: another commune's task or case addressed by id is "not found" with a Vietnamese
 * message, not an English server error that tells the id exists; the officer's own commune still gets it.
 */
@PlatformTest
class WebappTenantBoundaryTest {

  private static final String API = "/camunda/api/engine/engine/default";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void deploy() {
    TestCases.deploy(engine);
  }

  /** Logs in to Tasklist as the webapps do (CSRF token from a first page, then the login form): the cookies. */
  private HttpHeaders session(String user) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    String xsrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.split(";")[0].substring(11))
        .findFirst().orElseThrow();
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";")[0]).toList()));
    headers.add("X-XSRF-TOKEN", xsrf);
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", "demo");
    ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).as("login of %s: %s", user, login.getBody()).isEqualTo(HttpStatus.OK);
    List<String> after = login.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    HttpHeaders authenticated = new HttpHeaders();
    String sessionCookie = after.stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";")[0])
        .findFirst().orElseGet(() -> cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";")[0])
            .findFirst().orElseThrow());
    authenticated.add(HttpHeaders.COOKIE, sessionCookie + "; XSRF-TOKEN=" + xsrf);
    authenticated.add("X-XSRF-TOKEN", xsrf);
    return authenticated;
  }

  private ResponseEntity<String> get(HttpHeaders session, String path) {
    return http.exchange(API + path, HttpMethod.GET, new HttpEntity<>(session), String.class);
  }

  @Test
  void anotherCommunesTaskAndCaseAreNotFoundThroughTheWebappsOwnApi() {
    ResponseEntity<JsonNode> started = Rest.as(http, "halong-police").post(Rest.startPath(),
        Rest.variables(TestCases.person(TestCases.HALONG)));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String instanceId = started.getBody().path("id").asText();
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getId();

    HttpHeaders halong = session("halong-police");
    assertThat(get(halong, "/task/" + taskId).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(halong, "/task/" + taskId + "/form-variables").getStatusCode()).isEqualTo(HttpStatus.OK);

    HttpHeaders baichay = session("baichay-police");
    for (String path : List.of("/task/" + taskId, "/task/" + taskId + "/form-variables",
        "/task/" + taskId + "/variables", "/process-instance/" + instanceId)) {
      ResponseEntity<String> answer = get(baichay, path);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody()).as(path).contains("Không tìm thấy").doesNotContain("ENGINE-");
    }
    ResponseEntity<String> claim = http.exchange(API + "/task/" + taskId + "/claim", HttpMethod.POST,
        new HttpEntity<>("{\"userId\":\"baichay-police\"}", withJson(baichay)), String.class);
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }

  private static HttpHeaders withJson(HttpHeaders session) {
    HttpHeaders headers = new HttpHeaders();
    headers.putAll(session);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
