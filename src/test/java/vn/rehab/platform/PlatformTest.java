package vn.rehab.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The one Spring Boot context of the platform tests (every class carrying this annotation shares it, so it
 * starts once per run): the whole application on a random port with the demo identities, on an in-memory H2
 * database (never ./data), no job executor (tests drive time themselves), and engine gauges recounted at every
 * scrape. Metrics export is on ({@code @SpringBootTest} switches it off by default), so the Prometheus endpoint
 * exists as in production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:rehab-platform-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
    "camunda.bpm.job-execution.enabled=false",
    "rehab.monitoring.gauge-max-age=PT0S",
    // a small pool, so that the concurrent-start test would starve if case numbers shared it
    "spring.datasource.hikari.maximum-pool-size=4",
    "logging.level.org.camunda.bpm.engine.rest.exception=OFF",
    "logging.level.org.camunda.bpm.engine.context=OFF"})
public @interface PlatformTest {}
