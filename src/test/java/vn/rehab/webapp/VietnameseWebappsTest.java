package vn.rehab.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.rehab.platform.PlatformTest;

/**
 * The Vietnamese webapp files are what the running application serves in place of Camunda's: each app's vi.json
 * has exactly the keys of Camunda's en.json of this version (a Camunda upgrade that adds keys fails here, so
 * nothing shows a raw key), its main screens are in Vietnamese, and config.js offers Vietnamese first.
 */
@PlatformTest
class VietnameseWebappsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void eachAppServesAVietnameseLocaleWithTheKeysOfTheEnglishOne(String app) throws IOException {
    ResponseEntity<String> response = http.getForEntity("/camunda/app/" + app + "/locales/vi.json", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    JsonNode vi = JSON.readTree(response.getBody());
    JsonNode en = camundaEnglish(app);
    assertThat(keys(vi, "")).isEqualTo(keys(en, ""));
    // No Camunda 8 advertisement, whatever the header does with the key.
    assertThat(vi.path("labels").path("BANNER_CE_EOL_TEXT").asText()).isEmpty();
  }

  @Test
  void theMainScreensOfTasklistAreInVietnamese() throws IOException {
    JsonNode labels = JSON.readTree(http.getForObject("/camunda/app/tasklist/locales/vi.json", String.class))
        .path("labels");
    assertThat(Map.of("CLAIM_TASK", "Nhận việc", "COMPLETE", "Hoàn thành", "DUE_DATE", "Hạn xử lý",
        "START_PROCESS", "Mở hồ sơ mới", "PAGE_LOGIN_SIGN_IN_ACTION", "Đăng nhập"))
        .allSatisfy((key, text) -> assertThat(labels.path(key).asText()).isEqualTo(text));
    JsonNode en = camundaEnglish("tasklist").path("labels");
    long same = 0;
    for (Iterator<String> it = en.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (en.path(key).asText().matches(".*[A-Za-z]{3,}.*") && en.path(key).asText().equals(labels.path(key).asText())) {
        same++;
      }
    }
    assertThat(same).as("Tasklist labels still in English").isZero();
    JsonNode months = JSON.readTree(http.getForObject("/camunda/app/tasklist/locales/vi.json", String.class))
        .path("dateLocales").path("months");
    assertThat(months.get(0).asText()).isEqualTo("tháng 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configOffersVietnameseFirstWithEnglishAndLoadsTheVietnameseDefaults(String app) {
    ResponseEntity<String> config = http.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class);
    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(config.getBody()).contains("availableLocales: ['vi', 'en']").contains("fallbackLocale: 'vi'")
        .contains("'../rehab/rehab-ui'").contains("Quy trình cai nghiện ma túy");
    assertThat(http.getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class).getBody())
        .contains("rehab-ui.css");
  }

  @Test
  void theSharedScriptAndStylesAreServed() {
    ResponseEntity<String> script = http.getForEntity("/camunda/app/rehab/rehab-ui.js", String.class);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getBody()).contains("Asia/Ho_Chi_Minh");
    ResponseEntity<String> css = http.getForEntity("/camunda/app/rehab/rehab-ui.css", String.class);
    assertThat(css.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(css.getBody()).contains(".ce-eol-banner").contains("display: none");
  }

  /** Camunda's own English file of this version (inside camunda-webapp-webjar, which ours do not shadow). */
  static JsonNode camundaEnglish(String app) throws IOException {
    String path = "/META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json";
    try (InputStream in = VietnameseWebappsTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  /** Every path of object keys (arrays by length), so that a missing label or month shows up. */
  static Set<String> keys(JsonNode node, String prefix) {
    Set<String> keys = new TreeSet<>();
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        keys.add(prefix + e.getKey());
        keys.addAll(keys(e.getValue(), prefix + e.getKey() + "."));
      });
    } else if (node.isArray()) {
      keys.add(prefix + "[" + node.size() + "]");
    }
    return keys;
  }
}
