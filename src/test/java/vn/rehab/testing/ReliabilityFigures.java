package vn.rehab.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the figures of a reliability run to {@code target/reliability/<name>.json}, where the README's figures
 * and a reviewer read them. Figures only: counts and durations, never a person's data.
 */
public final class ReliabilityFigures {

  public static final Path DIRECTORY = Path.of("target", "reliability");

  private ReliabilityFigures() {}

  public static Path write(String name, Map<String, ?> figures) {
    try {
      Files.createDirectories(DIRECTORY);
      Path file = DIRECTORY.resolve(name + ".json");
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), figures);
      System.out.println("Reliability figures " + file + ": " + figures);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
