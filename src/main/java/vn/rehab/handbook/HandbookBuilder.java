package vn.rehab.handbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import vn.rehab.deadline.DeadlineRule;
import vn.rehab.deadline.DeadlineRules;
import vn.rehab.identity.AgencyMapping;

/**
 * Builds the handbook from the repository's sources: for each procedure folder its processes, and for each
 * process its entries in {@link FlowOrder}. User tasks are read through the expressions the engine evaluates
 * ({@code caseRoles.of('<step>', …)}, {@code caseDeadlines.due('<step>', …)}) and the tables those expressions
 * consult, so what the handbook says is what a running case does.
 */
public final class HandbookBuilder {

  private static final Pattern ROLE_STEP = Pattern.compile("caseRoles\\.of\\('([^']+)'");
  private static final Pattern DUE_STEP = Pattern.compile("caseDeadlines\\.due\\('([^']+)'");

  private final HandbookSources sources;
  private final FormCatalog forms;
  private final StepRoles roles;
  private final RegimeAgencies agencies;
  private final PassageDescriber passages;
  private final Map<String, String> procedureOfProcess = new HashMap<>();

  public HandbookBuilder(HandbookSources sources) {
    this.sources = sources;
    this.forms = new FormCatalog(sources.forms());
    this.roles = new StepRoles(sources.processes());
    try (InputStream in = Files.newInputStream(sources.agencyMapping())) {
      this.agencies = new RegimeAgencies(AgencyMapping.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> receivers = new HashMap<>();
    for (String procedure : ProcedureModels.procedures(sources.processes())) {
      for (ProcedureModels.Model m : ProcedureModels.of(sources.processes(), procedure)) {
        procedureOfProcess.put(m.process().getId(), procedure);
        m.instance().getModelElementsByType(StartEvent.class).forEach(s -> s.getEventDefinitions().stream()
            .filter(MessageEventDefinition.class::isInstance).map(d -> ((MessageEventDefinition) d).getMessage())
            .filter(msg -> msg != null).forEach(msg -> receivers.putIfAbsent(msg.getName(), procedure)));
      }
    }
    this.passages = new PassageDescriber(receivers);
  }

  public Handbook build() {
    List<Handbook.Page> pages = new ArrayList<>();
    for (String procedure : ProcedureModels.procedures(sources.processes())) {
      pages.add(page(procedure));
    }
    return new Handbook(pages);
  }

  Handbook.Page page(String procedure) {
    List<ProcedureModels.Model> models = ProcedureModels.of(sources.processes(), procedure);
    DeadlineRules rules = deadlineRules(procedure);
    List<String> formIds = new ArrayList<>();
    for (ProcedureModels.Model m : models) {
      m.instance().getModelElementsByType(FlowNode.class).stream().map(HandbookBuilder::formId)
          .flatMap(Optional::stream).forEach(formIds::add);
    }
    EventNames events = new EventNames(forms, formIds, models.stream().map(ProcedureModels.Model::instance).toList());
    List<Handbook.ProcessSection> sections = new ArrayList<>();
    for (ProcedureModels.Model m : models) {
      List<Handbook.Entry> entries = new ArrayList<>();
      for (FlowOrder.Placed placed : FlowOrder.of(m.instance(), m.process())) {
        String scope = placed.scope() == null ? "" : nameOf(placed.scope());
        entry(placed.node(), scope, rules, events).ifPresent(entries::add);
      }
      sections.add(new Handbook.ProcessSection(m.process().getId(), nameOf(m.process()),
          Text.documentation(m.process()), sources.root().relativize(m.file()).toString().replace('\\', '/'),
          entries));
    }
    return new Handbook.Page(procedure, sections);
  }

  private Optional<Handbook.Entry> entry(FlowNode node, String scope, DeadlineRules rules, EventNames events) {
    if (node instanceof UserTask task) {
      return Optional.of(userStep(task, scope, rules, events));
    }
    if (node instanceof CallActivity call) {
      return Optional.of(new Handbook.CallStep(call.getId(), nameOf(call), scope, call.getCalledElement(),
          procedureOfProcess.getOrDefault(call.getCalledElement(), ""), Text.documentation(call)));
    }
    return passages.describe(node, scope, formTitle(node));
  }

  private Handbook.UserStep userStep(UserTask task, String scope, DeadlineRules rules, EventNames events) {
    String roleExpression = Optional.ofNullable(task.getCamundaCandidateGroups()).orElse("");
    String dueExpression = Optional.ofNullable(task.getCamundaDueDate()).orElse("");
    Optional<String> roleStep = match(ROLE_STEP, roleExpression);
    Optional<String> dueStep = match(DUE_STEP, dueExpression);
    Map<String, Handbook.RegimeRule> byRegime = new LinkedHashMap<>();
    if (roleStep.isPresent() || dueStep.isPresent()) {
      for (String regime : RegimeDays.REGIMES) {
        byRegime.put(regime, regimeRule(roleStep, dueStep, regime, rules, events));
      }
    }
    Handbook.FormReference form = formId(task)
        .map(id -> new Handbook.FormReference(id, forms.find(id).map(FormCatalog.Form::title).orElse("")))
        .orElse(null);
    return new Handbook.UserStep(task.getId(), nameOf(task), scope, dueStep.or(() -> roleStep).orElse(""),
        roleExpression, dueExpression, form, Text.documentation(task), byRegime);
  }

  private Handbook.RegimeRule regimeRule(Optional<String> roleStep, Optional<String> dueStep, String regime,
      DeadlineRules rules, EventNames events) {
    String role = roleStep.flatMap(s -> roles.roleOf(s, regime)).orElse("");
    AgencyMapping.Holder holder = role.isEmpty() ? null : agencies.holder(role, regime);
    Optional<DeadlineRule> rule = dueStep.flatMap(s -> rules.find(s, regime));
    return new Handbook.RegimeRule(role, role.isEmpty() ? "" : RegimeAgencies.roleName(role),
        holder == null || holder.agency() == null ? "" : holder.agency(), holder == null ? "" : holder.group(),
        rule.map(r -> DeadlineWording.describe(r, events.describe(r.from()))).orElse(""),
        rule.map(DeadlineRule::provision).orElse(""),
        rule.map(r -> DeadlineWording.confidence(r.confidence())).orElse(""));
  }

  private Optional<String> formTitle(FlowNode node) {
    return formId(node).flatMap(forms::find).map(FormCatalog.Form::title);
  }

  /** The form of a task or start event: {@code camunda:formRef}, or the file named in {@code camunda:formKey}. */
  static Optional<String> formId(FlowNode node) {
    String ref = node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
    if (ref != null && !ref.isBlank()) {
      return Optional.of(ref);
    }
    String key = node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formKey");
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    // "camunda-forms:deployment:forms/voluntary/voluntary-appraise.form" names the form by its file
    return Optional.of(key.replaceFirst("^.*[:/]", "").replaceFirst("\\.form$", ""));
  }

  private DeadlineRules deadlineRules(String procedure) {
    Path file = sources.deadlines(procedure);
    if (!Files.isRegularFile(file)) {
      return new DeadlineRules(List.of());
    }
    try (InputStream in = Files.newInputStream(file)) {
      return DeadlineRules.read(in, sources.root().relativize(file).toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> match(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  static String nameOf(org.camunda.bpm.model.bpmn.instance.BaseElement element) {
    String name = element.getAttributeValue("name");
    return name == null || name.isBlank() ? element.getId() : Text.oneLine(name);
  }
}
