package vn.rehab.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import vn.rehab.calendar.Deadlines;
import vn.rehab.calendar.WorkingDayCalendar;
import vn.rehab.cases.CaseOpeningListener;
import vn.rehab.cases.InMemoryCaseNumbers;
import vn.rehab.cases.LegalRegimes;
import vn.rehab.deadline.CaseDeadlines;
import vn.rehab.deadline.CaseEvents;
import vn.rehab.deadline.CaseRoles;
import vn.rehab.deadline.DeadlineRules;
import vn.rehab.engine.RehabEnginePlugin;
import vn.rehab.escalation.EscalationListener;
import vn.rehab.escalation.EscalationParseListener;
import vn.rehab.escalation.EscalationSettings;
import vn.rehab.escalation.EscalationTimes;
import vn.rehab.escalation.FollowUpDateListener;
import vn.rehab.escalation.Notifier;
import vn.rehab.escalation.ReminderListener;
import vn.rehab.forms.FormCompletionCheck;
import vn.rehab.forms.FormRegistry;
import vn.rehab.forms.FormValidator;
import vn.rehab.identity.AgencyMapping;
import vn.rehab.identity.LocalityDirectory;

/**
 * Engine-only test engines: an in-memory H2 engine wired like the application (escalation parse listener, commune
 * tenants, the beans models call), without Spring, so process tests start in a second and test the models and
 * their Java rules together. Each call gives a fresh database.
 */
public final class TestEngines {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  public static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.withBundledData();

  private TestEngines() {}

  /** The beans every model may call; a procedure test adds its own to the returned map. */
  public static Map<Object, Object> standardBeans(Notifier notifier) {
    Map<Object, Object> beans = new HashMap<>();
    Deadlines deadlines = new Deadlines(CALENDAR);
    FormRegistry forms = FormRegistry.fromClasspath();
    FormValidator validator = new FormValidator();
    EscalationTimes times = new EscalationTimes(CALENDAR, EscalationSettings.defaults());
    beans.put("deadlines", deadlines);
    beans.put("escalationTimes", times);
    beans.put("caseDeadlines", new CaseDeadlines(DeadlineRules.fromClasspath(), deadlines));
    beans.put("caseRoles", new CaseRoles(AgencyMapping.fromClasspath()));
    beans.put("caseEvents", new CaseEvents());
    beans.put("caseOpening", new CaseOpeningListener(forms, validator, LocalityDirectory.fromClasspath(),
        new InMemoryCaseNumbers(), LegalRegimes.standard()));
    beans.put("notifier", notifier);
    beans.put("rules", new vn.rehab.rules.DecisionRules());
    return beans;
  }

  /** A configuration ready to build, with the given beans for expressions. */
  public static ProcessEngineConfigurationImpl configuration(Map<Object, Object> beans) {
    Notifier notifier = (Notifier) beans.get("notifier");
    FormCompletionCheck completionCheck = new FormCompletionCheck(FormRegistry.fromClasspath(), new FormValidator());
    EscalationTimes times = (EscalationTimes) beans.get("escalationTimes");
    EscalationParseListener escalation = new EscalationParseListener(new FollowUpDateListener(times),
        new ReminderListener(notifier), new EscalationListener(notifier), completionCheck);
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:process-test-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=1000");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setProcessEngineName("process-test-" + DATABASES.get());
    configuration.setProcessEnginePlugins(List.of(new RehabEnginePlugin(List.of(escalation), beans)));
    return configuration;
  }

  /**
   * The JUnit 5 extension for a process test class: engine, deployments, camunda-bpm-assert, and the coverage
   * report under target/process-test-coverage; the class fails when its models are not covered completely.
   * The escalation case that late tasks open is left out: its own test covers it, and a procedure test that moves
   * the clock by months opens many of them on purpose.
   */
  public static ProcessEngineCoverageExtension coveredEngine(Map<Object, Object> beans, String... testDoubles) {
    ProcessEngineConfigurationImpl configuration = configuration(beans);
    ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
    return (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.Companion.builder(configuration)
        .assertClassCoverageAtLeast(1.0).excludeProcessDefinitionKeys(excluded(testDoubles)).build();
  }

  private static String[] excluded(String... testDoubles) {
    String[] all = java.util.Arrays.copyOf(testDoubles, testDoubles.length + 1);
    all[testDoubles.length] = "deadline-escalation";
    return all;
  }
}
