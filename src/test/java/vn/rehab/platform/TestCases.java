package vn.rehab.platform;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The test case process ({@code src/test/resources/platform/platform-test-case.bpmn} with its two forms under
 * {@code forms/platform-test/}) and valid start data for it. Each call gives a new person, so tests sharing
 * the Spring context never see each other's cases as duplicates.
 */
final class TestCases {

  static final String KEY = "platform-test-case";
  static final String TASK = "Task_Appraise";
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String HALONG = "06658";
  static final String BAICHAY = "06700";

  /** Sequence part of generated citizen ids: random start per JVM, then unique. */
  private static final AtomicLong PERSONS = new AtomicLong(ThreadLocalRandom.current().nextLong(100_000, 500_000));

  private TestCases() {}

  /**
   * Deploys the test process with its forms (one deployment: the forms are bound by deployment) and lets the
   * commune police open it, as {@code AccessPolicy} does for the real procedures. Idempotent.
   */
  static synchronized void deploy(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name(KEY).enableDuplicateFiltering(false)
        .addClasspathResource("platform/platform-test-case.bpmn")
        .addClasspathResource("forms/platform-test/platform-test-start.form")
        .addClasspathResource("forms/platform-test/platform-test-appraise.form")
        .deploy();
    AuthorizationService authorizations = engine.getAuthorizationService();
    if (authorizations.createAuthorizationQuery().groupIdIn("commune-police").resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(KEY).count() == 0) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId("commune-police");
      grant.setResource(Resources.PROCESS_DEFINITION);
      grant.setResourceId(KEY);
      grant.addPermission(Permissions.READ);
      grant.addPermission(Permissions.CREATE_INSTANCE);
      authorizations.saveAuthorization(grant);
    }
  }

  static LocalDate today() {
    return LocalDate.now(VIETNAM);
  }

  /** Valid start variables of a new adult man living in the given commune. */
  static Map<String, Object> person(String communeCode) {
    LocalDate dateOfBirth = LocalDate.of(1990, 5, 17);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("fullName", "Nguyễn Văn Thử");
    v.put("dateOfBirth", dateOfBirth.toString());
    v.put("sex", "male");
    v.put("citizenId", citizenId(dateOfBirth, "male"));
    v.put("communeCode", communeCode);
    v.put("registrationDate", today().toString());
    return v;
  }

  /** A well-formed 12-digit id agreeing with birth year and sex, never issued before in this JVM. */
  static String citizenId(LocalDate dateOfBirth, String sex) {
    int centuryAndSex = (dateOfBirth.getYear() / 100 - 19) * 2 + ("female".equals(sex) ? 1 : 0);
    return String.format("022%d%02d%06d", centuryAndSex, dateOfBirth.getYear() % 100,
        PERSONS.incrementAndGet() % 1_000_000);
  }
}
