package vn.rehab.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * The BPMN processes of one procedure folder, in the order the handbook shows them: processes no other process of
 * the folder calls come first (the procedure itself), called ones (court reviews) after; by key within each group.
 */
final class ProcedureModels {

  record Model(String procedure, Path file, BpmnModelInstance instance, Process process) {}

  private ProcedureModels() {}

  /** Procedure folders under {@code processes/}, by name. */
  static List<String> procedures(Path processesDir) {
    try (Stream<Path> dirs = Files.list(processesDir)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Model> of(Path processesDir, String procedure) {
    List<Model> models = new ArrayList<>();
    try (Stream<Path> files = Files.list(processesDir.resolve(procedure))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance instance = Bpmn.readModelFromFile(file.toFile());
        for (Process process : instance.getModelElementsByType(Process.class)) {
          models.add(new Model(procedure, file, instance, process));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> called = new HashSet<>();
    models.forEach(m -> m.instance().getModelElementsByType(CallActivity.class)
        .forEach(c -> called.add(c.getCalledElement())));
    models.sort(Comparator.comparing((Model m) -> called.contains(m.process().getId()))
        .thenComparing(m -> m.process().getId()));
    return models;
  }
}
