package vn.rehab.engine;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  @Bean
  RehabEnginePlugin rehabEnginePlugin(List<BpmnParseListener> parseListeners) {
    return new RehabEnginePlugin(parseListeners, null);
  }

  /** Deploys before identities and filters are set up, so that they can refer to deployed definitions. */
  @Bean
  @Order(0)
  ApplicationRunner procedureDeployment(RepositoryService repositoryService) {
    return args -> new ProcedureDeployer(repositoryService).deployAll();
  }
}
