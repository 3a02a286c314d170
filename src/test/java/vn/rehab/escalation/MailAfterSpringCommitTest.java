package vn.rehab.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.rehab.escalation.EscalationTesting.clockAt;
import static vn.rehab.escalation.EscalationTesting.hanoi;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import vn.rehab.engine.RehabEnginePlugin;
import vn.rehab.forms.FormCompletionCheck;
import vn.rehab.forms.FormRegistry;
import vn.rehab.forms.FormValidator;
import vn.rehab.testing.TestEngines;

/**
 * The application runs the engine inside Spring-managed transactions, where "after commit" means after the Spring
 * transaction commits (a transaction synchronization), and where the recipients are looked up once the engine's
 * command is over. This engine is wired that way (Spring transaction manager, no Spring Boot, so it starts in a
 * second): the reminder mail arrives, and a job run inside an outer transaction that rolls back mails nothing.
 */
class MailAfterSpringCommitTest {

  static final JavaMailSenderImpl SENDER = new JavaMailSenderImpl();
  static final SimpleDriverDataSource DATA_SOURCE = new SimpleDriverDataSource(new org.h2.Driver(),
      "jdbc:h2:mem:escalation-spring-tx;DB_CLOSE_DELAY=-1", "sa", "");
  static final DataSourceTransactionManager TRANSACTIONS = new DataSourceTransactionManager(DATA_SOURCE);
  static ProcessEngine engine;

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @BeforeAll
  static void springManagedEngine() {
    Map<Object, Object> beans = TestEngines.standardBeans(
        new MailNotifier(SENDER, () -> engine.getIdentityService(), "khong-tra-loi@cainghien.test"));
    EscalationTimes times = (EscalationTimes) beans.get("escalationTimes");
    Notifier notifier = (Notifier) beans.get("notifier");
    EscalationParseListener escalation = new EscalationParseListener(new FollowUpDateListener(times),
        new ReminderListener(notifier), new EscalationListener(notifier),
        new FormCompletionCheck(FormRegistry.fromClasspath(), new FormValidator()));

    SpringTransactionsProcessEngineConfiguration configuration = new SpringTransactionsProcessEngineConfiguration();
    configuration.setDataSource(DATA_SOURCE);
    configuration.setTransactionManager(TRANSACTIONS);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setProcessEngineName("escalation-spring-tx");
    configuration.setProcessEnginePlugins(List.of(new RehabEnginePlugin(List.of(escalation), beans)));
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addClasspathResource("escalation/escalation-demo.bpmn")
        .addClasspathResource("processes/common/deadline-escalation.bpmn").deploy();

    IdentityService identity = engine.getIdentityService();
    identity.saveGroup(identity.newGroup("commune-police"));
    identity.saveTenant(identity.newTenant("06658"));
    identity.saveTenant(identity.newTenant("06700"));
    for (String[] u : List.of(new String[] {"police-hl-1", "cs.halong.1@halong.test", "06658"},
        new String[] {"police-bc-1", "cs.baichay.1@baichay.test", "06700"})) {
      User user = identity.newUser(u[0]);
      user.setEmail(u[1]);
      identity.saveUser(user);
      identity.createMembership(u[0], "commune-police");
      identity.createTenantUserMembership(u[2], u[0]);
    }
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theReminderIsMailedOnlyOnceTheSpringTransactionCommits() throws Exception {
    SENDER.setHost("127.0.0.1");
    SENDER.setPort(greenMail.getSmtp().getPort());
    SENDER.setDefaultEncoding("UTF-8");
    clockAt(hanoi(2026, 3, 2, 9, 0));
    var pi = engine.getRuntimeService().startProcessInstanceByKey("escalation-demo", "QN-2026-000200",
        Map.of("receivedDate", "2026-03-02", "communeCode", "06658", "fullName", "Trần Thị Cúc"));
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    clockAt(hanoi(2026, 3, 4, 8, 0));
    Job reminder = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable()
        .singleResult();

    // Run inside a caller's transaction that then rolls back: nothing is recorded, nothing is mailed.
    new TransactionTemplate(TRANSACTIONS).executeWithoutResult(status -> {
      engine.getManagementService().executeJob(reminder.getId());
      status.setRollbackOnly();
    });
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    assertThat(engine.getTaskService().getVariableLocal(task.getId(), ReminderListener.REMINDED_AT)).isNull();
    assertThat(engine.getManagementService().createJobQuery().jobId(reminder.getId()).count()).isEqualTo(1);

    // Run on its own (as the job executor does): committed, then mailed to the commune's police only.
    engine.getManagementService().executeJob(reminder.getId());
    var received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(Arrays.stream(received[0].getAllRecipients()).map(a -> ((InternetAddress) a).getAddress()))
        .containsExactly("cs.halong.1@halong.test");
    assertThat(received[0].getSubject()).isEqualTo("[Nhắc hạn] Hồ sơ QN-2026-000200: Thẩm định hồ sơ");
    assertThat(engine.getTaskService().getVariableLocal(task.getId(), ReminderListener.REMINDED_AT)).isNotNull();
    assertThat(engine.getManagementService().createJobQuery().jobId(reminder.getId()).count()).isZero();
  }
}
