package vn.rehab.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import vn.rehab.engine.EngineChecks;
import vn.rehab.forms.FormRegistry;
import vn.rehab.forms.FormValidator;
import vn.rehab.forms.InvalidInputException;
import vn.rehab.forms.Violation;
import vn.rehab.identity.Locality;
import vn.rehab.identity.LocalityDirectory;

/**
 * Opens a case (bean {@code caseOpening}, a start listener of every case process): checks the start data again on
 * the server, refuses a second open case of the same procedure for the same citizen id, checks that the officer
 * works for the commune the case belongs to, then gives the case its number (the business key and
 * {@code caseId}) and fixes its legal regime. Any refusal throws before anything is stored, so no half-started
 * case remains. A case called from another (e.g. the addiction determination) keeps the caller's number.
 */
public class CaseOpeningListener implements ExecutionListener {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final FormRegistry forms;
  private final FormValidator validator;
  private final LocalityDirectory localities;
  private final CaseNumbers caseNumbers;
  private final LegalRegimes regimes;

  public CaseOpeningListener(FormRegistry forms, FormValidator validator, LocalityDirectory localities,
      CaseNumbers caseNumbers, LegalRegimes regimes) {
    this.forms = forms;
    this.validator = validator;
    this.localities = localities;
    this.caseNumbers = caseNumbers;
    this.regimes = regimes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getSuperExecution() != null) {
      inheritFromCaller(execution);
      return;
    }
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
    Map<String, Object> values = execution.getVariables();
    List<Violation> violations = new ArrayList<>();
    String formId = startFormOf(execution);
    forms.form(formId).ifPresent(form -> violations.addAll(validator.validate(form, values, today)));
    Locality commune = checkLocality(execution, values, violations);
    if (violations.isEmpty()) {
      checkNoOpenCase(execution, (String) values.get("citizenId"), violations);
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    String caseId = caseNumbers.next(commune.provinceAbbreviation(), today.getYear());
    execution.setProcessBusinessKey(caseId);
    execution.setVariable("caseId", caseId);
    // A case continued at another commune keeps the regime it started under (L120 Art. 56); a new case, even
    // one handed over from another procedure, runs under the regime in force today.
    if (execution.getVariable("continuedFromCaseId") == null || execution.getVariable("legalRegime") == null) {
      execution.setVariable("legalRegime", regimes.on(today));
    }
    execution.setVariable("caseOpenedAt", ClockUtil.getCurrentTime());
  }

  private void inheritFromCaller(DelegateExecution execution) {
    DelegateExecution caller = execution.getSuperExecution();
    String caseId = caller.getProcessBusinessKey();
    execution.setProcessBusinessKey(caseId);
    execution.setVariable("caseId", caseId);
    if (!execution.hasVariable("legalRegime") && caller.hasVariable("legalRegime")) {
      execution.setVariable("legalRegime", caller.getVariable("legalRegime"));
    }
  }

  private Locality checkLocality(DelegateExecution execution, Map<String, Object> values, List<Violation> out) {
    Object code = values.get("communeCode");
    Locality commune = code instanceof String s ? localities.commune(s).orElse(null) : null;
    if (commune == null) {
      out.add(new Violation("communeCode", "Mã xã/phường nơi cư trú không có trong danh mục địa bàn của hệ thống."));
      return null;
    }
    Object province = values.get("provinceCode");
    if (province != null && !commune.provinceCode().equals(province)) {
      out.add(new Violation("provinceCode", "Mã tỉnh không khớp với xã/phường đã chọn (" + commune.displayName() + ")."));
    }
    if (province == null) {
      execution.setVariable("provinceCode", commune.provinceCode());
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null && user.getTenantIds() != null && !user.getTenantIds().contains(commune.tenantId())) {
      out.add(new Violation("communeCode", "Anh/chị chỉ được mở hồ sơ cho người cư trú tại địa bàn mình phụ trách."));
    }
    return commune;
  }

  private void checkNoOpenCase(DelegateExecution execution, String citizenId, List<Violation> out) {
    if (citizenId == null) {
      return;
    }
    String processKey = processKeyOf(execution);
    Object continued = execution.getVariable("continuedFromCaseId");
    String existing = EngineChecks.withoutChecks(() -> execution.getProcessEngineServices().getRuntimeService()
        .createProcessInstanceQuery().processDefinitionKey(processKey).variableValueEquals("citizenId", citizenId)
        .list().stream().map(p -> p.getBusinessKey()).filter(k -> k != null && !k.equals(continued)).findFirst()
        .orElse(null));
    if (existing != null) {
      out.add(new Violation("citizenId", "Người có số định danh này đang có hồ sơ cùng thủ tục chưa kết thúc (mã hồ sơ "
          + existing + "). Không mở hồ sơ thứ hai; hãy tiếp tục hồ sơ đang có."));
    }
  }

  /**
   * The form of the start event this instance started at: a start from Tasklist or REST has the registration
   * form; a hand-over by message has none (its data was checked in the case that sent it).
   */
  private static String startFormOf(DelegateExecution execution) {
    String startId = execution.getCurrentActivityId();
    var element = startId == null ? null : execution.getBpmnModelInstance().getModelElementById(startId);
    return element instanceof StartEvent start ? start.getCamundaFormRef() : null;
  }

  /**
   * The key of the process this instance runs: the process element around its start event. Not parsed from the
   * definition id: an id of "key:version:uuid" longer than 64 characters is a bare UUID (as for
   * post-treatment-supervision under the UUID id generator of the Spring Boot starter).
   */
  private static String processKeyOf(DelegateExecution execution) {
    ModelElementInstance element = execution.getBpmnModelElementInstance();
    while (element != null && !(element instanceof Process)) {
      element = element.getParentElement();
    }
    if (element == null) {
      throw new IllegalStateException("No process element around activity " + execution.getCurrentActivityId());
    }
    return ((Process) element).getId();
  }
}
