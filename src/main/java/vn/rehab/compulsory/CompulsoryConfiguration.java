package vn.rehab.compulsory;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.rehab.cases.CaseHandOver;
import vn.rehab.deadline.CaseDeadlines;

/** The beans the compulsory-commitment, court-review-minor and court-review-adult models call. */
@Configuration(proxyBeanMethods = false)
public class CompulsoryConfiguration {

  @Bean
  CompulsoryCase compulsoryCase() {
    return new CompulsoryCase();
  }

  @Bean
  CompulsoryCourt compulsoryCourt(CaseDeadlines caseDeadlines) {
    return new CompulsoryCourt(caseDeadlines);
  }

  @Bean
  CompulsoryTerm compulsoryTerm() {
    return new CompulsoryTerm();
  }

  /*
   * Checks of an officer's input that need more than the form's own rules, run when the task ends. They are
   * delegate listeners (delegateExpression), not expression listeners: an expression wraps the exception, and the
   * officer would get an error 500 instead of a 400 with the Vietnamese message.
   */

  @Bean
  ExecutionListener custodyCheck(CompulsoryCase compulsoryCase) {
    return compulsoryCase::checkCustody;
  }

  @Bean
  ExecutionListener escortCheck(CompulsoryCase compulsoryCase) {
    return compulsoryCase::checkEscort;
  }

  @Bean
  ExecutionListener sessionCheck(CompulsoryCourt compulsoryCourt) {
    return compulsoryCourt::checkSession;
  }

  @Bean
  ExecutionListener appealReviewCheck(CompulsoryCourt compulsoryCourt) {
    return compulsoryCourt::reviewed;
  }

  @Bean
  ExecutionListener termReviewCheck(CompulsoryTerm compulsoryTerm) {
    return compulsoryTerm::reviewed;
  }

  @Bean
  CaseHandOver releaseHandOver() {
    return CompulsoryHandOvers.toSupervision();
  }
}
