package vn.rehab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.rehab.testing.Clock;

/**
 * A case walked through the real Tasklist step by step, each step by the demo user whom the engine makes
 * responsible for it: the user is found from the task's candidate group and the task's commune (tenant), never
 * named by the scenario, so a step routed to the wrong agency or locality fails here. The browser logs in as that
 * user, opens the task, claims it, fills the step's Camunda Form field by field as an officer would (text, dates
 * as form-js shows them, radio buttons, dropdowns, check boxes; hidden fields appear only when the form's own
 * conditions show them) and completes it; the step is done when the engine no longer has the task.
 *
 * <p>The scenario names the values an officer enters, by variable name; a value whose variable the form does not
 * have fails the walk: the forms must own what the procedure needs. Time is the engine clock of the application
 * under test (same JVM), moved by the scenario between steps; due timers run as the job executor would.
 */
final class TasklistWalk {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FORMS = Path.of("forms");

  private final Browser browser;
  private final ProcessEngine engine;
  private final String base;
  private final Map<String, JsonNode> forms = loadForms();
  private final List<String> log = new ArrayList<>();
  private String currentUser;

  TasklistWalk(Browser browser, ProcessEngine engine, String base) {
    this.browser = browser;
    this.engine = engine;
    this.base = base;
  }

  /** Who did what, in order ("halong-police: Task_ReceiveDossier"), for the test's own assertions. */
  List<String> log() {
    return log;
  }

  // ---------------------------------------------------------------------------------------------- starting a case

  /** Starts a case from Tasklist's "Start process" dialog as {@code user}, filling the start form. */
  void startFromTasklist(String user, String processName, String formId, Map<String, Object> values) {
    loginAs(user);
    browser.go(base + "/camunda/app/tasklist/default/#/");
    browser.startProcess(processName);
    fill(form(formId), values);
    settleInput();
    browser.screenshot("start-" + formId);
    browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
    log.add(user + ": start " + formId);
  }

  /** The case a start from Tasklist opened, once the engine has it. */
  ProcessInstance awaitCase(String processKey, String citizenId) {
    long end = System.currentTimeMillis() + 30_000;
    while (engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
        .variableValueEquals("citizenId", citizenId).count() == 0) {
      assertThat(System.currentTimeMillis()).as("case of %s started from Tasklist", citizenId).isLessThan(end);
      sleep(250);
    }
    return caseOf(processKey, "citizenId", citizenId);
  }

  /** The one open case of a procedure with the given value, e.g. the case a hand-over opened. */
  ProcessInstance caseOf(String processKey, String variable, String value) {
    List<ProcessInstance> cases = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(processKey).variableValueEquals(variable, value).list();
    assertThat(cases).as("%s case with %s=%s", processKey, variable, value).hasSize(1);
    return cases.get(0);
  }

  boolean ended(String caseId, String processKey) {
    HistoricProcessInstance hpi = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseId).processDefinitionKey(processKey).singleResult();
    return hpi != null && hpi.getEndTime() != null;
  }

  // ---------------------------------------------------------------------------------------------- one step

  /** The open task {@code taskKey} of the case, completed in Tasklist by its responsible demo user. */
  Task complete(String caseId, String taskKey, Map<String, Object> values) {
    Task task = openTask(caseId, taskKey);
    String user = performerOf(task);
    loginAs(user);
    browser.openTask(base, task.getId());
    browser.click(By.cssSelector("[ng-click='claim()']"));
    browser.await(By.cssSelector("[ng-click='unclaim()']"));
    String formId = engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef().getKey();
    fill(form(formId), values);
    settleInput();
    browser.screenshot(taskKey);
    browser.click(By.cssSelector("button[ng-click='complete()']"));
    awaitGone(task);
    runDueJobs(); // what the job executor would do at once: asynchronous continuations, hand-overs
    log.add(user + ": " + taskKey);
    return task;
  }

  /** The open task of the case (its own process or a called one: they share the case number). */
  Task openTask(String caseId, String taskKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey(taskKey).list();
    assertThat(tasks).as("open task %s of case %s (open: %s)", taskKey, caseId, openTaskKeys(caseId)).hasSize(1);
    return tasks.get(0);
  }

  List<String> openTaskKeys(String caseId) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).list().stream()
        .map(Task::getTaskDefinitionKey).sorted().toList();
  }

  /**
   * The demo user who works on the task: a member of one of its candidate groups who belongs to the task's
   * commune tenant (directly or through a group). Supervisors are never the performer of a step.
   */
  String performerOf(Task task) {
    Set<String> groups = new HashSet<>();
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    assertThat(groups).as("candidate groups of %s", task.getTaskDefinitionKey()).isNotEmpty();
    List<String> users = new ArrayList<>();
    for (String group : groups) {
      for (User user : engine.getIdentityService().createUserQuery().memberOfGroup(group).list()) {
        boolean inTenant = engine.getIdentityService().createTenantQuery().userMember(user.getId())
            .includingGroupsOfUser(true).tenantId(task.getTenantId()).count() > 0;
        if (inTenant && !user.getId().equals("admin")) {
          users.add(user.getId());
        }
      }
    }
    assertThat(users).as("a demo user of %s in commune %s for %s", groups, task.getTenantId(),
        task.getTaskDefinitionKey()).isNotEmpty();
    return users.stream().sorted().findFirst().orElseThrow();
  }

  private void awaitGone(Task task) {
    long end = System.currentTimeMillis() + 30_000;
    while (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() > 0) {
      if (System.currentTimeMillis() > end) {
        browser.screenshot("not-completed-" + task.getTaskDefinitionKey());
        throw new AssertionError("Tasklist did not complete " + task.getTaskDefinitionKey() + "; the page says: "
            + browser.bodyText());
      }
      sleep(200);
    }
  }

  private void loginAs(String user) {
    if (user.equals(currentUser)) {
      return;
    }
    if (currentUser != null) {
      browser.logout();
    }
    browser.login(base, "tasklist", user);
    currentUser = user;
  }

  // ---------------------------------------------------------------------------------------------- time

  /** Moves the engine clock and runs what fell due, as the job executor would (a removed job is skipped). */
  void moveTo(String isoDateTime) {
    Clock.set(isoDateTime);
    runDueJobs();
  }

  private void runDueJobs() {
    Clock.runDueJobs(engine);
  }

  /**
   * Moves the clock a day at a time (08:00, when offices open) until one of the steps opens in the case, at the
   * latest on {@code lastDay}; returns the step that opened. The exact dates are the process tests' business:
   * here the step must only reach the officer's list.
   */
  String advanceUntilOneOf(String caseId, String lastDay, String... taskKeys) {
    LocalDate day = todayDate();
    LocalDate last = LocalDate.parse(lastDay);
    while (true) {
      List<String> open = openTaskKeys(caseId);
      for (String key : taskKeys) {
        if (open.contains(key)) {
          return key;
        }
      }
      day = day.plusDays(1);
      assertThat(day).as("one of %s opened in case %s by %s (open: %s)", List.of(taskKeys), caseId, lastDay, open)
          .isBeforeOrEqualTo(last);
      moveTo(day + "T08:00");
    }
  }

  static String today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(Clock.HANOI).toLocalDate().toString();
  }

  static LocalDate todayDate() {
    return LocalDate.parse(today());
  }

  // ---------------------------------------------------------------------------------------------- the form

  private JsonNode form(String formId) {
    JsonNode form = forms.get(formId);
    assertThat(form).as("form %s in forms/", formId).isNotNull();
    return form;
  }

  /** Fills the form's fields in their order on the page, so that a field shown by an earlier answer exists. */
  private void fill(JsonNode form, Map<String, Object> values) {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    for (JsonNode component : form.get("components")) {
      if (component.hasNonNull("key")) {
        byKey.put(component.get("key").asText(), component);
      }
    }
    Set<String> unknown = new HashSet<>(values.keySet());
    unknown.removeAll(byKey.keySet());
    assertThat(unknown).as("values the form %s does not own", form.get("id").asText()).isEmpty();
    awaitFormShown(byKey);
    for (Map.Entry<String, JsonNode> entry : byKey.entrySet()) {
      Object value = values.get(entry.getKey());
      JsonNode component = entry.getValue();
      if (value == null || component.path("readonly").asBoolean(false)) {
        continue;
      }
      fillField(component, value);
    }
  }

  private void awaitFormShown(Map<String, JsonNode> byKey) {
    String firstId = byKey.values().stream().filter(c -> !c.path("readonly").asBoolean(false))
        .filter(c -> !c.has("conditional")).map(TasklistWalk::domId).findFirst().orElse(null);
    if (firstId != null) {
      new WebDriverWait(browser.driver, Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(Browser.field(firstId)));
    }
  }

  private static String domId(JsonNode component) {
    String id = component.get("id").asText();
    return switch (component.get("type").asText()) {
      case "datetime" -> id + "-date";
      case "radio" -> id + "-0";
      case "select" -> id + "-display";
      default -> id;
    };
  }

  private void fillField(JsonNode component, Object value) {
    String id = component.get("id").asText();
    String type = component.get("type").asText();
    try {
      switch (type) {
        case "textfield", "textarea", "number" -> typeText(id, String.valueOf(value));
        case "datetime" -> browser.typeDate(id, String.valueOf(value));
        case "radio" -> browser.click(Browser.field(id + "-" + optionIndex(component, value)));
        case "select" -> choose(id, optionLabel(component, value));
        case "checkbox" -> {
          WebElement box = browser.await(Browser.field(id));
          if (box.isSelected() != Boolean.TRUE.equals(value)) {
            box.click();
          }
        }
        default -> throw new IllegalArgumentException("no way to fill a " + type + " field (" + id + ")");
      }
    } catch (TimeoutException e) {
      browser.screenshot("field-not-shown-" + id);
      throw new AssertionError("field " + id + " (" + type + ") not shown on the form", e);
    }
  }

  /** Types a text and checks that the field holds it: form-js re-renders fields while an answer changes the form. */
  private void typeText(String id, String text) {
    for (int attempt = 1; ; attempt++) {
      try {
        browser.type(Browser.field(id), text);
        if (text.equals(browser.await(Browser.field(id)).getAttribute("value")) || attempt == 3) {
          return;
        }
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /**
   * Lets form-js take in the last input before the form is submitted: its fields pass a change on after a short
   * debounce, and a submit before that would send the previous value.
   */
  private void settleInput() {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver)
        .executeScript("if (document.activeElement) { document.activeElement.blur(); }");
    sleep(500);
  }

  /**
   * A form-js dropdown: a date picker left open by the field before can swallow the first click, so the list is
   * opened again until its option shows (three tries).
   */
  private void choose(String id, String label) {
    By option = By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + label + "']");
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement display = browser.await(Browser.field(id + "-display"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
            "if (document.activeElement) { document.activeElement.blur(); }"
                + " arguments[0].scrollIntoView({block: 'center'});", display);
        sleep(300);
        display.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(3))
            .until(ExpectedConditions.elementToBeClickable(option)).click();
        return;
      } catch (TimeoutException | org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          Object html = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
              "var e=document.querySelector(\"[id$='-" + id + "-display']\"); return e ? e.parentElement.parentElement.outerHTML : 'none';");
          throw new AssertionError("dropdown " + id + ": " + html, e);
        }
      }
    }
  }

  private static int optionIndex(JsonNode component, Object value) {
    int i = 0;
    for (JsonNode option : component.get("values")) {
      if (option.get("value").asText().equals(String.valueOf(value))) {
        return i;
      }
      i++;
    }
    throw new AssertionError("option " + value + " not offered by " + component.get("id").asText());
  }

  private static String optionLabel(JsonNode component, Object value) {
    for (JsonNode option : component.get("values")) {
      if (option.get("value").asText().equals(String.valueOf(value))) {
        return option.get("label").asText();
      }
    }
    throw new AssertionError("option " + value + " not offered by " + component.get("id").asText());
  }

  private static Map<String, JsonNode> loadForms() {
    Map<String, JsonNode> forms = new HashMap<>();
    try (Stream<Path> files = Files.walk(FORMS)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        forms.put(form.get("id").asText(), form);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return forms;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
