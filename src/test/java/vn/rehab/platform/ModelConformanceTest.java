package vn.rehab.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository's own model rules, for every file in {@code processes/} and {@code forms/} (those added later
 * too): what an officer and a supervisor rely on in each step. Plain JUnit, no engine: that every file deploys
 * with the application's beans is proved by {@link PlatformBootTest} (H2) and {@link PostgresIntegrationIT}.
 * {@code ../shared/tools/check-models.py} checks part of the same.
 */
class ModelConformanceTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  /** A legal citation: an article, clause, law, decree, circular, decision, or an instrument number. */
  static final Pattern LEGAL_BASIS = Pattern.compile(
      "(Điều|điều|Khoản|khoản|Luật|Nghị định|Thông tư|Quyết định|Nghị quyết|Art\\.|Article|\\d+/\\d{4}/)");
  /** Vietnamese text has letters outside ASCII (diacritics, đ). */
  static final Pattern VIETNAMESE = Pattern.compile(".*[\\p{L}&&[^\\p{ASCII}]].*", Pattern.DOTALL);

  static final Map<String, Path> FORM_FILES_BY_ID = new HashMap<>();
  static final List<String> FORM_PROBLEMS = new ArrayList<>();
  static List<Path> models;

  @BeforeAll
  static void readFiles() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Path form : files(FORMS, ".form")) {
      JsonNode root = json.readTree(form.toFile());
      String id = root.path("id").asText("");
      if (id.isBlank()) {
        FORM_PROBLEMS.add(form + ": form has no id");
      } else if (FORM_FILES_BY_ID.containsKey(id)) {
        FORM_PROBLEMS.add(form + ": form id '" + id + "' is also the id of " + FORM_FILES_BY_ID.get(id));
      } else {
        FORM_FILES_BY_ID.put(id, form);
      }
      if (!root.path("components").isArray()) {
        FORM_PROBLEMS.add(form + ": no components");
      }
    }
    models = files(PROCESSES, ".bpmn");
  }

  @Test
  void thereAreModelsAndForms() {
    assertThat(models).as("BPMN files under processes/").isNotEmpty();
    assertThat(FORM_FILES_BY_ID).as("forms under forms/").isNotEmpty();
  }

  @Test
  void everyFormHasAUniqueId() {
    assertThat(FORM_PROBLEMS).isEmpty();
  }

  @Test
  void everyProcessIsExecutableNamedKeptForALimitedTimeAndDrawn() {
    List<String> problems = new ArrayList<>();
    for (Path file : models) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Collection<Process> processes = model.getModelElementsByType(Process.class);
      if (processes.isEmpty()) {
        problems.add(file + ": no process");
      }
      if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
        problems.add(file + ": no diagram (BPMNDiagram): it will not open in Camunda Modeler");
      }
      Set<String> drawn = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> {
        if (s.getBpmnElement() != null) {
          drawn.add(s.getBpmnElement().getId());
        }
      });
      for (Process process : processes) {
        String where = file + ": process '" + process.getId() + "'";
        if (!process.isExecutable()) {
          problems.add(where + " is not executable");
        }
        if (blank(process.getName()) || !VIETNAMESE.matcher(process.getName()).matches()) {
          problems.add(where + " has no Vietnamese name");
        }
        if (blank(process.getCamundaHistoryTimeToLiveString())) {
          problems.add(where + " has no history time to live (personal data must not be kept forever)");
        }
        for (FlowNode node : process.getChildElementsByType(FlowNode.class)) {
          if (!drawn.contains(node.getId())) {
            problems.add(where + ": '" + node.getId() + "' is not in the diagram");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyUserTaskHasAWhoAFormADueDateALegalBasisAndAVietnameseName() {
    List<String> problems = new ArrayList<>();
    int tasks = 0;
    for (Path file : models) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        tasks++;
        String where = file + ": user task '" + task.getId() + "'";
        if (blank(task.getCamundaCandidateGroups()) && blank(task.getCamundaCandidateUsers())
            && blank(task.getCamundaAssignee())) {
          problems.add(where + " has no candidate group, candidate user or assignee");
        }
        checkForm(file, where, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), task.getCamundaFormKey(),
            true, problems);
        if (blank(task.getCamundaDueDate())) {
          problems.add(where + " has no due date (camunda:dueDate)");
        }
        if (blank(task.getName()) || !VIETNAMESE.matcher(task.getName()).matches()) {
          problems.add(where + " has no Vietnamese name");
        }
        String documentation = documentation(task);
        if (documentation.isBlank()) {
          problems.add(where + " has no documentation (the legal provision the step performs)");
        } else if (!LEGAL_BASIS.matcher(documentation).find()) {
          problems.add(where + " documentation cites no legal provision (Điều, khoản, Luật, Nghị định, ...)");
        }
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        checkForm(file, file + ": start event '" + start.getId() + "'", start.getCamundaFormRef(),
            start.getCamundaFormRefBinding(), start.getCamundaFormKey(), false, problems);
      }
    }
    assertThat(tasks).as("user tasks in processes/").isPositive();
    assertThat(problems).isEmpty();
  }

  /**
   * A task form must exist; with {@code formRefBinding="deployment"} it must also travel in the same deployment,
   * i.e. lie in {@code forms/<procedure>/} beside {@code processes/<procedure>/}.
   */
  private static void checkForm(Path model, String where, String formRef, String binding, String formKey,
      boolean required, List<String> problems) {
    if (blank(formRef)) {
      if (required && blank(formKey)) {
        problems.add(where + " has no form (camunda:formRef)");
      }
      return;
    }
    if (formRef.contains("${")) {
      return;
    }
    Path form = FORM_FILES_BY_ID.get(formRef);
    if (form == null) {
      problems.add(where + " references form '" + formRef + "', which no file in forms/ defines");
    } else if ("deployment".equals(binding) && !procedure(PROCESSES, model).equals(procedure(FORMS, form))) {
      problems.add(where + " binds form '" + formRef + "' by deployment, but " + form + " is deployed with "
          + "procedure '" + procedure(FORMS, form) + "', not '" + procedure(PROCESSES, model) + "'");
    }
  }

  /** As ProcedureDeployer groups files: the first folder below processes/ or forms/, "common" for top files. */
  static String procedure(Path root, Path file) {
    Path relative = root.relativize(file);
    return relative.getNameCount() > 1 ? relative.getName(0).toString() : "common";
  }

  private static String documentation(BaseElement element) {
    StringBuilder text = new StringBuilder();
    for (Documentation d : element.getDocumentations()) {
      text.append(d.getTextContent() == null ? "" : d.getTextContent().trim());
    }
    return text.toString();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static List<Path> files(Path root, String suffix) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
