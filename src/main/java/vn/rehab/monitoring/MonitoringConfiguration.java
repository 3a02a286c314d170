package vn.rehab.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.rehab.identity.Role;

@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

  /** Bound to the Prometheus registry by Spring Boot (every MeterBinder bean is). */
  @Bean
  EngineGauges engineGauges(ProcessEngine engine,
      @Value("${rehab.monitoring.gauge-max-age:PT10S}") Duration maxAge) {
    return new EngineGauges(engine, Arrays.stream(Role.values()).filter(r -> r != Role.ADMIN).map(Role::groupId)
        .toList(), maxAge, Clock.systemUTC());
  }
}
