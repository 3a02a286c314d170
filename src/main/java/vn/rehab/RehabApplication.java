package vn.rehab;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Workflow system for Vietnam's drug-rehabilitation case procedures (Camunda 7 on Spring Boot). */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RehabApplication {

  public static void main(String[] args) {
    SpringApplication.run(RehabApplication.class, args);
  }
}
