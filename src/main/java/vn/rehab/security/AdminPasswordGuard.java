package vn.rehab.security;

import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;

/**
 * Refuses to start a production engine whose administrator password is blank, short or well known. It is an
 * engine plugin so that it runs before the engine creates the administrator from configuration.
 */
public class AdminPasswordGuard implements ProcessEnginePlugin {

  static final Set<String> WELL_KNOWN = Set.of("demo", "admin", "password", "camunda", "123456", "12345678",
      "changeme", "secret", "matkhau", "postgres", "administrator", "123456789");

  private final boolean required;
  private final String password;

  public AdminPasswordGuard(boolean required, String password) {
    this.required = required;
    this.password = password;
  }

  public static String problem(String password) {
    if (password == null || password.isBlank()) {
      return "the administrator password is blank (set REHAB_ADMIN_PASSWORD)";
    }
    if (WELL_KNOWN.contains(password.toLowerCase(Locale.ROOT)) || password.length() < 12) {
      return "the administrator password is well known or shorter than 12 characters";
    }
    return null;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (required) {
      String problem = problem(password);
      if (problem != null) {
        throw new IllegalStateException("Refusing to start: " + problem);
      }
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
  }
}
