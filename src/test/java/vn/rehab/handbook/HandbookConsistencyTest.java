package vn.rehab.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed handbook ({@code docs/handbook/}) is what the models and tables say today: a model, a roles table,
 * the deadline table, the agency mapping or a form changed without regenerating the handbook fails here, naming
 * the file and the command. Plain JUnit, reads the working tree (Maven runs tests from the repository root).
 */
class HandbookConsistencyTest {

  private static final HandbookSources SOURCES = new HandbookSources(Path.of("").toAbsolutePath());
  private static SortedMap<String, String> generated;

  @BeforeAll
  static void generate() {
    generated = HandbookWriter.render(SOURCES);
  }

  @Test
  void everyCommittedFileEqualsTheRegeneratedOne() throws IOException {
    List<String> problems = new ArrayList<>();
    for (var file : generated.entrySet()) {
      Path committed = SOURCES.output().resolve(file.getKey());
      if (!Files.isRegularFile(committed)) {
        problems.add("docs/handbook/" + file.getKey() + " is missing");
      } else if (!Files.readString(committed, StandardCharsets.UTF_8).equals(file.getValue())) {
        problems.add("docs/handbook/" + file.getKey() + " differs from the models and tables");
      }
    }
    for (Path file : HandbookWriter.generatedFilesIn(SOURCES.output())) {
      if (!generated.containsKey(file.getFileName().toString())) {
        problems.add("docs/handbook/" + file.getFileName() + " belongs to no procedure any more");
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems) + "\nRegenerate the handbook and commit it: " + MarkdownRenderer.REGENERATE);
    }
  }

  @Test
  void regeneratingGivesTheSameBytes() {
    assertThat(HandbookWriter.render(SOURCES)).isEqualTo(generated);
  }

  @Test
  void everyProcedureHasAPageADiagramPerProcessAndALineInTheIndex() {
    for (String procedure : ProcedureModels.procedures(SOURCES.processes())) {
      assertThat(generated).containsKey(procedure + ".md");
      assertThat(generated.get("README.md")).contains("](" + procedure + ".md)");
      for (ProcedureModels.Model model : ProcedureModels.of(SOURCES.processes(), procedure)) {
        String svg = model.process().getId() + ".svg";
        assertThat(generated).containsKey(svg);
        assertThat(generated.get(procedure + ".md")).contains("](" + svg + ")");
      }
    }
  }
}
