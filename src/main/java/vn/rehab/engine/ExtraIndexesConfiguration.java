package vn.rehab.engine;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;

/**
 * Production (PostgreSQL) only: the embedded H2 default neither needs nor understands the file. The runner takes
 * the engine as a parameter so it runs after the engine created its schema. {@code rehab.db.extra-indexes=false}
 * switches it off (the benchmark does, to measure without and then with them). It also warns when the server's
 * autovacuum is off.
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class ExtraIndexesConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(ExtraIndexesConfiguration.class);

  @Bean
  @Order(-1)
  @ConditionalOnProperty(name = "rehab.db.extra-indexes", havingValue = "true", matchIfMissing = true)
  ApplicationRunner extraIndexes(ProcessEngine engine, DataSource dataSource) {
    return args -> LOG.info("Applied {} statements of {} to the engine schema of {}",
        ExtraIndexes.apply(dataSource), ExtraIndexes.RESOURCE, engine.getName());
  }

  /** The indexes only help a database that is vacuumed and analyzed: see {@link AutovacuumCheck}. */
  @Bean
  ApplicationRunner autovacuumCheck(DataSource dataSource) {
    return args -> AutovacuumCheck.warning(dataSource).ifPresent(LOG::warn);
  }
}
