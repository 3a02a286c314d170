package vn.rehab.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.rehab.platform.PlatformTest;

/**
 * What every browser test needs: the application on its port (the shared platform test context), its engine
 * for setting up and checking cases, a REST client for the "not over REST either" checks, Chromium or a clear
 * skip, and the engine clock put back after tests that move it.
 */
@PlatformTest
abstract class BrowserTestBase {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate rest;

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  String base() {
    return "http://localhost:" + port;
  }
}
