package vn.rehab.cases;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.rehab.forms.FormRegistry;
import vn.rehab.forms.FormValidator;
import vn.rehab.identity.LocalityDirectory;

@Configuration(proxyBeanMethods = false)
class CasesConfiguration {

  /**
   * The counter gets a pool of its own: it takes a connection while the engine's transaction holds one, so on the
   * shared pool as many simultaneous case starts as the pool has connections would wait for each other forever.
   */
  @Bean(destroyMethod = "close")
  JdbcCaseNumbers caseNumbers(DataSourceProperties properties) {
    // Not a DataSource bean: that would replace the application's own pool.
    HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    pool.setPoolName("case-numbers");
    pool.setMaximumPoolSize(2);
    return new JdbcCaseNumbers(pool, new DataSourceTransactionManager(pool), pool::close);
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
