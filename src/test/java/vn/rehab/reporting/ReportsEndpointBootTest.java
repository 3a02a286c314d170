package vn.rehab.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.rehab.platform.PlatformTest;

/**
 * The wiring in the running application (the platform tests' shared context, demo users): the report API sits
 * behind HTTP Basic and answers each demo user for their own communes, the page needs no login, and the report
 * timer was deployed on the seeds' schedule.
 */
@PlatformTest
class ReportsEndpointBootTest {

  static final String YEAR = "/api/reports/indicators?province=22&from=2026-01-01&to=2026-12-31";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  private ResponseEntity<JsonNode> get(String user, String path) {
    TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
    return client.getForEntity(path, JsonNode.class);
  }

  @Test
  void theApiAnswersEachDemoUserForTheirOwnCommunes() {
    ResponseEntity<JsonNode> anonymous = get(null, YEAR);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");

    JsonNode province = get("qn-supervisor", YEAR).getBody();
    assertThat(province.path("wholeProvince").asBoolean()).isTrue();
    assertThat(province.path("communes").size()).isEqualTo(2);

    ResponseEntity<JsonNode> commune = get("halong-supervisor", YEAR);
    assertThat(commune.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(commune.getBody().path("communes").findValuesAsText("code")).containsExactly("06658");

    assertThat(get("halong-police", YEAR).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> reception = get("halong-reception", YEAR);
    assertThat(reception.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(reception.getBody().path("message").asText()).startsWith("Chỉ lãnh đạo");
    ResponseEntity<JsonNode> otherProvince = get("kontum-supervisor", YEAR);
    assertThat(otherProvince.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(otherProvince.getBody().path("message").asText()).contains("không phụ trách");
    ResponseEntity<JsonNode> bad = get("qn-supervisor", "/api/reports/indicators?province=22&from=2026-02-30&to=2026-12-31");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().path("message").asText()).contains("không hợp lệ");
    assertThat(get("qng-supervisor", "/api/reports/provinces").getBody().findValuesAsText("code")).contains("51")
        .doesNotContain("22");
  }

  @Test
  void thePageNeedsNoLoginAndTheReportTimerIsScheduledOnThe15th() {
    ResponseEntity<String> page = http.getForEntity("/reports/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody()).contains("Báo cáo công tác cai nghiện ma túy");
    // the chart library comes from the jar's WebJar, like the page without a login, for anyone the page is shown to
    String library = ReportsControllerTest.chartLibrary(page.getBody());
    ResponseEntity<String> script = http.getForEntity(java.net.URI.create("/reports/").resolve(library).toString(), String.class);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getHeaders().getContentType().toString()).contains("javascript");
    assertThat(script.getBody()).contains("Chart.js v4");
    assertThat(http.withBasicAuth("qn-supervisor", "demo").getForEntity(java.net.URI.create("/reports/").resolve(library).toString(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey("periodic-report").timers()
        .singleResult();
    ZonedDateTime due = timer.getDuedate().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(due.getDayOfMonth()).isEqualTo(15);
    assertThat(due.getHour()).isEqualTo(7);
  }
}
