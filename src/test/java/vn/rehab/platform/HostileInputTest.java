package vn.rehab.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.rehab.forms.FormRegistry;
import vn.rehab.forms.FormSchema;
import vn.rehab.identity.DemoIdentities;
import vn.rehab.identity.LocalityDirectory;
import vn.rehab.testing.ReliabilityFigures;

/**
 * Hostile input over the engine REST API, generated from the repository's models and forms: for the start form of
 * every procedure and for the first task of a case of each, every {@link HostileVariants hostile variant} gets a
 * 4xx with a readable Vietnamese message, never a 5xx; no case is half-started and no task completed by one. The
 * valid submission the variants were made from is then accepted, so each refusal was for what the variant broke.
 * Free-text fields carry script and HTML in that valid submission: accepted as text, stored verbatim (Tasklist's
 * forms put values into input fields, never into markup). Figures: {@code target/reliability/hostile-input.json}.
 */
@PlatformTest
class HostileInputTest {

  static final String HTML = "<img src=x onerror=alert(1)>";
  static final String SQL = "'); DROP TABLE ACT_RU_TASK;--";
  private static final Pattern VIETNAMESE = Pattern.compile("[À-ỹĐđ]");
  private static final AnswerTally TALLY = new AnswerTally();
  private static final Map<String, Object> EXTRA = new LinkedHashMap<>();
  private static int halfStartedCases;
  private static int tasksCompleted;

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired FormRegistry forms;
  @Autowired LocalityDirectory localities;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyStartFormAndFirstTaskRefusesHostileInputAndAcceptsItsValidSubmission() throws IOException {
    Rest officer = Rest.as(http, "halong-police");
    List<String> procedures = new ArrayList<>();
    for (Map.Entry<String, String> start : startForms().entrySet()) {
      String key = start.getKey();
      FormSchema form = forms.form(start.getValue()).orElseThrow();
      Map<String, Object> valid = withScriptInFreeText(form, ValidFormValues.of(form, Map.of()));
      List<HostileVariants.Variant> variants = HostileVariants.of(form, valid);
      for (int i = 0; i < variants.size(); i++) {
        String path = "/engine-rest/process-definition/key/" + key + (i % 2 == 0 ? "/start" : "/submit-form");
        long before = casesOf(key);
        judge(key + " start: " + variants.get(i).description(), officer, path, variants.get(i).body());
        if (casesOf(key) != before) {
          halfStartedCases++;
          TALLY.problem(key + " start: " + variants.get(i).description() + " left a case behind");
        }
      }
      ResponseEntity<JsonNode> accepted = officer.post("/engine-rest/process-definition/key/" + key + "/start",
          Rest.variables(valid));
      assertThat(accepted.getStatusCode().value()).as("%s: the valid start %s", key, accepted.getBody()).isEqualTo(200);
      String instanceId = accepted.getBody().path("id").asText();
      storedVerbatim(form, valid, instanceId);
      attackFirstTask(key, engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId)
          .singleResult().getBusinessKey());
      procedures.add(key);
    }
    EXTRA.put("procedures", procedures);
    assertThat(procedures).as("start forms found in processes/").hasSizeGreaterThanOrEqualTo(4);
    assertThat(TALLY.problems()).isEmpty();
  }

  /** The first open task with a form of the case, attacked by the user who holds it, then completed validly. */
  private void attackFirstTask(String key, String caseId) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).initializeFormKeys()
        .list().stream().filter(t -> t.getCamundaFormRef() != null
            && forms.form(t.getCamundaFormRef().getKey()).isPresent()).findFirst().orElseThrow();
    FormSchema form = forms.form(task.getCamundaFormRef().getKey()).orElseThrow();
    Map<String, Object> existing = engine.getTaskService().getVariables(task.getId());
    Map<String, Object> valid = ValidFormValues.of(form, existing);
    Rest officer = Rest.as(http, holderOf(engine, localities, task));
    List<HostileVariants.Variant> variants = HostileVariants.of(form, valid);
    for (int i = 0; i < variants.size(); i++) {
      String path = "/engine-rest/task/" + task.getId() + (i % 2 == 0 ? "/complete" : "/submit-form");
      judge(key + " task " + form.id() + ": " + variants.get(i).description(), officer, path, variants.get(i).body());
      if (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() != 1) {
        tasksCompleted++;
        TALLY.problem(form.id() + ": " + variants.get(i).description() + " completed the task");
        return;
      }
    }
    ResponseEntity<JsonNode> done = officer.post("/engine-rest/task/" + task.getId() + "/complete",
        Rest.variables(valid));
    assertThat(done.getStatusCode().value()).as("%s: the valid completion of %s: %s", key, form.id(), done.getBody())
        .isIn(200, 204);
  }

  private void judge(String what, Rest officer, String path, Object body) {
    ResponseEntity<String> answer = officer.send(HttpMethod.POST, path, body);
    int status = answer.getStatusCode().value();
    TALLY.answered(status);
    if (status < 400 || status >= 500) {
      TALLY.problem(what + ": HTTP " + status + " " + abbreviate(answer.getBody()));
      return;
    }
    String message = messageOf(answer.getBody());
    if (message == null || !VIETNAMESE.matcher(message).find() || message.contains("Exception")) {
      TALLY.problem(what + ": HTTP " + status + " without a readable Vietnamese message: " + abbreviate(answer.getBody()));
    }
  }

  private String messageOf(String body) {
    try {
      JsonNode node = body == null ? null : json.readTree(body);
      return node == null ? null : node.path("message").asText(null);
    } catch (IOException notJson) {
      return null;
    }
  }

  private void storedVerbatim(FormSchema form, Map<String, Object> valid, String instanceId) {
    Map<String, Object> stored = engine.getRuntimeService().getVariables(instanceId);
    freeTextKeys(form).forEach(k -> assertThat(stored.get(k)).as("%s stored verbatim", k).isEqualTo(valid.get(k)));
    EXTRA.merge("freeTextFieldsWithScriptStoredVerbatim", freeTextKeys(form).size(), (a, b) -> (int) a + (int) b);
  }

  /** Free text (no pattern, no options, not a date) may hold script, SQL and HTML: a note is a note. */
  private static Map<String, Object> withScriptInFreeText(FormSchema form, Map<String, Object> valid) {
    Map<String, Object> out = new LinkedHashMap<>(valid);
    freeTextKeys(form).forEach(k -> {
      Integer max = form.fields().get(k).maxLength();
      String text = HTML + " " + SQL;
      out.put(k, max == null || text.length() <= max ? text : HTML.substring(0, Math.min(HTML.length(), max)));
    });
    return out;
  }

  private static List<String> freeTextKeys(FormSchema form) {
    return form.fields().values().stream().filter(f -> !f.readonly() && f.pattern() == null && f.options().isEmpty()
        && !f.isDate() && ("textfield".equals(f.type()) || "textarea".equals(f.type()))).map(f -> f.key()).toList();
  }

  /** A demo user of the task's commune holding one of its candidate groups. */
  static String holderOf(ProcessEngine engine, LocalityDirectory localities, Task task) {
    List<String> groups = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(l -> l.getGroupId()).filter(g -> g != null).toList();
    return new DemoIdentities(engine.getIdentityService(), localities, Rest.DEMO_PASSWORD).users().stream()
        .filter(u -> groups.contains(u.role().groupId()) && u.tenantIds().contains(task.getTenantId()))
        .map(DemoIdentities.DemoUser::id).findFirst()
        .orElseThrow(() -> new AssertionError("no demo user holds " + groups + " in " + task.getTenantId()));
  }

  private long casesOf(String key) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count()
        + engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key).count();
  }

  static String startFormOf(String processKey) {
    try {
      return startForms().get(processKey);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Process key → start form id of every model in processes/ whose plain start event has a form. */
  static Map<String, String> startForms() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        var model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
          process.getChildElementsByType(StartEvent.class).stream()
              .filter(s -> s.getEventDefinitions().isEmpty() && s.getCamundaFormRef() != null)
              .forEach(s -> out.put(process.getId(), s.getCamundaFormRef()));
        }
      }
    }
    return out;
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  @AfterAll
  static void writeFigures() {
    Map<String, Object> figures = new LinkedHashMap<>(TALLY.figures());
    figures.put("halfStartedCases", halfStartedCases);
    figures.put("tasksCompletedByHostileInput", tasksCompleted);
    figures.putAll(EXTRA);
    figures.put("problemList", TALLY.problems().stream().limit(50).toList());
    ReliabilityFigures.write("hostile-input", figures);
  }
}
