package vn.rehab.forms;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FormsConfiguration {

  @Bean
  FormRegistry formRegistry() {
    return FormRegistry.fromClasspath();
  }

  @Bean
  FormValidator formValidator() {
    return new FormValidator();
  }

  @Bean
  FormCompletionCheck formCompletionCheck(FormRegistry forms, FormValidator validator) {
    return new FormCompletionCheck(forms, validator);
  }

  @Bean
  FilterRegistrationBean<SubmissionGuardFilter> submissionGuard(TaskService tasks, RepositoryService repository,
      IdentityService identity, FormRegistry forms, FormValidator validator) {
    var registration = new FilterRegistrationBean<>(
        new SubmissionGuardFilter(new SubmissionGuard(tasks, repository, identity, forms, validator), identity));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // After authentication (engine REST) so that it knows who is asking.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    registration.setName("rehabSubmissionGuard");
    return registration;
  }

  /** Around the engine's answer to a task submission, after the guard: a task already completed is a 404/409. */
  @Bean
  FilterRegistrationBean<TaskGoneFilter> taskGone(TaskService tasks, IdentityService identity) {
    var registration = new FilterRegistrationBean<>(new TaskGoneFilter(tasks, identity));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
    registration.setName("rehabTaskGone");
    return registration;
  }
}
