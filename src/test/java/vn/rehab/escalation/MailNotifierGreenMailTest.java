package vn.rehab.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.rehab.escalation.EscalationTesting.clockAt;
import static vn.rehab.escalation.EscalationTesting.executeDueJobs;
import static vn.rehab.escalation.EscalationTesting.hanoi;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.rehab.testing.TestEngines;

/**
 * Reminder and escalation mails through a real SMTP server (GreenMail, in process, on a free port), sent by the
 * production {@link MailNotifier} with Spring's {@link JavaMailSenderImpl}, recipients read from the engine's
 * identity service exactly as in the application.
 */
class MailNotifierGreenMailTest {

  static final String DEMO = "escalation/escalation-demo.bpmn";
  static final String ESCALATION = "processes/common/deadline-escalation.bpmn";
  static final String FROM = "khong-tra-loi@cainghien.test";

  static final JavaMailSenderImpl SENDER = new JavaMailSenderImpl();
  static ProcessEngine ENGINE = TestEngines.configuration(TestEngines.standardBeans(
      new MailNotifier(SENDER, () -> MailNotifierGreenMailTest.ENGINE.getIdentityService(), FROM)))
      .buildProcessEngine(); // not final: the extension injects its engine (this one) into it

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(ENGINE).build();

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  // The person: none of this may leave the system by mail.
  static final Map<String, Object> PERSON = Map.of(
      "fullName", "Nguyễn Văn Bình",
      "citizenId", "001090012345",
      "dateOfBirth", "1990-05-17",
      "healthCondition", "HIV dương tính, viêm gan C",
      "substances", "heroin, methamphetamine",
      "methadoneDose", "80 mg/ngày");
  static final List<String> FORBIDDEN = List.of("Nguyễn Văn Bình", "Bình", "001090012345", "1990-05-17", "17/05/1990",
      "17-05-1990", "HIV", "viêm gan", "heroin", "methamphetamine", "methadone", "80 mg");

  @BeforeAll
  static void people() {
    IdentityService identity = ENGINE.getIdentityService();
    for (String group : List.of("commune-police", "commune-supervisor", "province-supervisor")) {
      identity.saveGroup(identity.newGroup(group));
    }
    for (String tenant : List.of("06658", "06700")) {
      identity.saveTenant(identity.newTenant(tenant));
    }
    user(identity, "police-hl-1", "cs.halong.1@halong.test", "commune-police", "06658");
    user(identity, "police-hl-2", "cs.halong.2@halong.test", "commune-police", "06658");
    user(identity, "police-hl-nomail", null, "commune-police", "06658");
    user(identity, "police-bc-1", "cs.baichay.1@baichay.test", "commune-police", "06700");
    user(identity, "lead-hl", "lanhdao.halong@halong.test", "commune-supervisor", "06658");
    user(identity, "lead-bc", "lanhdao.baichay@baichay.test", "commune-supervisor", "06700");
  }

  static void user(IdentityService identity, String id, String email, String group, String tenant) {
    User user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("Cán bộ");
    user.setEmail(email);
    identity.saveUser(user);
    identity.createMembership(id, group);
    identity.createTenantUserMembership(tenant, id);
  }

  @BeforeEach
  void pointAtGreenMail() {
    SENDER.setHost("127.0.0.1");
    SENDER.setPort(greenMail.getSmtp().getPort());
    SENDER.setDefaultEncoding("UTF-8"); // what spring.mail.default-encoding gives
    SENDER.setJavaMailProperties(new Properties());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @Deployment(resources = {DEMO, ESCALATION})
  void theReminderReachesExactlyTheGroupMembersOfTheCaseCommuneAndCarriesNoPersonalData() throws Exception {
    ProcessInstance pi = startCase("QN-2026-000123", "06658");
    assertThat(greenMail.getReceivedMessages()).isEmpty();

    clockAt(hanoi(2026, 3, 4, 8, 0));
    assertThat(executeDueJobs(ENGINE)).isEqualTo(1);

    MimeMessage[] received = greenMail.getReceivedMessages(); // one copy per SMTP recipient
    assertThat(received).hasSize(2);
    assertThat(deliveredTo()).containsExactlyInAnyOrder("cs.halong.1@halong.test", "cs.halong.2@halong.test");
    MimeMessage mail = received[0];
    assertThat(addresses(mail.getRecipients(RecipientType.TO)))
        .containsExactlyInAnyOrder("cs.halong.1@halong.test", "cs.halong.2@halong.test");
    assertThat(addresses(mail.getFrom())).containsExactly(FROM);
    String subject = mail.getSubject();
    String body = ((String) mail.getContent());
    assertThat(subject).isEqualTo("[Nhắc hạn] Hồ sơ QN-2026-000123: Thẩm định hồ sơ");
    assertThat(body).contains("QN-2026-000123").contains("Thẩm định hồ sơ").contains("05/03/2026 23:59")
        .contains("D116 Art. 30(1)");
    assertNoPersonalData(mail, subject, body);
    assertThat(pi.getId()).isNotNull();
  }

  @Test
  @Deployment(resources = {DEMO, ESCALATION})
  void theEscalationReachesOnlyTheSupervisorsOfTheSameCommune() throws Exception {
    startCase("QN-2026-000124", "06700");
    clockAt(hanoi(2026, 3, 4, 8, 0));
    executeDueJobs(ENGINE);
    assertThat(deliveredTo()).containsExactly("cs.baichay.1@baichay.test");
    greenMail.purgeEmailFromAllMailboxes();

    clockAt(hanoi(2026, 3, 6, 0, 0, 5));
    assertThat(executeDueJobs(ENGINE)).isEqualTo(1);

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(deliveredTo()).containsExactly("lanhdao.baichay@baichay.test");
    String subject = received[0].getSubject();
    String body = (String) received[0].getContent();
    assertThat(subject).isEqualTo("[Quá hạn] Hồ sơ QN-2026-000124: Thẩm định hồ sơ");
    assertThat(body).contains("QN-2026-000124").contains("Thẩm định hồ sơ").contains("Xử lý việc quá hạn");
    assertNoPersonalData(received[0], subject, body);
  }

  @Test
  @Deployment(resources = {DEMO, ESCALATION})
  void anUnreachableMailServerDoesNotFailTheJob() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    SENDER.setPort(closedPort);
    ProcessInstance pi = startCase("QN-2026-000125", "06658");
    Task task = ENGINE.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();

    clockAt(hanoi(2026, 3, 4, 8, 0));
    try (LogCapture log = new LogCapture(MailNotifier.class)) {
      assertThat(executeDueJobs(ENGINE)).isEqualTo(1); // no exception
      assertThat(log.warnings()).anySatisfy(w -> assertThat(w)
          .startsWith("Mail to group commune-police of commune 06658 failed"));
    }
    // The reminder is recorded and not repeated; nothing was delivered anywhere.
    assertThat(ENGINE.getTaskService().getVariableLocal(task.getId(), ReminderListener.REMINDED_AT)).isNotNull();
    assertThat(ENGINE.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
    assertThat(ENGINE.getManagementService().createJobQuery().withException().count()).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  @Deployment(resources = {DEMO, ESCALATION})
  void aMailServerThatNeverAnswersDoesNotHoldTheJobWhenTimeoutsAreSet() throws Exception {
    // Accepts TCP connections (backlog) but never greets: without mail.smtp.timeout JavaMail would wait forever.
    try (ServerSocket silent = new ServerSocket(0, 10)) {
      SENDER.setPort(silent.getLocalPort());
      Properties timeouts = new Properties();
      timeouts.setProperty("mail.smtp.connectiontimeout", "1000");
      timeouts.setProperty("mail.smtp.timeout", "500");
      timeouts.setProperty("mail.smtp.writetimeout", "500");
      SENDER.setJavaMailProperties(timeouts);
      startCase("QN-2026-000126", "06658");

      clockAt(hanoi(2026, 3, 6, 0, 0, 5));
      long started = System.nanoTime();
      try (LogCapture log = new LogCapture(MailNotifier.class)) {
        assertThat(executeDueJobs(ENGINE)).isEqualTo(2); // reminder and escalation, both overdue
        assertThat(log.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("failed"));
      }
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    }
    assertThat(ENGINE.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("deadline-escalation").processInstanceBusinessKey("QN-2026-000126").count())
        .isEqualTo(1);
  }

  // ---------------------------------------------------------------------------------------------------------------

  private ProcessInstance startCase(String caseNumber, String commune) {
    clockAt(hanoi(2026, 3, 2, 9, 0));
    Map<String, Object> variables = new java.util.HashMap<>(PERSON);
    variables.put("receivedDate", "2026-03-02");
    variables.put("communeCode", commune);
    return ENGINE.getRuntimeService().startProcessInstanceByKey("escalation-demo", caseNumber, variables);
  }

  private static void assertNoPersonalData(MimeMessage mail, String subject, String body) {
    String raw = GreenMailUtil.getWholeMessage(mail);
    for (String personal : FORBIDDEN) {
      assertThat(subject).doesNotContainIgnoringCase(personal);
      assertThat(body).doesNotContainIgnoringCase(personal);
      assertThat(raw).doesNotContainIgnoringCase(personal);
    }
  }

  /** The mailboxes GreenMail delivered to (one entry per delivered copy, i.e. per SMTP envelope recipient). */
  private static List<String> deliveredTo() {
    var users = greenMail.getUserManager();
    return users.listUser().stream().flatMap(u -> {
      try {
        int count = users.getImapHostManager().getInbox(u).getMessageCount();
        return java.util.Collections.nCopies(count, u.getEmail()).stream();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static List<String> addresses(jakarta.mail.Address[] addresses) {
    return Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
  }
}
