package vn.rehab.cases;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.rehab.forms.FormRegistry;
import vn.rehab.forms.FormValidator;
import vn.rehab.identity.LocalityDirectory;

@Configuration(proxyBeanMethods = false)
class CasesConfiguration {

  @Bean
  CaseNumbers caseNumbers(DataSource dataSource, PlatformTransactionManager transactions) {
    return new JdbcCaseNumbers(dataSource, transactions);
  }

  @Bean
  LegalRegimes legalRegimes() {
    return LegalRegimes.standard();
  }

  @Bean
  CaseOpeningListener caseOpening(FormRegistry forms, FormValidator validator, LocalityDirectory localities,
      CaseNumbers caseNumbers, LegalRegimes regimes) {
    return new CaseOpeningListener(forms, validator, localities, caseNumbers, regimes);
  }
}
