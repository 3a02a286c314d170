package vn.rehab.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.rehab.engine.EngineChecks;
import vn.rehab.identity.Locality;
import vn.rehab.identity.LocalityDirectory;

/**
 * The report figures for supervisors: {@code GET /api/reports/indicators?province=22&from=2026-01-01&to=2026-12-31}
 * (JSON; {@code &format=csv} or {@code &format=xlsx}: the seed's table as a spreadsheet; {@code &commune=06658}: one commune), and
 * {@code GET /api/reports/provinces} (what the user may ask for). Behind HTTP Basic ({@code /api/*}). A user sees
 * only the communes of their own tenants: the history is counted for exactly those communes (the engine's tenant
 * and authorization checks are replaced by this explicit scope, since {@code province-authority} holds no history
 * permission of its own). Every bad input is a 400 with a Vietnamese message.
 */
@RestController
@RequestMapping("/api/reports")
public class ReportsController {

  private static final Logger LOG = LoggerFactory.getLogger(ReportsController.class);
  static final Set<String> PARAMETERS = Set.of("province", "from", "to", "commune", "format");
  static final int MAX_DAYS = 366;
  static final Set<String> FORMATS = Set.of("json", "csv", "xlsx");
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ProcessEngine engine;
  private final LocalityDirectory localities;
  private final ReportService reports;
  private final Set<String> viewerGroups;

  public ReportsController(ProcessEngine engine, LocalityDirectory localities, ReportService reports,
      @Value("${rehab.reporting.viewer-groups:admin,camunda-admin,province-authority,province-supervisor,"
          + "commune-supervisor,commune-chairman,commune-police}") List<String> viewerGroups) {
    this.engine = engine;
    this.localities = localities;
    this.reports = reports;
    this.viewerGroups = Set.copyOf(viewerGroups);
  }

  /** The provinces and communes the user may see figures of. */
  @GetMapping("/provinces")
  public List<ProvinceView> provinces() {
    Authentication user = viewer();
    Map<String, ProvinceView> provinces = new LinkedHashMap<>();
    for (Locality l : localities.all()) {
      if (user.getTenantIds() != null && user.getTenantIds().contains(l.tenantId())) {
        provinces.computeIfAbsent(l.provinceCode(), p -> new ProvinceView(p, l.provinceName(), new ArrayList<>()))
            .communes().add(new IndicatorReport.Place(l.communeCode(), l.communeName()));
      }
    }
    return List.copyOf(provinces.values());
  }

  /** A province the user may see, with the communes of it they work for. */
  public record ProvinceView(String code, String name, List<IndicatorReport.Place> communes) {}

  @GetMapping("/indicators")
  public ResponseEntity<?> indicators(@RequestParam MultiValueMap<String, String> parameters) {
    Authentication user = viewer();
    for (String name : parameters.keySet()) {
      if (!PARAMETERS.contains(name)) {
        throw bad("Tham số không được hỗ trợ: \"" + shorten(name) + "\". Dùng: province, from, to, commune, format.",
            "Unknown parameter");
      }
    }
    String province = single(parameters, "province");
    if (province == null || province.isBlank()) {
      throw bad("Thiếu tham số province (mã tỉnh, ví dụ 22).", "Province missing");
    }
    List<Locality> communes = localities.inProvince(province.trim());
    if (communes.isEmpty()) {
      throw bad("Không có tỉnh mã \"" + shorten(province) + "\" trong danh mục địa bàn của hệ thống.",
          "Unknown province");
    }
    LocalDate from = date(parameters, "from", "ngày đầu kỳ");
    LocalDate to = date(parameters, "to", "ngày cuối kỳ");
    if (to.isBefore(from)) {
      throw bad("Ngày from (" + from + ") phải trước hoặc trùng ngày to (" + to + ").", "from after to");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
      throw bad("Khoảng thời gian tối đa " + MAX_DAYS + " ngày (một năm); hãy chia nhỏ khoảng from – to.",
          "Range too long");
    }
    String format = single(parameters, "format");
    if (format != null && !FORMATS.contains(format)) {
      throw bad("Tham số format chỉ nhận json, csv hoặc xlsx.", "Unknown format");
    }
    String commune = single(parameters, "commune");
    if (commune != null && communes.stream().noneMatch(c -> c.communeCode().equals(commune))) {
      throw bad("Xã, phường mã \"" + shorten(commune) + "\" không thuộc tỉnh " + communes.get(0).provinceName() + ".",
          "Commune outside province");
    }
    List<String> scope = communes.stream().map(Locality::communeCode)
        .filter(c -> commune == null || c.equals(commune))
        .filter(c -> user.getTenantIds() != null && user.getTenantIds().contains(c)).toList();
    if (scope.isEmpty()) {
      throw new ReportRequestException(HttpStatus.FORBIDDEN, "Anh/chị không phụ trách "
          + (commune == null ? "xã, phường nào của tỉnh " + communes.get(0).provinceName() : "xã, phường này")
          + " nên không xem được số liệu.", "No tenant of the user in the scope");
    }
    IndicatorReport report = compute(province.trim(), scope, from, to);
    LOG.debug("Report {} {}..{} for {} communes of {}", province, from, to, scope.size(), user.getUserId());
    if ("csv".equals(format)) {
      return download(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
          fileName(province, from, to, "csv"), ReportCsv.write(report));
    }
    if ("xlsx".equals(format)) {
      return download(XLSX, fileName(province, from, to, "xlsx"), ReportXlsx.write(report));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
  }

  /** ASCII file name ("bao cao chi tieu"): browsers and mail gateways mangle Vietnamese letters in headers. */
  static String fileName(String province, LocalDate from, LocalDate to, String extension) {
    return "bao-cao-chi-tieu-" + province.trim() + "-" + from + "-" + to + "." + extension;
  }

  private static ResponseEntity<byte[]> download(MediaType type, String fileName, byte[] body) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(body);
  }

  private IndicatorReport compute(String province, List<String> scope, LocalDate from, LocalDate to) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> EngineChecks.withoutChecks(() ->
        reports.report(engine.getHistoryService(), province, scope, from, to, from, ClockUtil.getCurrentTime())));
  }

  private Authentication viewer() {
    Authentication user = engine.getIdentityService().getCurrentAuthentication();
    if (user == null) {
      throw new ReportRequestException(HttpStatus.UNAUTHORIZED, "Cần đăng nhập (HTTP Basic) để xem báo cáo.",
          "Not authenticated");
    }
    if (user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(viewerGroups::contains)) {
      throw new ReportRequestException(HttpStatus.FORBIDDEN, "Chỉ lãnh đạo, cơ quan quản lý và cán bộ được phân "
          + "công báo cáo mới xem được số liệu báo cáo.", "User holds no report viewer group");
    }
    return user;
  }

  @ExceptionHandler(ReportRequestException.class)
  public ResponseEntity<Map<String, String>> refused(ReportRequestException e) {
    LOG.debug("Report request refused: {}", e.logMessage());
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }

  private static LocalDate date(MultiValueMap<String, String> parameters, String name, String meaning) {
    String text = single(parameters, name);
    if (text == null || text.isBlank()) {
      throw bad("Thiếu tham số " + name + " (" + meaning + ", dạng yyyy-MM-dd).", name + " missing");
    }
    try {
      LocalDate day = LocalDate.parse(text.trim());
      if (day.getYear() < 2000 || day.getYear() > 2200) {
        throw bad("Ngày " + name + " phải trong các năm 2000–2200.", name + " out of range");
      }
      return day;
    } catch (DateTimeParseException e) {
      throw bad("Ngày " + name + " \"" + shorten(text) + "\" không hợp lệ: dùng dạng yyyy-MM-dd, ví dụ 2026-01-31.",
          "Bad date " + name);
    }
  }

  private static String single(MultiValueMap<String, String> parameters, String name) {
    List<String> values = parameters.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw bad("Tham số " + name + " chỉ được có một giá trị.", "Repeated parameter " + name);
    }
    return values.get(0);
  }

  private static String shorten(String text) {
    return text.length() > 30 ? text.substring(0, 30) + "…" : text;
  }

  private static ReportRequestException bad(String vietnamese, String english) {
    return new ReportRequestException(HttpStatus.BAD_REQUEST, vietnamese, english);
  }

  /** A refused request: the status, a Vietnamese message for the user and an English one for the log. */
  static final class ReportRequestException extends RuntimeException {
    private final HttpStatus status;
    private final String logMessage;

    ReportRequestException(HttpStatus status, String vietnamese, String english) {
      super(vietnamese);
      this.status = status;
      this.logMessage = english;
    }

    HttpStatus status() {
      return status;
    }

    String logMessage() {
      return logMessage;
    }
  }
}
