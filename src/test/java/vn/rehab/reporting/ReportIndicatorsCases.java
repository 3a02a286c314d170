package vn.rehab.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.rehab.identity.AgencyMapping;
import vn.rehab.reporting.IndicatorReport.TargetComparison;
import vn.rehab.testing.CaseData;
import vn.rehab.testing.Clock;
import vn.rehab.testing.TestEngines;
import vn.rehab.voluntary.VoluntaryHandOvers;
import vn.rehab.voluntary.VoluntaryTerm;

/**
 * The indicators counted from a seeded history with known outcomes, hand-counted below; run on H2
 * ({@link ReportIndicatorsTest}) and on PostgreSQL ({@link ReportIndicatorsPostgresTest}) with the same
 * expectations, since the counts come from history queries whose dates, nulls and orderings differ per database.
 * Voluntary cases run through the real voluntary-treatment model (and the addiction determination it calls);
 * compulsory and supervision cases are test doubles with the data dictionary's variables. The history is seeded
 * once, through 2026, and each test reads it; no test changes it.
 *
 * <pre>
 * Phường Hạ Long (06658)                              | Phường Bãi Cháy (06700)
 * V1 voluntary L73, intake 02/03, completed 02/09      | S2 supervision (double) 02/02, step done late (breach),
 *    → S1 supervision (hand-over): support vocational  |    supportServices unreadable, relapse=true 09/07,
 *      10/09, job 20/09, counselling 20/12/2025        |    closed handed-over-compulsory 10/07
 * V2 voluntary, refused 03/03                          | V4 voluntary L73 01/04, receipt late (breach), intake
 * V5 voluntary without determination → A1 assessment  |    03/04, moved to 06658 on 03/06 (outcome transferred)
 *    (completed), not addicted → refused 04/03         | C2 compulsory (double) 10/07, ground relapse, source S2
 * C1 compulsory (double) 11/05, court decision applied |
 *    effective 01/06, admitted 05/06, step left open   | Quảng Ngãi (23281): S3 supervision, vocational 01/06
 *    (late, breach)                                    |
 * V4' continuation of V4 from 03/06 (transferred in)   |
 * V3 voluntary L120 03/08, electronic monitoring       |
 * C3 compulsory (double) 21/09, ground relapse, no     |
 *    source; step due 28/09 (still pending)            |
 * Counted on 25/09/2026 12:00.
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportIndicatorsCases {

  static final String HA_LONG = "06658";
  static final String BAI_CHAY = "06700";
  static final String KON_TUM = "23281";
  static final String AS_OF = "2026-09-25T12:00";

  ProcessEngine engine;

  /** Points the engine at the database under test (it creates its schema there); false when there is none. */
  abstract boolean useDatabase(ProcessEngineConfigurationImpl configuration);

  /**
   * Skips a test, saying why, when {@link #useDatabase} found no database; per test rather than in
   * {@code @BeforeAll}, so that the test report counts them as skipped.
   */
  void assumeDatabase() {}

  /** After the engine closed: removes what {@link #useDatabase} created. */
  void dropDatabase() throws Exception {}

  @BeforeAll
  void seedHistory() {
    Map<Object, Object> beans = TestEngines.standardBeans(new vn.rehab.testing.RecordingNotifier());
    beans.put("voluntaryTerm", new VoluntaryTerm());
    beans.put("compulsoryHandOver", VoluntaryHandOvers.toCompulsory());
    beans.put("supervisionHandOver", VoluntaryHandOvers.toSupervision());
    beans.put("voluntaryTransfer", VoluntaryHandOvers.toNewCommune(ReportingTesting.LOCALITIES));
    ProcessEngineConfigurationImpl configuration = TestEngines.configuration(beans);
    if (!useDatabase(configuration)) {
      return;
    }
    engine = configuration.buildProcessEngine();
    var deployment = engine.getRepositoryService().createDeployment();
    for (String r : List.of("processes/voluntary/voluntary-treatment.bpmn", "processes/voluntary/voluntary-roles.dmn",
        "processes/voluntary/voluntary-eligibility.dmn", "processes/voluntary/voluntary-term.dmn",
        "processes/voluntary/voluntary-monitoring.dmn", "processes/assessment/addiction-assessment.bpmn",
        "processes/assessment/addiction-result.dmn", "processes/assessment/assessment-roles.dmn",
        "processes/common/deadline-escalation.bpmn", "reporting/seed-procedures.bpmn")) {
      deployment.addClasspathResource(r);
    }
    deployment.deploy();
    try {
      new Seeder().run();
    } finally {
      ClockUtil.reset();
    }
  }

  @BeforeEach
  void databaseAvailable() {
    assumeDatabase();
  }

  @AfterAll
  void close() throws Exception {
    if (engine != null) {
      engine.close();
    }
    dropDatabase();
  }

  IndicatorSet count(LocalDate from, LocalDate to, String... communes) {
    return new HistoryIndicators(engine.getHistoryService(), AgencyMapping.fromClasspath())
        .compute(List.of(communes), from, to, Clock.at(AS_OF));
  }

  IndicatorSet year2026() {
    return count(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), HA_LONG, BAI_CHAY);
  }

  @Test
  void casesOpenedPerProcedureCountContinuationsApart() {
    IndicatorSet year = year2026();
    assertThat(year.byCommune().get(HA_LONG)).containsEntry("registered.voluntary-treatment", 4L) // V1 V2 V5 V3
        .containsEntry("registered.addiction-assessment", 1L) // A1, called from V5
        .containsEntry("registered.compulsory-commitment", 2L) // C1 C3
        .containsEntry("registered.post-treatment-supervision", 1L) // S1
        .containsEntry("registered.transferred-in", 1L) // V4'
        .containsEntry("supervision.from-treatment", 1L); // S1 came from V1
    assertThat(year.byCommune().get(BAI_CHAY)).containsEntry("registered.voluntary-treatment", 1L) // V4
        .containsEntry("registered.compulsory-commitment", 1L).containsEntry("registered.post-treatment-supervision", 1L)
        .containsEntry("registered.transferred-in", 0L).containsEntry("supervision.from-treatment", 0L);
    assertThat(year.total()).containsEntry("registered.voluntary-treatment", 5L)
        .containsEntry("registered.compulsory-commitment", 3L);
  }

  @Test
  void treatmentCountsVoluntaryStartsAndAdmissionsToAFacility() {
    Map<String, Long> haLong = year2026().byCommune().get(HA_LONG);
    assertThat(haLong).containsEntry("treatment.voluntary", 2L) // V1 (02/03), V3 (03/08); V4' is V4's treatment
        .containsEntry("treatment.compulsory", 1L) // C1, admitted 05/06
        .containsEntry("compulsory.decided", 1L) // C1, decision in force 01/06
        .containsEntry("treatment.total", 3L);
    assertThat(year2026().byCommune().get(BAI_CHAY)).containsEntry("treatment.voluntary", 1L) // V4 (03/04)
        .containsEntry("treatment.compulsory", 0L).containsEntry("treatment.total", 1L);
    // C1's decision took effect on 1 June and C1 was admitted on 5 June: in June's figures, not in May's
    assertThat(count(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), HA_LONG).total())
        .containsEntry("treatment.compulsory", 1L).containsEntry("compulsory.decided", 1L);
    assertThat(count(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), HA_LONG).total())
        .containsEntry("treatment.compulsory", 0L).containsEntry("compulsory.decided", 0L)
        .containsEntry("registered.compulsory-commitment", 1L);
  }

  @Test
  void closedCasesAreCountedByProcedureAndOutcome() {
    IndicatorSet year = year2026();
    assertThat(year.byCommune().get(HA_LONG)).containsEntry("closed.voluntary-treatment.completed", 1L) // V1
        .containsEntry("closed.voluntary-treatment.refused", 2L) // V2 V5
        .containsEntry("closed.addiction-assessment.completed", 1L) // A1
        .containsEntry("closed.voluntary-treatment.unrecorded", 0L);
    assertThat(year.byCommune().get(BAI_CHAY)).containsEntry("closed.voluntary-treatment.transferred", 1L) // V4
        .containsEntry("closed.post-treatment-supervision.handed-over-compulsory", 1L); // S2
    long closed = year.total().entrySet().stream().filter(e -> e.getKey().startsWith("closed."))
        .mapToLong(Map.Entry::getValue).sum();
    assertThat(closed).isEqualTo(6);
  }

  @Test
  void peopleUnderManagementAndMonitoringAreCountedAtTheEndOfThePeriod() {
    assertThat(year2026().byCommune().get(HA_LONG)).containsEntry("supervision.active", 1L) // S1
        .containsEntry("monitoring.active", 1L); // V3
    assertThat(year2026().byCommune().get(BAI_CHAY)).containsEntry("supervision.active", 0L) // S2 closed 10/07
        .containsEntry("monitoring.active", 0L);
    // at the end of March S2 was still under management
    assertThat(count(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), BAI_CHAY).total())
        .containsEntry("supervision.active", 1L);
  }

  @Test
  void aRelapseIsCountedOnceWhereverItIsRecorded() {
    // S2's relapse (09/07: relapse and relapseRoute) and the compulsory case C2 opened for it (10/07, sourceCaseId
    // S2) are one relapse
    assertThat(year2026().byCommune().get(BAI_CHAY)).containsEntry("relapse", 1L);
    assertThat(year2026().byCommune().get(HA_LONG)).containsEntry("relapse", 1L); // C3, no source case
    assertThat(count(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), HA_LONG, BAI_CHAY).total())
        .containsEntry("relapse", 1L);
    assertThat(count(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), HA_LONG, BAI_CHAY).total())
        .containsEntry("relapse", 0L);
  }

  @Test
  void supportIsCountedPerPersonFromTheJsonListAndUnreadableRecordsAreShown() {
    assertThat(year2026().byCommune().get(HA_LONG)).containsEntry("support.vocational-training", 1L)
        .containsEntry("support.job-placement", 1L).containsEntry("support.counselling", 0L) // dated 2025
        .containsEntry("support.loan", 0L).containsEntry("support.unreadable", 0L);
    assertThat(year2026().byCommune().get(BAI_CHAY)).containsEntry("support.unreadable", 1L) // S2
        .containsEntry("support.vocational-training", 0L);
    assertThat(count(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31), HA_LONG).total())
        .containsEntry("support.counselling", 1L);
    // another province's support is not Quảng Ninh's
    assertThat(count(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), KON_TUM).total())
        .containsEntry("support.vocational-training", 1L).containsEntry("registered.post-treatment-supervision", 1L);
  }

  @Test
  void onTimeRatesPerStepAndAgencyCountLateOpenTasksAndRecordedBreaches() {
    IndicatorSet year = year2026();
    // Hạ Long: 29 steps done on time, C1's step open past its due date, C3's and S1's not yet due
    assertThat(year.byCommune().get(HA_LONG)).containsEntry("tasks.due", 32L).containsEntry("tasks.on-time", 29L)
        .containsEntry("tasks.late", 1L).containsEntry("tasks.pending", 2L).containsEntry("tasks.breached", 1L);
    // Bãi Cháy: V4's 7 steps (receipt late) + C2 on time, S2's step late
    assertThat(year.byCommune().get(BAI_CHAY)).containsEntry("tasks.due", 9L).containsEntry("tasks.on-time", 7L)
        .containsEntry("tasks.late", 2L).containsEntry("tasks.pending", 0L).containsEntry("tasks.breached", 2L);
    assertThat(IndicatorSet.rates(year.total()).get(IndicatorCatalog.ON_TIME_RATE)).isEqualTo(92.3); // 36 of 39

    StepTimeliness receipt = row(year, "voluntary-treatment", "Task_ReceiveDossier", "commune-reception");
    assertThat(receipt.due()).isEqualTo(3); // V1 V2 V4 (L73); V3 is L120: commune police
    assertThat(receipt.onTime()).isEqualTo(2);
    assertThat(receipt.late()).isEqualTo(1);
    assertThat(receipt.breached()).isEqualTo(1);
    assertThat(receipt.rate()).isEqualTo(66.7);
    assertThat(receipt.role()).isEqualTo("Bộ phận tiếp nhận cấp xã");
    assertThat(receipt.agency()).isEqualTo("Bộ phận tiếp nhận, UBND cấp xã");
    assertThat(row(year, "voluntary-treatment", "Task_ReceiveDossier", "commune-police").onTime()).isEqualTo(1);
    StepTimeliness prepare = row(year, "compulsory-commitment", "Task_Prepare", "commune-police");
    assertThat(List.of(prepare.due(), prepare.onTime(), prepare.late(), prepare.pending(), prepare.breached()))
        .containsExactly(3L, 1L, 1L, 1L, 1L);
    assertThat(prepare.rate()).isEqualTo(50.0);
    StepTimeliness supervise = row(year, "post-treatment-supervision", "Task_Supervise", "commune-police");
    assertThat(List.of(supervise.due(), supervise.onTime(), supervise.late(), supervise.pending()))
        .containsExactly(2L, 0L, 1L, 1L);
    assertThat(supervise.rate()).isEqualTo(0.0);
    long checks = year.timeliness().stream().filter(t -> t.stepKey().equals("Task_MonthlyCheck"))
        .mapToLong(StepTimeliness::onTime).sum();
    assertThat(checks).isEqualTo(11); // V1 ×5, V4 ×2, V4' ×3, V3 ×1
    assertThat(year.timeliness()).noneMatch(t -> t.processKey().equals("deadline-escalation"));
  }

  @Test
  void aMonthWithNoCasesCountsNothing() {
    IndicatorSet january = count(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), HA_LONG, BAI_CHAY);
    assertThat(january.total().values()).allMatch(n -> n == 0L);
    assertThat(january.timeliness()).isEmpty();
    assertThat(IndicatorSet.rates(january.total())).containsEntry(IndicatorCatalog.ON_TIME_RATE, null)
        .containsEntry(IndicatorCatalog.SUPERVISION_COVERAGE, null);
  }

  @Test
  void theReportComparesTheYearToDateWithTheTargetsAndHoldsNoPersonalData() throws Exception {
    IndicatorReport report = ReportingTesting.service().report(engine.getHistoryService(), "22",
        List.of(HA_LONG, BAI_CHAY), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 1, 1),
        Clock.at(AS_OF));
    assertThat(report.wholeProvince()).isTrue();
    assertThat(report.total()).containsEntry("registered.voluntary-treatment", 0L) // September only
        .containsEntry("registered.compulsory-commitment", 1L); // C3
    assertThat(target(report, "22", "treatment.total").actual()).isEqualTo(4.0); // January to September
    assertThat(target(report, "22", "treatment.total").percentAchieved()).isEqualTo(0.4); // 4 of 900
    assertThat(target(report, "193", "treatment.total").actual()).isEqualTo(4.0); // both wards of former Hạ Long
    assertThat(target(report, "06658", "treatment.voluntary").percentAchieved()).isEqualTo(20.0); // 2 of 10
    assertThat(target(report, "06658", "supervision.coverage").actual()).isEqualTo(100.0); // S1 for V1
    assertThat(target(report, "22", "models.clubs").actual()).isNull();
    assertThat(report.targets().demo()).isTrue();
    assertThat(report.targets().notes()).anyMatch(n -> n.contains("Phường Bãi Cháy")); // no target of its own
    String json = new ObjectMapper().writeValueAsString(report);
    assertThat(json).doesNotContain("Nguyễn", "022090", "QN-2026-9000", "GSDT", "Tổ 3");

    IndicatorReport partial = ReportingTesting.service().report(engine.getHistoryService(), "22", List.of(HA_LONG),
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1), Clock.at(AS_OF));
    assertThat(partial.wholeProvince()).isFalse();
    assertThat(partial.targets().rows()).extracting(TargetComparison::localityCode).containsOnly(HA_LONG);
    assertThat(ReportSummary.text(partial)).contains("một phần tỉnh", "Phường Hạ Long");
  }

  /** The API's year report: figures and targets both from 1 January to 31 December, counted on 25 September. */
  IndicatorReport year2026Report() {
    return ReportingTesting.service().report(engine.getHistoryService(), "22", List.of(HA_LONG, BAI_CHAY),
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1), Clock.at(AS_OF));
  }

  @Test
  void aLocalityWithNoTargetIsCountedAndNamedInTheNotes() {
    IndicatorReport report = year2026Report();
    // Bãi Cháy has no target of its own in 2026: no comparison row, yet its figures are there
    assertThat(report.targets().rows()).extracting(TargetComparison::localityCode).doesNotContain(BAI_CHAY)
        .contains(HA_LONG, "193", "22");
    assertThat(report.localities()).filteredOn(l -> l.code().equals(BAI_CHAY)).singleElement()
        .satisfies(l -> assertThat(l.figures()).containsEntry("treatment.total", 1L) // V4
            .containsEntry("treatment.voluntary", 1L).containsEntry("relapse", 1L)); // S2
    assertThat(report.targets().notes()).contains("Chưa có chỉ tiêu riêng năm 2026: Phường Bãi Cháy.");
    // the former district covers both wards: Hạ Long's 3 and Bãi Cháy's 1
    assertThat(target(report, "193", "treatment.total").actual()).isEqualTo(4.0);
  }

  /**
   * The .xlsx read back cell by cell: the seed's headings (merged as in Phụ biểu 01) and the hand-counted figures
   * of the year: Hạ Long 3 treated (C1 at the facility, V1 V3 at home), vocational training and a job for S1;
   * Bãi Cháy 1 (V4), no support; former Hạ Long and the province 4 = 1 + 3, 1 and 1.
   */
  @Test
  void theWorkbookHasTheSeedsHeadingsAndTheHandCountedFigures() throws Exception {
    byte[] xlsx = ReportXlsx.write(year2026Report());
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet("Phụ biểu 01");
      assertThat(text(sheet, "A1")).startsWith("CHỈ TIÊU CAI NGHIỆN MA TÚY, QUẢN LÝ SAU CAI NĂM 2026 – Quảng Ninh")
          .endsWith("(CHỈ TIÊU LÀ SỐ MINH HỌA)");
      assertThat(text(sheet, "A2")).startsWith("Thực hiện từ 2026-01-01 đến 2026-12-31");
      assertThat(List.of(text(sheet, "A3"), text(sheet, "B3"), text(sheet, "C3"), text(sheet, "D3"),
          text(sheet, "J3"))).containsExactly("TT", "Địa phương, đơn vị", "Mã",
          "Chỉ tiêu cai nghiện ma túy (lượt người)", "Chỉ tiêu hỗ trợ dạy nghề, tạo việc làm (người)");
      assertThat(List.of(text(sheet, "D4"), text(sheet, "F4"), text(sheet, "J4"), text(sheet, "L4")))
          .containsExactly("Tổng số", "Trong đó", "Đào tạo nghề", "Giải quyết việc làm");
      assertThat(List.of(text(sheet, "F5"), text(sheet, "H5"))).containsExactly(
          "Cai nghiện tập trung tại Cơ sở cai nghiện ma túy tỉnh", "Cai nghiện tại gia đình, cộng đồng");
      assertThat(List.of(text(sheet, "D6"), text(sheet, "E6"), text(sheet, "L6"), text(sheet, "M6")))
          .containsExactly("Chỉ tiêu", "Thực hiện", "Chỉ tiêu", "Thực hiện");
      assertThat(sheet.getMergedRegions()).extracting(CellRangeAddress::formatAsString)
          .contains("A3:A6", "B3:B6", "D3:I3", "J3:M3", "D4:E5", "F4:I4", "F5:G5", "H5:I5", "J4:K5", "L4:M5");

      // targets | done, per column: total, facility, home/community, vocational training, job placement
      assertRow(sheet, 7, "1", "Phường Hạ Long", HA_LONG, 40.0, 3.0, 30.0, 1.0, 10.0, 2.0, 4.0, 1.0, 12.0, 1.0);
      assertRow(sheet, 8, "2", "Phường Bãi Cháy", BAI_CHAY, null, 1.0, null, 0.0, null, 1.0, null, 0.0, null, 0.0);
      assertRow(sheet, 9, "3", "Thành phố Hạ Long (cấp huyện cũ)", "193",
          250.0, 4.0, 190.0, 1.0, 60.0, 3.0, 15.0, 1.0, 100.0, 1.0);
      assertRow(sheet, 10, "", "Cộng", "22", 900.0, 4.0, 750.0, 1.0, 150.0, 3.0, 360.0, 1.0, 420.0, 1.0);
      assertThat(sheet.getLastRowNum()).isEqualTo(9); // nothing after "Cộng"
    }
  }

  private static String text(Sheet sheet, String address) {
    CellReference ref = new CellReference(address);
    return sheet.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue();
  }

  /** One row (1-based, as Excel shows it): TT, name, code, then target and done of each column; null = blank. */
  private static void assertRow(Sheet sheet, int excelRow, String number, String name, String code,
      Double... figures) {
    Row row = sheet.getRow(excelRow - 1);
    assertThat(List.of(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
        row.getCell(2).getStringCellValue())).containsExactly(number, name, code);
    for (int i = 0; i < figures.length; i++) {
      Cell cell = row.getCell(3 + i);
      String where = name + ", column " + CellReference.convertNumToColString(3 + i);
      if (figures[i] == null) {
        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.BLANK);
      } else {
        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(where).isEqualTo(figures[i]);
      }
    }
  }

  private static TargetComparison target(IndicatorReport report, String locality, String indicator) {
    return report.targets().rows().stream().filter(t -> t.localityCode().equals(locality)
        && t.indicator().equals(indicator)).findFirst().orElseThrow();
  }

  private static StepTimeliness row(IndicatorSet set, String process, String step, String group) {
    return set.timeliness().stream().filter(t -> t.processKey().equals(process) && t.stepKey().equals(step)
        && t.group().equals(group)).findFirst().orElseThrow(() -> new AssertionError("no row " + step + " " + group
        + " in " + set.timeliness()));
  }

  /** Drives the seeded history through 2026 (see the class comment). */
  final class Seeder {

    void run() {
      Clock.set("2026-02-02T09:00");
      ProcessInstance s2 = ReportingTesting.seed(engine, "post-treatment-supervision", "QN-2026-900002", BAI_CHAY,
          Map.of("supportServices", "{not json"));

      Clock.set("2026-03-02T09:00");
      ProcessInstance v1 = register("022090001234", HA_LONG, "2026-03-02", true);
      receive(v1, "2026-03-02");
      approve(v1, "2026-03-02", 6);
      intake(v1, "2026-03-02");

      Clock.set("2026-03-03T09:00");
      ProcessInstance v2 = register("022090001235", HA_LONG, "2026-03-03", true);
      receive(v2, "2026-03-03");
      complete(v2, Map.of("appraisalOpinion", "Không đủ điều kiện", "appraisalRecommendation", "refuse"));
      complete(v2, Map.of("treatmentApproved", "no", "decisionNumber", "13/TB", "decisionDate", "2026-03-03",
          "refusalReason", "Không có nơi cư trú ổn định"));
      refuse(v2, "2026-03-03");

      Clock.set("2026-03-04T09:00");
      ProcessInstance v5 = register("022090001238", HA_LONG, "2026-03-04", false);
      ProcessInstance a1 = engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey("addiction-assessment").singleResult();
      complete(a1, Map.of("positiveTestAttached", true));
      complete(a1, Map.of("personReceivedDate", "2026-03-04", "medicalStaffName", "Lê Y"));
      complete(a1, Map.of("criterion1", true, "addictionAssessmentDate", "2026-03-04", "resultSent", true));
      refuse(v5, "2026-03-04");

      Clock.set("2026-03-10T09:00");
      Clock.runDueJobs(engine); // S2's step was due on 4 March: the escalation records the breach
      ReportingTesting.completeStep(engine, s2);

      Clock.set("2026-04-01T09:00");
      ProcessInstance v4 = register("022090001236", BAI_CHAY, "2026-04-01", true);
      advanceTo("2026-04-02T08:00"); // V1's first monthly check
      Clock.set("2026-04-03T09:00");
      Clock.runDueJobs(engine); // V4's receipt was due on 2 April
      receive(v4, "2026-04-03");
      approve(v4, "2026-04-03", 6);
      intake(v4, "2026-04-03");
      advanceTo("2026-05-04T08:00"); // V1 (2 May), V4 (3 May)

      Clock.set("2026-05-11T09:00");
      ReportingTesting.seed(engine, "compulsory-commitment", "QN-2026-900001", HA_LONG,
          Map.of("courtDecision", "apply", "decisionEffectiveDate", "2026-06-01", "admissionDate", "2026-06-05"));

      Clock.set("2026-06-03T08:00");
      Clock.runDueJobs(engine);
      completeChecks(Map.of(v4.getId(), Map.of("followUpOutcome", "moved", "newCommuneCode", HA_LONG,
          "residenceChangeNoticeDate", "2026-06-03")));
      complete(v4, Map.of("newCommuneCode", HA_LONG, "newResidenceAddress", "Tổ 1, Phường Hạ Long"));
      Clock.runDueJobs(engine);
      ProcessInstance continued = engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey("voluntary-treatment").variableValueEquals("continuedFromCaseId", v4.getBusinessKey())
          .singleResult();
      complete(continued, Map.of("continuationDecisionNumber", "20/TN", "transferAcceptedDate", "2026-06-03"));

      advanceTo("2026-07-03T08:00"); // V1 (2 July), V4' (3 July)
      Clock.set("2026-07-09T09:00");
      engine.getRuntimeService().setVariables(s2.getId(), Map.of("relapse", true, "relapseRoute", "compulsory"));
      Clock.set("2026-07-10T09:00");
      ReportingTesting.close(engine, s2, "handed-over-compulsory");
      ProcessInstance c2 = ReportingTesting.seed(engine, "compulsory-commitment", "QN-2026-900003", BAI_CHAY,
          Map.of("compulsoryGround", "relapse-during-supervision", "sourceCaseId", "QN-2026-900002"));
      ReportingTesting.completeStep(engine, c2);

      advanceTo("2026-08-03T08:00"); // V1 (2 August), V4' (3 August)
      Clock.set("2026-08-03T09:00");
      Map<String, Object> l120 = new HashMap<>(person("022090001237", HA_LONG));
      ProcessInstance v3 = start(l120, "2026-08-03", true);
      receive(v3, "2026-08-03");
      approve(v3, "2026-08-03", 24);
      complete(v3, Map.of("monitoringDecided", "yes", "monitoringDecisionNumber", "01/QĐ-CAX",
          "monitoringReason", "Theo quy định"));
      complete(v3, Map.of("deviceId", "GSDT-0001", "deviceFittedDate", "2026-08-03"));
      intake(v3, "2026-08-03");

      advanceTo("2026-09-02T09:00"); // V1's term ends: certify the completion, hand over to supervision
      complete(v1, Map.of("certificateNumber", "05/GXN", "certificateDate", "2026-09-02", "copiesSent", true));
      Clock.runDueJobs(engine);
      ProcessInstance s1 = engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey("post-treatment-supervision").variableValueEquals("sourceCaseId", v1.getBusinessKey())
          .singleResult();
      engine.getRuntimeService().setVariable(s1.getId(), "supportServices", "[{\"type\":\"vocational-training\","
          + "\"date\":\"2026-09-10\"},{\"type\":\"job-placement\",\"date\":\"2026-09-20\"},"
          + "{\"type\":\"counselling\",\"date\":\"2025-12-20\"}]");
      advanceTo("2026-09-03T08:00"); // V4' and V3 (3 September)

      Clock.set("2026-09-21T09:00");
      ReportingTesting.seed(engine, "compulsory-commitment", "QN-2026-900004", HA_LONG,
          Map.of("compulsoryGround", "relapse-during-supervision"));

      Clock.set("2026-05-05T09:00"); // another province, seeded apart
      ReportingTesting.seed(engine, "post-treatment-supervision", "QNG-2026-900005", KON_TUM,
          Map.of("supportServices", "[{\"type\":\"vocational-training\",\"date\":\"2026-06-01\"}]"));
      Clock.set(AS_OF);
    }

    private Map<String, Object> person(String citizenId, String commune) {
      Map<String, Object> v = new HashMap<>(CaseData.adult());
      v.put("citizenId", citizenId);
      v.put("communeCode", commune);
      return v;
    }

    private ProcessInstance register(String citizenId, String commune, String day, boolean addicted) {
      return start(person(citizenId, commune), day, addicted);
    }

    private ProcessInstance start(Map<String, Object> person, String day, boolean addicted) {
      return engine.getRuntimeService().startProcessInstanceByKey("voluntary-treatment",
          CaseData.voluntaryRegistration(person, day, addicted));
    }

    private void receive(ProcessInstance pi, String day) {
      complete(pi, Map.of("dossierReceivedDate", day, "registrationFormAttached", true, "dossierComplete", "yes"));
    }

    private void approve(ProcessInstance pi, String day, long months) {
      complete(pi, Map.of("appraisalOpinion", "Hồ sơ hợp lệ", "appraisalRecommendation", "approve"));
      complete(pi, Map.of("treatmentApproved", "yes", "decisionNumber", "12/QĐ-UBND", "decisionDate", day,
          "treatmentSetting", "home", "treatmentMonths", months, "providerName", "Trạm y tế phường"));
    }

    private void intake(ProcessInstance pi, String day) {
      complete(pi, Map.of("treatmentStarted", "yes", "intakeDate", day, "commitmentSigned", true,
          "treatmentPlan", "Giai đoạn 1: cắt cơn; giai đoạn 2: tư vấn"));
    }

    private void refuse(ProcessInstance pi, String day) {
      complete(pi, Map.of("refusalReason", "Không thuộc đối tượng", "refusalNoticeDate", day,
          "refusalNoticeMethod", "in-person"));
    }

    /** Moves the clock, runs what became due and does every monthly check that opened, on the day. */
    private void advanceTo(String when) {
      Clock.set(when);
      Clock.runDueJobs(engine);
      completeChecks(Map.of());
    }

    private void completeChecks(Map<String, Map<String, Object>> outcomes) {
      String today = ClockUtil.getCurrentTime().toInstant().atZone(Clock.HANOI).toLocalDate().toString();
      for (Task t : engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_MonthlyCheck").list()) {
        Map<String, Object> v = new HashMap<>(outcomes.getOrDefault(t.getProcessInstanceId(),
            Map.of("followUpOutcome", "continuing")));
        v.put("checkDate", today);
        engine.getTaskService().complete(t.getId(), v);
      }
      Clock.runDueJobs(engine);
    }

    private Task task(ProcessInstance pi) {
      return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    private void complete(ProcessInstance pi, Map<String, Object> variables) {
      engine.getTaskService().complete(task(pi).getId(), variables);
    }
  }
}
