package vn.rehab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;

/**
 * Everything this application changes in the engine, in one place, usable by the Spring Boot application and by
 * engine-only tests alike: the escalation parse listener, commune tenants, admin groups, history time to live
 * enforcement and the id patterns our role ids need (they contain hyphens).
 */
public class RehabEnginePlugin implements ProcessEnginePlugin {

  private final List<BpmnParseListener> parseListeners;
  private final Map<Object, Object> beansForEngineOnlyUse;

  /**
   * @param beansForEngineOnlyUse beans for expressions when no Spring context resolves them (engine-only tests);
   *     {@code null} under Spring
   */
  public RehabEnginePlugin(List<BpmnParseListener> parseListeners, Map<Object, Object> beansForEngineOnlyUse) {
    this.parseListeners = parseListeners;
    this.beansForEngineOnlyUse = beansForEngineOnlyUse;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> post = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    post.addAll(parseListeners);
    configuration.setCustomPostBPMNParseListeners(post);
    configuration.setTenantIdProvider(new LocalityTenantIdProvider());
    List<String> adminGroups = configuration.getAdminGroups() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getAdminGroups());
    if (!adminGroups.contains("admin")) {
      adminGroups.add("admin");
    }
    configuration.setAdminGroups(adminGroups);
    // Personal data must not be kept forever: a model without a history time to live is refused.
    configuration.setEnforceHistoryTimeToLive(true);
    configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9_-]+|camunda-admin");
    configuration.setUserResourceWhitelistPattern("[a-zA-Z0-9_-]+");
    configuration.setTenantResourceWhitelistPattern("[a-zA-Z0-9_-]+");
    configuration.setJavaSerializationFormatEnabled(false);
    if (beansForEngineOnlyUse != null) {
      configuration.setBeans(beansForEngineOnlyUse);
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
  }
}
