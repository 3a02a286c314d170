package vn.rehab.documents;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

  @Bean
  CaseDocuments caseDocuments(RuntimeService runtime, TaskService tasks, IdentityService identity) {
    return new CaseDocuments(runtime, tasks, identity);
  }
}
