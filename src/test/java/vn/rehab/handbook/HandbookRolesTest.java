package vn.rehab.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.rehab.identity.AgencyMapping;

/**
 * What the handbook says a step's role, agency and limit are, against the real tables read independently here
 * (DMN engine on the roles table, the agency mapping on dated days, the deadline CSV) and the real models.
 */
class HandbookRolesTest {

  private static final HandbookSources SOURCES = new HandbookSources(Path.of("").toAbsolutePath());
  private static Handbook handbook;

  @BeforeAll
  static void build() {
    handbook = new HandbookBuilder(SOURCES).build();
  }

  private static List<Handbook.UserStep> steps() {
    return handbook.pages().stream().flatMap(p -> p.processes().stream()).flatMap(s -> s.entries().stream())
        .filter(Handbook.UserStep.class::isInstance).map(Handbook.UserStep.class::cast).toList();
  }

  private static Handbook.UserStep step(String id) {
    return steps().stream().filter(s -> s.step().equals(id)).findFirst().orElseThrow();
  }

  private static String roleInTable(String procedure, String step, String regime) throws Exception {
    DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(
        SOURCES.processes().resolve(procedure).resolve(procedure + "-roles.dmn"))) {
      return dmn.evaluateDecision(dmn.parseDecision(procedure + "-roles", in),
          Map.of("step", step, "legalRegime", regime)).getFirstResult().getEntry("role");
    }
  }

  @Test
  void theVoluntaryDecisionChangesHandsWithTheLawAsTheRolesTableSays() throws Exception {
    Handbook.UserStep decision = step("voluntary.2.4");
    AgencyMapping mapping = AgencyMapping.fromClasspath();
    for (String regime : RegimeDays.REGIMES) {
      String role = roleInTable("voluntary", "voluntary.2.4", regime);
      Handbook.RegimeRule rule = decision.byRegime().get(regime);
      assertThat(rule.role()).as(regime).isEqualTo(role);
      assertThat(rule.agency()).as(regime).isEqualTo(mapping.holder(role, RegimeDays.of(regime)).agency());
    }
    assertThat(decision.byRegime().get("L73").role()).isNotEqualTo(decision.byRegime().get("L120").role());
  }

  @Test
  void anL73StepShowsTheAgencyAfterTheDistrictsWereAbolishedNotTheOneOf2022() {
    AgencyMapping mapping = AgencyMapping.fromClasspath();
    List<Handbook.RegimeRule> reviewerRules = steps().stream().map(s -> s.byRegime().get("L73"))
        .filter(r -> r != null && r.role().equals("dossier-reviewer")).toList();
    assertThat(reviewerRules).isNotEmpty();
    String agencyIn2022 = mapping.holder("dossier-reviewer", LocalDate.of(2022, 1, 1)).agency();
    for (Handbook.RegimeRule rule : reviewerRules) {
      assertThat(rule.agency()).isNotEqualTo(agencyIn2022).isEqualTo(
          mapping.holder("dossier-reviewer", LocalDate.of(2026, 6, 30)).agency());
      assertThat(rule.group()).isEqualTo("commune-police");
    }
  }

  @Test
  void aLimitCountedFromARecordedInstantNamesTheStepThatRecordsIt() {
    // voluntary.2.3 under L120 counts 24 hours from dossierReceivedAt, recorded when the reception step ends.
    String reception = Bpmn.readModelFromFile(SOURCES.processes().resolve("voluntary/voluntary-treatment.bpmn")
        .toFile()).getModelElementsByType(UserTask.class).stream()
        .filter(t -> "voluntary.2.2".equals(stepOf(t)))
        .map(UserTask::getName).findFirst().orElseThrow();
    assertThat(step("voluntary.2.3").byRegime().get("L120").deadline())
        .startsWith("24 giờ kể từ").contains("«" + reception + "»");
  }

  private static String stepOf(UserTask task) {
    String due = task.getCamundaDueDate();
    return due == null ? "" : due.replaceFirst(".*due\\('([^']+)'.*", "$1");
  }

  @Test
  void aStepTheLawHasOnlyUnderOneRegimeIsShownEmptyUnderTheOther() {
    // compulsory.3.6 has a deadline row only under L73 (see the comment of compulsory.csv).
    Handbook.RegimeRule l120 = step("compulsory.3.6").byRegime().get("L120");
    assertThat(l120.deadline()).isEmpty();
    assertThat(step("compulsory.3.6").byRegime().get("L73").deadline()).startsWith("2 ngày làm việc");
  }

  @Test
  void everyUserTaskOfEveryModelIsInTheHandbookOnceWithItsForm() throws Exception {
    long tasks;
    try (Stream<Path> files = Files.walk(SOURCES.processes())) {
      tasks = files.filter(f -> f.toString().endsWith(".bpmn"))
          .mapToLong(f -> Bpmn.readModelFromFile(f.toFile()).getModelElementsByType(UserTask.class).size()).sum();
    }
    assertThat(steps()).hasSize((int) tasks);
    assertThat(steps()).allSatisfy(s -> assertThat(s.form()).as(s.elementId()).isNotNull()
        .extracting(Handbook.FormReference::title).asString().isNotBlank());
  }
}
