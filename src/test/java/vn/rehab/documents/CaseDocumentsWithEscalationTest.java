package vn.rehab.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import vn.rehab.calendar.VietnamTime;
import vn.rehab.escalation.EscalationListener;
import vn.rehab.escalation.EscalationParseListener;
import vn.rehab.platform.PlatformTest;

/**
 * A breached step opens an escalation case under the same case number; the case's documents must still be those
 * of the procedure's own instance: uploaded there, listed and opened from there, never attached to the escalation.
 */
@PlatformTest
class CaseDocumentsWithEscalationTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  TestRestTemplate rest;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void documentsStayOnTheProcedureWhenAnEscalationSharesTheCaseNumber() {
    String today = LocalDate.now(VietnamTime.ZONE).toString();
    Map<String, Object> start = new HashMap<>(Map.of("fullName", "Đỗ Văn Tài", "dateOfBirth", "1983-02-11",
        "sex", "male", "citizenId", "022083004411", "provinceCode", "22", "communeCode", "06658",
        "dossierStartDate", today, "compulsoryGround", "not-registered", "groundDetectedDate", today));
    start.putAll(Map.of("violationEvidence", "Không đăng ký cai nghiện", "violationRecordNumber", "31/BB-CAX",
        "violationRecordDate", today, "noStableResidence", false, "addicted", true, "firstTreatment", true,
        "addictionAssessmentDate", today));
    ProcessInstance procedure = engine.getRuntimeService().startProcessInstanceByKey("compulsory-commitment", start);
    String caseId = procedure.getBusinessKey();

    // the first step's limit passes: its escalation case opens with the same case number
    Job escalationTimer = engine.getManagementService().createJobQuery().processInstanceId(procedure.getId()).list()
        .stream().filter(j -> ((JobEntity) j).getJobHandlerConfigurationRaw()
            .contains(EscalationParseListener.ESCALATION_LISTENER_ID))
        .findFirst().orElseThrow();
    ClockUtil.setCurrentTime(new Date(escalationTimer.getDuedate().getTime() + 60_000));
    engine.getManagementService().executeJob(escalationTimer.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId)
        .processDefinitionKey(EscalationListener.ESCALATION_PROCESS_KEY).count()).isEqualTo(1);

    LinkedMultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
    upload.add("type", "violation-record");
    upload.add("file", new ByteArrayResource("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)) {
      @Override
      public String getFilename() {
        return "bien-ban.pdf";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    var stored = rest.withBasicAuth("halong-police", "demo").postForEntity("/api/cases/" + caseId + "/documents",
        new HttpEntity<>(upload, headers), String.class);
    assertThat(stored.getStatusCode()).as(stored.getBody()).isEqualTo(HttpStatus.OK);

    var listed = rest.withBasicAuth("halong-police", "demo").getForEntity("/api/cases/" + caseId + "/documents",
        String.class);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(listed.getBody()).contains("doc_violation_record");
    assertThat(engine.getRuntimeService().getVariable(procedure.getId(), "doc_violation_record")).isNotNull();
    String escalation = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId)
        .processDefinitionKey(EscalationListener.ESCALATION_PROCESS_KEY).singleResult().getId();
    assertThat(engine.getRuntimeService().getVariables(escalation)).doesNotContainKey("doc_violation_record");
  }
}
