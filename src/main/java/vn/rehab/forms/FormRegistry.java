package vn.rehab.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The forms packed into the application, by form id. The same files are deployed to the engine, so what the
 * server checks is what the officer filled in.
 */
public class FormRegistry {

  private final Map<String, FormSchema> byId;

  public FormRegistry(Map<String, FormSchema> byId) {
    this.byId = Collections.unmodifiableMap(new HashMap<>(byId));
  }

  public static FormRegistry fromClasspath() {
    Map<String, FormSchema> forms = new HashMap<>();
    try {
      for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
        try (InputStream in = r.getInputStream()) {
          FormSchema schema = FormSchema.parse(in);
          forms.put(schema.id(), schema);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the packed forms", e);
    }
    return new FormRegistry(forms);
  }

  public Optional<FormSchema> form(String formId) {
    return Optional.ofNullable(formId).map(byId::get);
  }

  public int size() {
    return byId.size();
  }
}
