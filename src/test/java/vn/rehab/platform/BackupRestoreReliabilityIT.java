package vn.rehab.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.rehab.testing.AppNode;
import vn.rehab.testing.PostgresDatabase;
import vn.rehab.testing.ReliabilityFigures;
import vn.rehab.testing.SqlCounts;

/**
 * The backup of docs/reliability.md, taken while a case is half-way (its first task open, deadline timers
 * waiting), restored into a new database, on which a new node picks the case up and works on: the open step is
 * completed there, the case goes on with its next steps, and the restored timers are all still waiting.
 */
class BackupRestoreReliabilityIT {

  static final String ADMIN_PASSWORD = "Kiem-thu-sao-luu-" + UUID.randomUUID();

  @Test
  void aCaseDumpedMidwayIsCompletedOnTheRestoredDatabase() throws Exception {
    PostgresDatabase original = PostgresDatabase.create("rehab_backup");
    PostgresDatabase restored = PostgresDatabase.create("rehab_restored");
    original.assumeAvailable();
    Path dump = ReliabilityFigures.DIRECTORY.resolve("backup-" + original.name() + ".dump");
    Map<String, Object> figures = new LinkedHashMap<>();
    try {
      String caseId;
      String taskId;
      try (AppNode node = AppNode.start("backup", original.url(), ADMIN_PASSWORD, Map.of())
          .awaitHealthy(Duration.ofMinutes(3))) {
        NodeCases cases = new NodeCases(node.base(), ADMIN_PASSWORD);
        caseId = cases.open();
        assertThat(caseId).isNotNull();
        taskId = cases.openTask(caseId);
        assertThat(taskId).isNotNull();
        // Online backup: the node keeps running while pg_dump reads one consistent snapshot.
        run("pg_dump", "-h", PostgresDatabase.HOST, "-p", PostgresDatabase.PORT, "-U", PostgresDatabase.USER,
            "-Fc", "-f", dump.toString(), original.name());
      }
      run("pg_restore", "-h", PostgresDatabase.HOST, "-p", PostgresDatabase.PORT, "-U", PostgresDatabase.USER,
          "--no-owner", "-d", restored.name(), dump.toString());
      SqlCounts sql = new SqlCounts(restored.name());
      long timers = sql.count("select count(*) from act_ru_job j join act_ru_task t on t.id_ = ? "
          + "and j.process_instance_id_ = t.proc_inst_id_", taskId);
      figures.put("timersOfTheOpenStepRestored", timers);
      try (AppNode node = AppNode.start("restored", restored.url(), ADMIN_PASSWORD, Map.of())
          .awaitHealthy(Duration.ofMinutes(3))) {
        NodeCases cases = new NodeCases(node.base(), ADMIN_PASSWORD);
        assertThat(cases.openTask(caseId)).as("the open step of %s after restore", caseId).isEqualTo(taskId);
        assertThat(cases.complete(taskId)).isIn(200, 204);
        String next = cases.openTask(caseId);
        figures.put("caseId", caseId);
        figures.put("stepCompletedAfterRestore", true);
        figures.put("nextStepOpened", next != null);
        assertThat(sql.count("select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null", taskId))
            .isEqualTo(1);
        assertThat(next).as("the case goes on after the restored step").isNotNull().isNotEqualTo(taskId);
      }
      assertThat(timers).as("the step's reminder and escalation timers came back with the dump").isGreaterThanOrEqualTo(2);
    } finally {
      ReliabilityFigures.write("backup-restore", figures);
      original.drop();
      restored.drop();
      java.nio.file.Files.deleteIfExists(dump);
    }
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(List.of(command)).inheritIO().start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command[0]).isTrue();
    assertThat(p.exitValue()).as("%s exit code", command[0]).isZero();
  }
}
