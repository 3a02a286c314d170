package vn.rehab.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Two officers completing the same task: one wins; the other is told in Vietnamese that the task is done
 * already (4xx), whether they came second or at the same instant, and the step is completed once.
 */
@PlatformTest
class TaskCompletionRaceTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  @Test
  void aSecondCompletionGetsAClearMessage() {
    String taskId = openTask();
    Rest police = Rest.as(http, "halong-police");
    assertThat(complete(police, taskId).getStatusCode().value()).isIn(200, 204);
    ResponseEntity<String> again = complete(police, taskId);
    assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(404);
    assertThat(again.getBody()).contains("đã được hoàn thành");
  }

  @Test
  void simultaneousCompletionsCompleteTheTaskOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        String taskId = openTask();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          answers.add(pool.submit(() -> {
            go.await();
            return complete(Rest.as(http, "halong-police"), taskId);
          }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (Future<ResponseEntity<String>> f : answers) {
          ResponseEntity<String> answer = f.get();
          statuses.add(answer.getStatusCode().value());
          bodies.add(answer.getBody());
          if (answer.getStatusCode().is4xxClientError()) {
            assertThat(answer.getBody()).contains("đã được hoàn thành");
          }
        }
        assertThat(statuses).as("round %d", round).filteredOn(s -> s < 300).hasSize(1);
        assertThat(statuses).as("round %d: %s", round, bodies).allMatch(s -> s < 300 || (s >= 400 && s < 500));
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished().count())
            .isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private String openTask() {
    TestCases.deploy(engine);
    String instanceId = engine.getRuntimeService().startProcessInstanceByKey(TestCases.KEY,
        TestCases.person(TestCases.HALONG)).getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getId();
  }

  private static ResponseEntity<String> complete(Rest officer, String taskId) {
    return officer.send(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
        Rest.variables(Map.of("appraisalResult", "accepted")));
  }
}
