package vn.rehab.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import vn.rehab.testing.Clock;
import vn.rehab.testing.TestEngines;

/**
 * The report API and page over an engine with a few cases in three communes of two provinces: bad input is a 400
 * with a Vietnamese message, a user sees the figures of their own communes only (403 outside them), and the
 * spreadsheet has the seed's layout. The user is set as the Basic authentication filter sets it; the engine checks
 * authorizations, as the application's does.
 */
class ReportsControllerTest {

  static ProcessEngine engine;
  static MockMvc mvc;

  @BeforeAll
  static void seed() {
    // authorizations on, as in the application: province-authority holds no history permission, yet sees its figures
    var configuration = TestEngines.configuration(TestEngines.standardBeans(new vn.rehab.testing.RecordingNotifier()));
    configuration.setAuthorizationEnabled(true);
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addClasspathResource("reporting/seed-procedures.bpmn")
        .addClasspathResource("processes/common/deadline-escalation.bpmn").deploy();
    Clock.set("2026-03-10T09:00");
    ReportingTesting.seed(engine, "post-treatment-supervision", "QN-2026-000011", "06658", Map.of());
    ReportingTesting.seed(engine, "post-treatment-supervision", "QN-2026-000012", "06658", Map.of());
    ReportingTesting.seed(engine, "post-treatment-supervision", "QN-2026-000013", "06700", Map.of());
    ReportingTesting.seed(engine, "compulsory-commitment", "QN-2026-000014", "06700",
        Map.of("courtDecision", "apply", "decisionEffectiveDate", "2026-03-20", "admissionDate", "2026-03-25"));
    ReportingTesting.seed(engine, "post-treatment-supervision", "QNG-2026-000015", "23281", Map.of());
    ClockUtil.reset();
    mvc = MockMvcBuilders.standaloneSetup(new ReportsController(engine, ReportingTesting.LOCALITIES,
        ReportingTesting.service(), List.of("admin", "province-authority", "province-supervisor",
            "commune-supervisor")), new ReportPageController()).build();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @AfterEach
  void logout() {
    engine.getIdentityService().clearAuthentication();
  }

  private static void as(String user, String group, String... tenants) {
    engine.getIdentityService().setAuthentication(user, List.of(group), List.of(tenants));
  }

  private static ResultActions call(String query) throws Exception {
    return mvc.perform(get("/api/reports/indicators?" + query));
  }

  private static void refused(String query, int status, String message) throws Exception {
    call(query).andExpect(status().is(status)).andExpect(jsonPath("$.message").value(
        org.hamcrest.Matchers.containsString(message)));
  }

  @Test
  void badInputIsA400InVietnamese() throws Exception {
    as("qn-supervisor", "province-supervisor", "06658", "06700");
    refused("from=2026-01-01&to=2026-12-31", 400, "Thiếu tham số province");
    refused("province=99&from=2026-01-01&to=2026-12-31", 400, "Không có tỉnh mã \"99\"");
    refused("province=22&to=2026-12-31", 400, "Thiếu tham số from");
    refused("province=22&from=2026-13-01&to=2026-12-31", 400, "không hợp lệ: dùng dạng yyyy-MM-dd");
    refused("province=22&from=2026-12-31&to=2026-01-01", 400, "phải trước hoặc trùng ngày to");
    refused("province=22&from=2025-01-01&to=2026-12-31", 400, "tối đa 366 ngày");
    refused("province=22&from=1999-01-01&to=1999-12-31", 400, "2000–2200");
    refused("province=22&from=2026-01-01&to=2026-12-31&year=2026", 400, "Tham số không được hỗ trợ: \"year\"");
    refused("province=22&province=51&from=2026-01-01&to=2026-12-31", 400, "chỉ được có một giá trị");
    refused("province=22&from=2026-01-01&to=2026-12-31&format=pdf", 400, "json, csv hoặc xlsx");
    refused("province=22&from=2026-01-01&to=2026-12-31&commune=23281", 400, "không thuộc tỉnh Quảng Ninh");
  }

  @Test
  void aUserSeesOnlyTheCommunesOfTheirTenants() throws Exception {
    as("halong-supervisor", "commune-supervisor", "06658");
    call("province=22&from=2026-01-01&to=2026-12-31").andExpect(status().isOk())
        .andExpect(jsonPath("$.wholeProvince").value(false))
        .andExpect(jsonPath("$.communes.length()").value(1))
        .andExpect(jsonPath("$.communes[0].code").value("06658"))
        .andExpect(jsonPath("$.total['registered.post-treatment-supervision']").value(2))
        .andExpect(jsonPath("$.total['registered.compulsory-commitment']").value(0))
        // the province's and the former district's targets are not compared with a part of them
        .andExpect(jsonPath("$.targets.rows[*].localityCode").value(org.hamcrest.Matchers.everyItem(
            org.hamcrest.Matchers.is("06658"))));
    refused("province=22&from=2026-01-01&to=2026-12-31&commune=06700", 403, "không phụ trách xã, phường này");
    refused("province=51&from=2026-01-01&to=2026-12-31", 403, "không phụ trách xã, phường nào của tỉnh Quảng Ngãi");

    as("qn-supervisor", "province-supervisor", "06658", "06700");
    call("province=22&from=2026-01-01&to=2026-12-31").andExpect(status().isOk())
        .andExpect(jsonPath("$.wholeProvince").value(true))
        .andExpect(jsonPath("$.total['registered.post-treatment-supervision']").value(3)) // not Quảng Ngãi's
        .andExpect(jsonPath("$.total['treatment.compulsory']").value(1))
        .andExpect(jsonPath("$.localities[1].figures['registered.post-treatment-supervision']").value(1))
        .andExpect(jsonPath("$.targets.year").value(2026))
        .andExpect(jsonPath("$.targets.demo").value(true));
    call("province=22&from=2026-01-01&to=2026-12-31&commune=06700").andExpect(status().isOk())
        .andExpect(jsonPath("$.total['registered.post-treatment-supervision']").value(1));
    mvc.perform(get("/api/reports/provinces")).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].code").value("22"))
        .andExpect(jsonPath("$[0].communes.length()").value(2));

    as("qng-supervisor", "province-supervisor", "23281");
    call("province=51&from=2026-01-01&to=2026-12-31").andExpect(status().isOk())
        .andExpect(jsonPath("$.total['registered.post-treatment-supervision']").value(1))
        .andExpect(jsonPath("$.targets.notes[0]").value(org.hamcrest.Matchers.containsString(
            "Chưa có chỉ tiêu năm 2026")));
  }

  @Test
  void onlyReportViewersAndAuthenticatedUsersAreAnswered() throws Exception {
    refused("province=22&from=2026-01-01&to=2026-12-31", 401, "Cần đăng nhập");
    as("qn-court", "court", "06658", "06700");
    refused("province=22&from=2026-01-01&to=2026-12-31", 403, "Chỉ lãnh đạo, cơ quan quản lý");
  }

  @Test
  void theSpreadsheetFollowsTheSeedsTable() throws Exception {
    as("qn-authority", "province-authority", "06658", "06700");
    byte[] csv = call("province=22&from=2026-01-01&to=2026-12-31&format=csv").andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv")).andReturn().getResponse().getContentAsByteArray();
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF\"CHỈ TIÊU CAI NGHIỆN MA TÚY, QUẢN LÝ SAU CAI NĂM 2026 – Quảng Ninh "
        + "(CHỈ TIÊU LÀ SỐ MINH HỌA)\"");
    List<String> lines = text.lines().toList();
    assertThat(lines.get(2)).startsWith("TT,\"Địa phương, đơn vị\",Mã,Tổng số – Chỉ tiêu,Tổng số – Thực hiện,");
    assertThat(lines).anyMatch(l -> l.startsWith("1,Phường Hạ Long,06658,40,0,30,0,10,0,4,0,12,0"));
    assertThat(lines).anyMatch(l -> l.startsWith("2,Phường Bãi Cháy,06700,,1,,1,,0,"));
    assertThat(lines).anyMatch(l -> l.startsWith("3,Thành phố Hạ Long (cấp huyện cũ),193,250,1,190,1,60,0"));
    assertThat(lines.get(lines.size() - 1)).startsWith(",Cộng,22,900,1,750,1,150,0,360,0,420,0");
  }

  @Test
  void theWorkbookIsDownloadedWithTheFiguresOfTheUsersCommunes() throws Exception {
    as("halong-supervisor", "commune-supervisor", "06658");
    var response = call("province=22&from=2026-01-01&to=2026-12-31&format=xlsx").andExpect(status().isOk())
        .andExpect(content().contentType(ReportsController.XLSX))
        .andExpect(header().string("Content-Disposition",
            "attachment; filename=\"bao-cao-chi-tieu-22-2026-01-01-2026-12-31.xlsx\""))
        .andReturn().getResponse();
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(response.getContentAsByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      // only Hạ Long (the user's commune) and "Cộng" over it; no province or district target against a part
      assertThat(sheet.getRow(ReportXlsx.FIRST_DATA_ROW).getCell(2).getStringCellValue()).isEqualTo("06658");
      assertThat(sheet.getRow(ReportXlsx.FIRST_DATA_ROW).getCell(3).getNumericCellValue()).isEqualTo(40.0);
      assertThat(sheet.getRow(ReportXlsx.FIRST_DATA_ROW + 1).getCell(1).getStringCellValue()).isEqualTo("Cộng");
      assertThat(sheet.getLastRowNum()).isEqualTo(ReportXlsx.FIRST_DATA_ROW + 1);
    }
  }

  @Test
  void thePageIsServedAndNeedsNoLogin() throws Exception {
    mvc.perform(get("/reports")).andExpect(redirectedUrl("/reports/"));
    String html = mvc.perform(get("/reports/")).andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/html")).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("Báo cáo công tác cai nghiện ma túy", "../api/reports/", "So với chỉ tiêu năm",
        "Tải bảng tính Excel (Phụ biểu 01)", "download(\"xlsx\")");
    // the page names the WebJar's version: it must be the one on the classpath (pom.xml), or the charts are gone
    String library = chartLibrary(html);
    assertThat(library).startsWith("../webjars/chart.js/");
    assertThat(new ClassPathResource("META-INF/resources/" + library.substring(3)).exists()).as(library).isTrue();
  }

  /** The chart library's path as the page loads it (relative to /reports/). */
  static String chartLibrary(String html) {
    Matcher script = Pattern.compile("<script src=\"([^\"]+)\"").matcher(html);
    assertThat(script.find()).as("the page loads a script").isTrue();
    return script.group(1);
  }
}
