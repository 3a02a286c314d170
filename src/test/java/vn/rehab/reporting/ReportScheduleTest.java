package vn.rehab.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.rehab.testing.Clock;
import vn.rehab.testing.TestEngines;

/**
 * The two shipped schedules (the seeds' default and the older national one): the timer's cycle, the periods, due
 * dates and levels; then, on an engine, the national schedule's reports on its days, and a switch of schedule
 * moving the deployed timer.
 */
class ReportScheduleTest {

  static final ReportSchedule SEEDS = ReportSchedule.named("seeds", ZoneOffset.UTC);
  static final ReportSchedule NATIONAL = ReportSchedule.named("national", ZoneOffset.UTC);

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  static LocalDate d(String day) {
    return LocalDate.parse(day);
  }

  @Test
  void seedsReportOnThe15thAt7HanoiTimeWhateverTheServerZone() {
    assertThat(SEEDS.cycle()).isEqualTo("0 0 0 15 * ?"); // 07:00 in Hanoi is midnight UTC
    assertThat(ReportSchedule.named("seeds", ZoneId.of("Asia/Ho_Chi_Minh")).cycle()).isEqualTo("0 0 7 15 * ?");
    assertThat(ReportSchedule.named("seeds", ZoneId.of("Asia/Tokyo")).cycle()).isEqualTo("0 0 9 15 * ?");
    // a zone with summer time, or where 07:00 in Hanoi is another day: the hour is kept (and a warning logged)
    assertThat(ReportSchedule.named("seeds", ZoneId.of("Europe/Berlin")).cycle()).isEqualTo("0 0 7 15 * ?");
    assertThat(ReportSchedule.named("seeds", ZoneId.of("Etc/GMT+5")).cycle()).isEqualTo("0 0 7 15 * ?");
    assertThat(NATIONAL.cycle()).isEqualTo("0 0 0 1 * ?");
  }

  @Test
  void seedsMonthlyBeforeThe20thSixMonthOn15JuneYearlyOn15December() {
    assertThat(SEEDS.periodRule()).isEqualTo(PeriodRule.DECREE_09_2019);
    assertThat(SEEDS.lastFireDay(ReportKind.MONTHLY, d("2026-11-15"))).isEqualTo(d("2026-11-15"));
    assertThat(SEEDS.lastFireDay(ReportKind.MONTHLY, d("2026-11-14"))).isEqualTo(d("2026-10-15"));
    assertThat(SEEDS.lastFireDay(ReportKind.HALF_YEAR, d("2026-11-15"))).isEqualTo(d("2026-06-15"));
    assertThat(SEEDS.lastFireDay(ReportKind.YEARLY, d("2026-11-15"))).isEqualTo(d("2025-12-15"));
    assertThat(SEEDS.period(ReportKind.MONTHLY, d("2026-11-15"))).isEqualTo(new ReportPeriod(d("2026-10-15"),
        d("2026-11-14")));
    assertThat(SEEDS.period(ReportKind.MONTHLY, d("2026-01-15"))).isEqualTo(new ReportPeriod(d("2025-12-15"),
        d("2026-01-14")));
    assertThat(SEEDS.dueDate(ReportKind.MONTHLY, d("2026-11-15"))).isEqualTo(d("2026-11-19"));
    assertThat(SEEDS.period(ReportKind.HALF_YEAR, d("2026-06-15"))).isEqualTo(new ReportPeriod(d("2025-12-15"),
        d("2026-06-14")));
    assertThat(SEEDS.dueDate(ReportKind.HALF_YEAR, d("2026-06-15"))).isEqualTo(d("2026-06-15"));
    assertThat(SEEDS.period(ReportKind.YEARLY, d("2026-12-15"))).isEqualTo(new ReportPeriod(d("2025-12-15"),
        d("2026-12-14")));
    assertThat(SEEDS.dueDate(ReportKind.YEARLY, d("2026-12-15"))).isEqualTo(d("2026-12-15"));
    assertThat(SEEDS.yearStart(d("2026-11-14"))).isEqualTo(d("2025-12-15"));
    assertThat(SEEDS.yearStart(d("2026-12-14"))).isEqualTo(d("2025-12-15"));
    assertThat(List.of(ReportKind.values())).allMatch(k -> SEEDS.level(k) == ReportLevel.PROVINCE);
    assertThat(SEEDS.entry(ReportKind.MONTHLY).basis()).contains("146/KH-UBND");
    assertThat(SEEDS.entry(ReportKind.HALF_YEAR).basis()).contains("Kon Tum", "15 tháng 6");
  }

  @Test
  void nationalCommunesMonthlyBeforeThe3rdProvincesBefore15JulyAnd15January() {
    assertThat(NATIONAL.period(ReportKind.MONTHLY, d("2026-12-01"))).isEqualTo(new ReportPeriod(d("2026-11-01"),
        d("2026-11-30")));
    assertThat(NATIONAL.dueDate(ReportKind.MONTHLY, d("2026-12-01"))).isEqualTo(d("2026-12-02"));
    assertThat(NATIONAL.level(ReportKind.MONTHLY)).isEqualTo(ReportLevel.COMMUNE);
    assertThat(NATIONAL.period(ReportKind.HALF_YEAR, d("2026-07-01"))).isEqualTo(new ReportPeriod(d("2026-01-01"),
        d("2026-06-30")));
    assertThat(NATIONAL.dueDate(ReportKind.HALF_YEAR, d("2026-07-01"))).isEqualTo(d("2026-07-14"));
    assertThat(NATIONAL.period(ReportKind.YEARLY, d("2027-01-01"))).isEqualTo(new ReportPeriod(d("2026-01-01"),
        d("2026-12-31")));
    assertThat(NATIONAL.dueDate(ReportKind.YEARLY, d("2027-01-01"))).isEqualTo(d("2027-01-14"));
    assertThat(NATIONAL.level(ReportKind.YEARLY)).isEqualTo(ReportLevel.PROVINCE);
    assertThat(NATIONAL.yearStart(d("2026-11-30"))).isEqualTo(d("2026-01-01"));
    assertThat(PeriodRule.CALENDAR.period(ReportKind.HALF_YEAR, d("2027-01-01")))
        .isEqualTo(new ReportPeriod(d("2026-07-01"), d("2026-12-31")));
  }

  @Test
  void aScheduleThatCannotWorkIsRefusedAtStart() {
    assertThatThrownBy(() -> ReportSchedule.named("weekly")).hasMessageContaining("seeds or national");
    String dueBeforeFiring = "name: x\nperiod-rule: calendar\nreports:\n"
        + "  monthly: { fires: { day: 15 }, due-day: 10, level: province, basis: b }\n"
        + "  half-year: { fires: { month: 6, day: 15 }, due-day: 15, level: province, basis: b }\n"
        + "  yearly: { fires: { month: 12, day: 15 }, due-day: 15, level: province, basis: b }\n";
    assertThatThrownBy(() -> ReportSchedule.read(new ByteArrayInputStream(dueBeforeFiring.getBytes(
        StandardCharsets.UTF_8)), "test.yaml", ZoneOffset.UTC)).hasMessageContaining("monthly");
    String missingYearly = "name: x\nperiod-rule: calendar\nreports:\n"
        + "  monthly: { fires: { day: 15 }, due-day: 19, level: province, basis: b }\n"
        + "  half-year: { fires: { month: 6, day: 15 }, due-day: 15, level: province, basis: b }\n";
    assertThatThrownBy(() -> ReportSchedule.read(new ByteArrayInputStream(missingYearly.getBytes(
        StandardCharsets.UTF_8)), "test.yaml", ZoneOffset.UTC)).hasMessageContaining("yearly");
  }

  private static ProcessEngine engine(Object scheduleBean, ReportSchedule schedule) {
    ProcessEngine engine = TestEngines.configuration(ReportingTesting.beans(scheduleBean, schedule))
        .buildProcessEngine();
    engine.getRepositoryService().createDeployment().addClasspathResource("processes/reporting/periodic-report.bpmn")
        .addClasspathResource("processes/reporting/reporting-roles.dmn")
        .addClasspathResource("processes/common/deadline-escalation.bpmn").deploy();
    return engine;
  }

  private static void fireOn(ProcessEngine engine, String day) {
    Clock.set(LocalDate.parse(day).minusDays(1) + "T12:00");
    ReportingTesting.alignReportTimers(engine);
    Clock.set(day + "T07:00");
    Clock.runDueJobs(engine);
  }

  private static List<String> reports(ProcessEngine engine) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("periodic-report").list()
        .stream().map(ProcessInstance::getBusinessKey).sorted().toList();
  }

  private static Task task(ProcessEngine engine, String reportId) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reportId).singleResult();
  }

  @Test
  void underTheNationalScheduleCommunesReportMonthlyAndProvincesHalfYearlyAndYearly() {
    ProcessEngine engine = engine(NATIONAL, NATIONAL);
    try {
      fireOn(engine, "2026-07-01");
      assertThat(reports(engine)).containsExactly("BC-QN-06658-2026-06", "BC-QN-06700-2026-06", "BC-QN-2026-6T",
          "BC-QNG-2026-6T", "BC-QNG-23281-2026-06");
      Task half = task(engine, "BC-QN-2026-6T");
      assertThat(half.getTenantId()).isEqualTo("06658");
      assertThat(half.getDueDate()).isEqualTo(Clock.at("2026-07-14T23:59:59"));
      assertThat(engine.getTaskService().getVariable(half.getId(), "periodText")).isEqualTo("01/01/2026 – 30/06/2026");
      Task commune = task(engine, "BC-QN-06700-2026-06");
      assertThat(commune.getTenantId()).isEqualTo("06700");
      assertThat(commune.getTaskDefinitionKey()).isEqualTo("Task_ReviewCommuneReport");
      assertThat(commune.getDueDate()).isEqualTo(Clock.at("2026-07-02T23:59:59"));
      assertThat(engine.getTaskService().getIdentityLinksForTask(commune.getId())).anyMatch(l -> "commune-police"
          .equals(l.getGroupId()));

      fireOn(engine, "2026-12-01");
      assertThat(reports(engine)).contains("BC-QN-06658-2026-11").doesNotContain("BC-QN-2026-NAM");
      assertThat(task(engine, "BC-QN-06658-2026-11").getDueDate()).isEqualTo(Clock.at("2026-12-02T23:59:59"));

      fireOn(engine, "2027-01-01");
      Task year = task(engine, "BC-QN-2026-NAM");
      assertThat(year.getDueDate()).isEqualTo(Clock.at("2027-01-14T23:59:59"));
      assertThat(engine.getTaskService().getVariable(year.getId(), "periodText")).isEqualTo("01/01/2026 – 31/12/2026");
      assertThat(task(engine, "BC-QNG-23281-2026-12")).isNotNull();
    } finally {
      engine.close();
    }
  }

  /** The bean the deployed timer reads, switched by the test as an operator switches the setting. */
  public static final class SwitchableSchedule {
    volatile ReportSchedule current;

    SwitchableSchedule(ReportSchedule current) {
      this.current = current;
    }

    public String cycle() {
      return current.cycle();
    }
  }

  @Test
  void switchingTheScheduleMovesTheDeployedTimerAtStartUp() {
    Clock.set("2026-11-20T09:00");
    SwitchableSchedule setting = new SwitchableSchedule(SEEDS);
    ProcessEngine engine = engine(setting, SEEDS);
    try {
      assertThat(ReportingTesting.timerDue(engine)).isEqualTo(Clock.at("2026-12-15T07:00"));
      assertThat(new ReportScheduleSync(engine, SEEDS).realign()).isEmpty(); // on schedule: left alone
      setting.current = NATIONAL;
      assertThat(new ReportScheduleSync(engine, NATIONAL).realign()).hasSize(1);
      assertThat(ReportingTesting.timerDue(engine)).isEqualTo(Clock.at("2026-12-01T07:00"));
      assertThat(new ReportScheduleSync(engine, NATIONAL).realign()).isEmpty();
      // after firing, the timer repeats the new cycle
      Clock.set("2026-12-01T07:00");
      Clock.runDueJobs(engine);
      assertThat(ReportingTesting.timerDue(engine)).isEqualTo(Clock.at("2027-01-01T07:00"));
    } finally {
      engine.close();
    }
  }
}
