package vn.rehab.reporting;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** The hand-counted report figures ({@link ReportIndicatorsCases}) on the tests' in-memory H2 database. */
class ReportIndicatorsTest extends ReportIndicatorsCases {

  @Override
  boolean useDatabase(ProcessEngineConfigurationImpl configuration) {
    return true; // TestEngines configures a fresh in-memory H2 database already
  }
}
