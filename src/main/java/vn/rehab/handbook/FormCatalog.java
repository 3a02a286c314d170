package vn.rehab.handbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The forms of the repository ({@code forms/**}/*.form): the title an officer sees (the first text component,
 * without its Markdown heading marks) and the label of each input, which names the date a limit counts from.
 */
final class FormCatalog {

  record Form(String id, String title, Map<String, String> labels) {}

  private final Map<String, Form> byId = new HashMap<>();

  FormCatalog(Path formsDir) {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(formsDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        JsonNode root = json.readTree(file.toFile());
        Form form = read(root);
        byId.putIfAbsent(form.id(), form);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Form read(JsonNode root) {
    String title = "";
    Map<String, String> labels = new HashMap<>();
    for (JsonNode c : components(root)) {
      if (title.isEmpty() && "text".equals(c.path("type").asText())) {
        title = plainTitle(c.path("text").asText(""));
      }
      String key = c.path("key").asText("");
      // form-js keeps a date field's label in dateLabel
      String label = c.path("label").asText(c.path("dateLabel").asText(""));
      if (!key.isEmpty() && !label.isEmpty()) {
        labels.putIfAbsent(key, label);
      }
    }
    return new Form(root.path("id").asText(""), title, labels);
  }

  /** Components of a form, those inside groups included (form-js nests them). */
  private static List<JsonNode> components(JsonNode container) {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (JsonNode c : container.path("components")) {
      out.add(c);
      out.addAll(components(c));
    }
    return out;
  }

  /** "### Thẩm định hồ sơ" → "Thẩm định hồ sơ": the first line, heading marks and emphasis removed. */
  static String plainTitle(String markdown) {
    String first = markdown.strip().lines().findFirst().orElse("");
    return first.replaceFirst("^#+\\s*", "").replace("**", "").strip();
  }

  Optional<Form> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The label of an input with this key in the given forms, the first one found in the order given. */
  Optional<String> labelOf(String key, List<String> formIds) {
    return formIds.stream().map(byId::get).filter(f -> f != null && f.labels().containsKey(key))
        .map(f -> f.labels().get(key)).findFirst();
  }
}
