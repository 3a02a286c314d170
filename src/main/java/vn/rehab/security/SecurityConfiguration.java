package vn.rehab.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final List<String> ADMIN_GROUPS = List.of("admin", "camunda-admin");

  @Bean
  FilterRegistrationBean<BasicAuthenticationFilter> basicAuthentication(IdentityService identityService) {
    FilterRegistrationBean<BasicAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new BasicAuthenticationFilter(identityService, ADMIN_GROUPS));
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.setName("rehabBasicAuthentication");
    return registration;
  }

  /** Between authentication (+10) and the form guard (+20): another commune's task is not found, not judged. */
  @Bean
  FilterRegistrationBean<TenantBoundaryFilter> tenantBoundary(IdentityService identityService, TaskService tasks,
      RuntimeService runtime) {
    FilterRegistrationBean<TenantBoundaryFilter> registration =
        new FilterRegistrationBean<>(new TenantBoundaryFilter(identityService, tasks, runtime, ADMIN_GROUPS));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
    registration.setName("rehabTenantBoundary");
    return registration;
  }

  @Bean
  AdminPasswordGuard adminPasswordGuard(
      @Value("${rehab.security.require-strong-admin-password:false}") boolean required,
      @Value("${camunda.bpm.admin-user.password:}") String password) {
    return new AdminPasswordGuard(required, password);
  }
}
