package vn.rehab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report page in the browser: a province supervisor logged in to Cockpit opens /reports/ (the API accepts the
 * webapp session), the chart library loads from the application's WebJar, and each indicator with a target gets a
 * drawn chart of target and achievement per locality, with the figures also in text.
 */
class ReportPageBrowserTest extends BrowserTestBase {

  /** The seed's Phụ biểu 01 columns: counted in the system, so every one has a chart. */
  static final List<String> SEED_COLUMNS = List.of("treatment.total", "treatment.compulsory", "treatment.voluntary",
      "support.vocational-training", "support.job-placement");

  @Test
  void theSupervisorSeesAChartPerIndicatorAgainstItsTarget() throws Exception {
    try (Browser b = Browser.open("6-report-page")) {
      b.login(base(), "cockpit", "qn-supervisor");
      b.go(base() + "/reports/");
      b.awaitText(By.id("report"), "So với chỉ tiêu năm");
      // the year with (demo) targets, whatever day the machine thinks it is
      JavascriptExecutor js = (JavascriptExecutor) b.driver;
      js.executeScript("document.getElementById('from').value = '2026-01-01';"
          + "document.getElementById('to').value = '2026-12-31';");
      b.click(By.cssSelector("#query button[type='submit']"));
      b.awaitText(By.id("report"), "So với chỉ tiêu năm 2026");
      assertThat(js.executeScript("return typeof window.Chart === 'function' && window.Chart.version")).as(
          "Chart.js loaded from /webjars/").asString().startsWith("4.");

      List<WebElement> charts = b.driver.findElements(By.cssSelector(".chart[data-indicator]"));
      assertThat(charts).extracting(c -> c.getAttribute("data-indicator")).containsAll(SEED_COLUMNS)
          .doesNotHaveDuplicates();
      // drawn: every canvas has a Chart.js chart with the two series and a painted size
      new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js.executeScript(
          "return [...document.querySelectorAll('.chart canvas')].every(c => {"
              + " const chart = window.Chart.getChart(c);"
              + " return chart && chart.data.datasets.length === 2 && c.width > 0 && c.height > 0; });")));
      assertThat(js.executeScript("return Chart.getChart(document.querySelector(\"[data-indicator='treatment.total'] "
          + "canvas\")).data.datasets.map(d => d.label).join('|')")).isEqualTo("Chỉ tiêu|Thực hiện");
      assertThat(b.driver.findElements(By.cssSelector(".chart canvas"))).hasSameSizeAs(charts);
      // the figures are also text: the table of targets lists the province's row
      assertThat(b.bodyText()).contains("Tổng số lượt người cai nghiện", "Tỉnh Quảng Ninh");
      js.executeScript("document.querySelector('.charts').scrollIntoView()");
      b.screenshot("charts-against-targets");
    }
  }
}
