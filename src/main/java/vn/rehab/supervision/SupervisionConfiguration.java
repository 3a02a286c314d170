package vn.rehab.supervision;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.rehab.cases.CaseHandOver;
import vn.rehab.identity.LocalityDirectory;

/** The beans the post-treatment supervision model calls (processes/supervision/post-treatment-supervision.bpmn). */
@Configuration(proxyBeanMethods = false)
public class SupervisionConfiguration {

  @Bean
  SupervisionPeriod supervisionPeriod() {
    return new SupervisionPeriod();
  }

  @Bean
  SupportServices supervisionSupport() {
    return new SupportServices();
  }

  @Bean
  NewCommuneCheck supervisionNewCommuneCheck() {
    return new NewCommuneCheck();
  }

  @Bean
  CaseHandOver relapseHandOver() {
    return SupervisionHandOvers.relapseToCompulsory();
  }

  @Bean
  CaseHandOver supervisionTransfer(LocalityDirectory localities) {
    return SupervisionHandOvers.toNewCommune(localities);
  }
}
