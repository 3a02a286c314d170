package vn.rehab.reporting;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** The hand-counted report figures ({@link ReportIndicatorsCases}) on the tests' in-memory H2 database. */
class ReportIndicatorsTest extends ReportIndicatorsCases {

  @Override
  void useDatabase(ProcessEngineConfigurationImpl configuration) {
    // TestEngines configures a fresh in-memory H2 database already
  }
}
