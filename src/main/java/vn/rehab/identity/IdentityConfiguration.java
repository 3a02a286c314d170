package vn.rehab.identity;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

  /** The served localities: the bundled list, or an operator's file ({@code rehab.identity.localities-file}). */
  @Bean
  LocalityDirectory localityDirectory(@Value("${rehab.identity.localities-file:}") String file) throws IOException {
    if (file.isBlank()) {
      return LocalityDirectory.fromClasspath();
    }
    try (InputStream in = new FileInputStream(file)) {
      return LocalityDirectory.read(in);
    }
  }

  @Bean
  AgencyMapping agencyMapping() {
    return AgencyMapping.fromClasspath();
  }

  @Bean
  @Order(1)
  ApplicationRunner identityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
      LocalityDirectory localities, @Value("${rehab.demo.enabled:false}") boolean demo,
      @Value("${rehab.demo.password:}") String demoPassword) {
    return args -> {
      new IdentityBootstrap(identityService, authorizationService, localities).run();
      if (demo) {
        if (demoPassword.isBlank()) {
          throw new IllegalStateException("rehab.demo.enabled needs rehab.demo.password");
        }
        new DemoIdentities(identityService, localities, demoPassword).run();
      }
    };
  }
}
