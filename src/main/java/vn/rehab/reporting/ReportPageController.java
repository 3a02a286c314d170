package vn.rehab.reporting;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The report page {@code /reports/}: one static HTML file (classpath {@code reporting/web/index.html}) that asks
 * {@code /api/reports/*} with the browser's credentials (the browser prompts for HTTP Basic) and draws the figures
 * against the targets. The page holds no data of its own.
 */
@Controller
public class ReportPageController {

  static final String PAGE = "reporting/web/index.html";

  @GetMapping("/reports")
  public String slash() {
    return "redirect:/reports/";
  }

  @GetMapping({"/reports/", "/reports/index.html"})
  public ResponseEntity<Resource> page() {
    return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache()).body(new ClassPathResource(PAGE));
  }
}
