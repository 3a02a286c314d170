package vn.rehab.handbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import vn.rehab.deadline.CaseRoles;

/**
 * The role of a step under a regime, read from the procedure's roles table by the same DMN engine and the same
 * inputs ({@code step}, {@code legalRegime}) that {@link CaseRoles} gives it in a running case, so the handbook
 * cannot tell a different story from the engine. Only the table is evaluated; the dated agency lookup is
 * {@link RegimeAgencies}.
 */
final class StepRoles {

  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Path processesDir;
  private final Map<String, Optional<DmnDecision>> decisions = new HashMap<>();

  StepRoles(Path processesDir) {
    this.processesDir = processesDir;
  }

  /** The role id, or empty when the table has no row for the step under that regime (or there is no table). */
  Optional<String> roleOf(String step, String regime) {
    return decision(CaseRoles.decisionFor(step)).flatMap(table -> {
      DmnDecisionResult result = dmn.evaluateDecision(table,
          Variables.createVariables().putValue("step", step).putValue("legalRegime", regime));
      return result.isEmpty() ? Optional.empty()
          : Optional.ofNullable((String) result.getFirstResult().getEntry("role"));
    });
  }

  /** The table {@code <procedure>-roles} lives in {@code processes/<procedure>/<procedure>-roles.dmn}. */
  private Optional<DmnDecision> decision(String key) {
    return decisions.computeIfAbsent(key, k -> {
      Path file = processesDir.resolve(k.substring(0, k.length() - "-roles".length())).resolve(k + ".dmn");
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(file)) {
        return Optional.of(dmn.parseDecision(k, in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
