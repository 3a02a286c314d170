package vn.rehab.voluntary;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.rehab.cases.CaseHandOver;
import vn.rehab.identity.LocalityDirectory;

@Configuration(proxyBeanMethods = false)
public class VoluntaryConfiguration {

  @Bean
  VoluntaryTerm voluntaryTerm() {
    return new VoluntaryTerm();
  }

  @Bean
  CaseHandOver compulsoryHandOver() {
    return VoluntaryHandOvers.toCompulsory();
  }

  @Bean
  CaseHandOver supervisionHandOver() {
    return VoluntaryHandOvers.toSupervision();
  }

  @Bean
  CaseHandOver voluntaryTransfer(LocalityDirectory localities) {
    return VoluntaryHandOvers.toNewCommune(localities);
  }
}
