package vn.rehab.rules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

  @Bean
  DecisionRules rules() {
    return new DecisionRules();
  }
}
