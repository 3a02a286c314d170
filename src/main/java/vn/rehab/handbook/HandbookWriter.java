package vn.rehab.handbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Regenerates {@code docs/handbook/} from the models and tables (run from the repository root):
 * {@code ./mvnw -q compile exec:java -Dexec.mainClass=vn.rehab.handbook.HandbookWriter}. Files the handbook no
 * longer has (a procedure removed) are deleted, so the folder is exactly what {@link #render} gives;
 * {@code HandbookConsistencyTest} fails when a committed file differs from it.
 */
public final class HandbookWriter {

  private HandbookWriter() {}

  public static void main(String[] args) throws IOException {
    HandbookSources sources = new HandbookSources(Path.of(args.length > 0 ? args[0] : "").toAbsolutePath());
    SortedMap<String, String> files = render(sources);
    Path out = sources.output();
    Files.createDirectories(out);
    for (Path stale : generatedFilesIn(out)) {
      if (!files.containsKey(stale.getFileName().toString())) {
        Files.delete(stale);
      }
    }
    for (var file : files.entrySet()) {
      Files.writeString(out.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    System.out.println("Handbook: " + files.size() + " files written to " + out);
  }

  /** Every file of the handbook by name: README.md, one page per procedure, one SVG per process. */
  public static SortedMap<String, String> render(HandbookSources sources) {
    Handbook handbook = new HandbookBuilder(sources).build();
    SortedMap<String, String> files = new TreeMap<>();
    files.put("README.md", MarkdownRenderer.index(handbook));
    for (Handbook.Page page : handbook.pages()) {
      files.put(page.procedure() + ".md", MarkdownRenderer.page(page));
      for (ProcedureModels.Model model : ProcedureModels.of(sources.processes(), page.procedure())) {
        files.put(model.process().getId() + ".svg",
            SvgDiagram.render(model.instance(), HandbookBuilder.nameOf(model.process())));
      }
    }
    return files;
  }

  /** The Markdown and SVG files now in the output folder (what a regeneration owns). */
  public static List<Path> generatedFilesIn(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".svg")).sorted().toList();
    }
  }
}
