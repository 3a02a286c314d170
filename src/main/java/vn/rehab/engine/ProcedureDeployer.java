package vn.rehab.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Deploys the models and forms packed into the application, one deployment per procedure folder
 * ({@code processes/<procedure>/} with {@code forms/<procedure>/}).
 *
 * <p>Why per procedure and not one deployment of everything: user tasks bind their form with
 * {@code formRefBinding="deployment"}, so a model and its forms must travel together; and a change to one
 * procedure must not give every other procedure a new version. The engine's duplicate filter skips a folder whose
 * files are unchanged, so a restart deploys nothing new.
 */
public class ProcedureDeployer {

  private static final Logger LOG = LoggerFactory.getLogger(ProcedureDeployer.class);
  static final String SOURCE = "rehab-workflow";

  private final RepositoryService repositoryService;
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  public ProcedureDeployer(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  public void deployAll() {
    Map<String, Map<String, byte[]>> byProcedure = new TreeMap<>();
    collect(byProcedure, "processes", "bpmn");
    collect(byProcedure, "processes", "dmn");
    collect(byProcedure, "forms", "form");
    byProcedure.forEach(this::deploy);
  }

  private void collect(Map<String, Map<String, byte[]>> byProcedure, String root, String extension) {
    try {
      for (Resource resource : resolver.getResources("classpath*:" + root + "/**/*." + extension)) {
        String url = resource.getURL().toString();
        String name = url.substring(url.lastIndexOf("/" + root + "/") + 1);
        String[] parts = name.split("/");
        String procedure = parts.length > 2 ? parts[1] : "common";
        try (InputStream in = resource.getInputStream()) {
          byProcedure.computeIfAbsent(procedure, p -> new TreeMap<>()).put(name, in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the packed models", e);
    }
  }

  private void deploy(String procedure, Map<String, byte[]> resources) {
    DeploymentBuilder builder = repositoryService.createDeployment().name(procedure).source(SOURCE)
        .enableDuplicateFiltering(false);
    resources.forEach((name, bytes) -> builder.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    int definitions = deployment.getDeployedProcessDefinitions() == null ? 0
        : deployment.getDeployedProcessDefinitions().size();
    LOG.info("Procedure '{}': {} resources, deployment {} ({} process definitions new)", procedure,
        resources.size(), deployment.getId(), definitions);
  }
}
