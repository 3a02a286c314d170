package vn.rehab.handbook;

import java.util.List;
import java.util.Map;

/**
 * What the handbook says, independent of how it is printed: one page per procedure folder, one section per BPMN
 * process of the folder, its entries in process order. Kept as plain records so that tests can check the content
 * (order, roles, limits) without parsing Markdown.
 */
public record Handbook(List<Page> pages) {

  /** One procedure folder ({@code processes/<procedure>/}). */
  public record Page(String procedure, List<ProcessSection> processes) {

    /** The first process of the folder that is not called by another one names the procedure. */
    public ProcessSection main() {
      return processes.get(0);
    }

    public long userStepCount() {
      return processes.stream().flatMap(p -> p.entries().stream()).filter(UserStep.class::isInstance).count();
    }
  }

  /** One BPMN process: key, Vietnamese name, its documentation and its entries in the documented order. */
  public record ProcessSection(String key, String name, String documentation, String modelFile,
      List<Entry> entries) {}

  /** Something a reader follows a case through. {@code scope} is the sub-process it lies in, or empty. */
  public sealed interface Entry permits UserStep, CallStep, Passage {
    String elementId();

    String name();

    String scope();
  }

  /**
   * A user task: the legal step an agency performs.
   *
   * @param step the procedure-qualified step id of the deadline table and roles table, or empty when the task
   *     does not follow the standard expressions (then {@code roleExpression}/{@code dueExpression} say what it does)
   * @param byRegime what applies under each regime, in the order of {@link RegimeDays#REGIMES}
   */
  public record UserStep(String elementId, String name, String scope, String step, String roleExpression,
      String dueExpression, FormReference form, String legalBasis, Map<String, RegimeRule> byRegime)
      implements Entry {}

  /** The form of a step: its id and the title an officer sees at its top. */
  public record FormReference(String id, String title) {}

  /**
   * Who does a step and by when, under one regime. Every field may be empty: a step a regime does not have, or a
   * step without a written limit.
   */
  public record RegimeRule(String role, String roleName, String agency, String group, String deadline,
      String provision, String confidence) {}

  /** A call of another process (court review, assessment): where the case goes and comes back from. */
  public record CallStep(String elementId, String name, String scope, String calledProcess, String calledProcedure,
      String legalBasis) implements Entry {}

  /**
   * Any other point a reader needs to see: start and end events, message hand-overs received or sent, automatic
   * steps, sub-processes. {@code kind} is a Vietnamese label of what it is.
   */
  public record Passage(String elementId, String name, String scope, String kind, String detail) implements Entry {}
}
