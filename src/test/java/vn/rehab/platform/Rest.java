package vn.rehab.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The engine REST API as one demo user (HTTP Basic, demo password), answering JSON or nothing. */
final class Rest {

  static final String DEMO_PASSWORD = "demo";

  private final TestRestTemplate rest;

  Rest(TestRestTemplate rest) {
    this.rest = rest;
  }

  static Rest as(TestRestTemplate rest, String user) {
    return new Rest(rest.withBasicAuth(user, DEMO_PASSWORD));
  }

  static Rest anonymous(TestRestTemplate rest) {
    return new Rest(rest);
  }

  ResponseEntity<JsonNode> get(String path) {
    return exchange(HttpMethod.GET, path, null);
  }

  ResponseEntity<JsonNode> post(String path, Object body) {
    return exchange(HttpMethod.POST, path, body);
  }

  ResponseEntity<JsonNode> put(String path, Object body) {
    return exchange(HttpMethod.PUT, path, body);
  }

  ResponseEntity<JsonNode> delete(String path) {
    return exchange(HttpMethod.DELETE, path, null);
  }

  ResponseEntity<String> getText(String path) {
    return rest.getForEntity(path, String.class);
  }

  /** The answer as text, whatever it is: for callers that must judge answers which may not be JSON. */
  ResponseEntity<String> send(HttpMethod method, String path, Object body) {
    return exchange(method, path, body, String.class);
  }

  private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body) {
    return exchange(method, path, body, JsonNode.class);
  }

  private <T> ResponseEntity<T> exchange(HttpMethod method, String path, Object body, Class<T> answer) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return rest.exchange(path, method, new HttpEntity<>(body, headers), answer);
  }

  /** {@code {"variables": {name: {"value": v}}}} as the engine REST API takes it (type from the Java value). */
  static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, typed(v)));
    return Map.of("variables", variables);
  }

  static Map<String, Object> typed(Object value) {
    Map<String, Object> dto = new LinkedHashMap<>();
    dto.put("value", value);
    if (value instanceof String) {
      dto.put("type", "String");
    } else if (value instanceof Boolean) {
      dto.put("type", "Boolean");
    } else if (value instanceof Long || value instanceof Integer) {
      dto.put("type", "Long");
    }
    return dto;
  }

  static String startPath() {
    return "/engine-rest/process-definition/key/" + TestCases.KEY + "/start";
  }
}
