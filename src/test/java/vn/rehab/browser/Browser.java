package vn.rehab.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium, driven through Debian's chromedriver (a tool's own browser download fails on
 * these machines). The browser runs in Vietnam's time zone, as officers' browsers do. Every step saves a
 * screenshot under target/browser-screenshots/, on success and on failure, for a reviewer to look at.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final Path SHOTS = Path.of("target", "browser-screenshots");

  final WebDriver driver;
  private final WebDriverWait wait;
  private int shot;
  private final String prefix;

  private Browser(WebDriver driver, String prefix) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    this.prefix = prefix;
  }

  /**
   * Skips the test where Chromium is not installed (a developer's machine), and fails instead under CI=true:
   * .ci/run installs it, so a skip there would hide a broken step.
   */
  static void requireChromium() {
    boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    if (!present) {
      String message = "Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
          + "): apt-get install chromium chromium-driver";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message + " — required under CI=true");
      }
      Assumptions.abort(message);
    }
  }

  static Browser open(String prefix) throws IOException {
    Files.createDirectories(SHOTS);
    Path profile = Files.createTempDirectory("rehab-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1400,1000", "--lang=vi", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
        .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh")).usingAnyFreePort().build();
    // Headless Chromium formats dates as en-US whatever --lang says: the worst case for day-first dates, which
    // rehab-ui.js must turn into dd/mm/yyyy in Camunda Forms (typeDate checks it on every date typed).
    return new Browser(new ChromeDriver(service, options), prefix);
  }

  void go(String url) {
    driver.get(url);
  }

  /**
   * Opens a task in Tasklist with a full page load. A hash-only change of the URL races with what Tasklist still
   * does after the previous action (after a start or a completion it refreshes the list and selects a task of its
   * own choosing), which once dropped the opened task while its form was being filled. A fresh page has nothing
   * pending; the session cookie keeps the user logged in.
   */
  void openTask(String baseUrl, String taskId) {
    driver.get("about:blank");
    driver.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
  }

  WebElement await(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void awaitText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /**
   * Tasklist's notifications ("claimed", "saved") float over the form's buttons for a few seconds: a click they
   * intercept is repeated after closing them, as an officer would.
   */
  void click(By by) {
    for (int attempt = 1; ; attempt++) {
      try {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        screenshot("missing");
        throw new AssertionError("Not clickable: " + by + pageSays(), e);
      } catch (org.openqa.selenium.ElementClickInterceptedException e) {
        if (attempt == 3) {
          throw e;
        }
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
            "document.querySelectorAll('[uib-alert] .close, [uib-alert] button').forEach(b => b.click());");
        try {
          Thread.sleep(500);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /**
   * Opens Tasklist's "Mở hồ sơ mới" dialog and chooses a procedure, until its start form shows. The dialog's list
   * is drawn again when the definitions arrive, and once a click landed on the list it replaced (the form never
   * came); an officer would click again, and so does this, at most three times.
   */
  void startProcess(String processName) {
    click(By.cssSelector(".start-process-action a"));
    By startButton = By.cssSelector("button[ng-click='startProcessInstance()']");
    for (int attempt = 1; ; attempt++) {
      click(By.partialLinkText(processName));
      try {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(startButton));
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          screenshot("start-form-missing");
          throw new AssertionError("The start form of " + processName + " did not show" + pageSays(), e);
        }
      }
    }
  }

  void type(By by, String text) {
    WebElement input = await(by);
    input.clear();
    input.sendKeys(text);
  }

  /** A form-js input by its field key's id suffix (ids are {@code fjs-form-<random>-Field_<Key>}). */
  static By field(String idSuffix) {
    return By.cssSelector("[id$='-" + idSuffix + "']");
  }

  /**
   * A date typed as a Vietnamese officer types it, day first. form-js takes the order of day and month from the
   * browser's locale (Intl), en-US in this browser; rehab-ui.js makes it Vietnamese, so the field must ask for
   * dd/mm/yyyy, and a form that asked for mm/dd/yyyy would fail here instead of storing 11 March for 3 November.
   */
  void typeDate(String fieldId, String isoDate) {
    String[] p = isoDate.split("-");
    WebElement input = await(field(fieldId + "-date"));
    Assertions.assertEquals("dd/mm/yyyy", input.getDomAttribute("placeholder"), "date format shown for " + fieldId);
    input.clear();
    input.sendKeys(p[2] + "/" + p[1] + "/" + p[0]);
    input.sendKeys(org.openqa.selenium.Keys.TAB);
  }

  void choose(String fieldId, String optionLabel) {
    click(field(fieldId + "-display"));
    click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + optionLabel + "']"));
  }

  /** Where the browser is and what the page shows (shortened): CI keeps only the console, not the screenshots. */
  private String pageSays() {
    String page = bodyText();
    return " on " + driver.getCurrentUrl() + "; the page says: " + page.substring(0, Math.min(page.length(), 1500));
  }

  String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  void screenshot(String step) {
    try {
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(SHOTS.resolve(String.format("%s-%02d-%s.png", prefix, ++shot, step)), png);
    } catch (IOException | RuntimeException e) {
      // a missing screenshot must not hide the test's own result
    }
  }

  void login(String baseUrl, String app, String user) {
    go(baseUrl + "/camunda/app/" + app + "/default/");
    type(By.cssSelector("input[ng-model='username']"), user);
    type(By.cssSelector("input[type='password']"), "demo");
    click(By.cssSelector("button[type='submit']"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[ng-click='logout()']")));
  }

  void logout() {
    driver.manage().deleteAllCookies();
  }

  /** The last state of the page is always kept, so a failed step leaves its picture too. */
  @Override
  public void close() {
    screenshot("last");
    driver.quit();
  }
}
