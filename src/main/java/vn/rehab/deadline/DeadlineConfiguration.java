package vn.rehab.deadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.rehab.calendar.Deadlines;
import vn.rehab.identity.AgencyMapping;

@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

  @Bean
  DeadlineRules deadlineRules() {
    return DeadlineRules.fromClasspath();
  }

  @Bean
  CaseDeadlines caseDeadlines(DeadlineRules rules, Deadlines deadlines) {
    return new CaseDeadlines(rules, deadlines);
  }

  @Bean
  CaseRoles caseRoles(AgencyMapping mapping) {
    return new CaseRoles(mapping);
  }

  @Bean
  CaseEvents caseEvents() {
    return new CaseEvents();
  }
}
