package vn.rehab.handbook;

import java.nio.file.Path;

/**
 * Where the handbook reads from, relative to the repository root: the models and forms Modeler edits and the
 * tables a jurist edits. Read from the working tree, not the classpath, so that a regenerated handbook always
 * matches the files a reviewer sees in the repository.
 */
public record HandbookSources(Path root) {

  public Path processes() {
    return root.resolve("processes");
  }

  public Path forms() {
    return root.resolve("forms");
  }

  public Path deadlines(String procedure) {
    return root.resolve("src/main/resources/deadlines").resolve(procedure + ".csv");
  }

  public Path agencyMapping() {
    return root.resolve("src/main/resources/identity/agency-mapping.yaml");
  }

  /** Where the generated files go (and where the consistency test compares them). */
  public Path output() {
    return root.resolve("docs/handbook");
  }
}
