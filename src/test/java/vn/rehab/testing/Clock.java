package vn.rehab.testing;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** Moves the engine clock (Hanoi time) and runs what became due, as the job executor would. */
public final class Clock {

  public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  private Clock() {}

  public static void set(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(HANOI).toInstant()));
  }

  public static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(HANOI).toInstant());
  }

  /** Executes every job due now, repeatedly, until none is left (bounded, to catch a runaway loop). */
  public static int runDueJobs(ProcessEngine engine) {
    int executed = 0;
    for (int round = 0; round < 50; round++) {
      var due = engine.getManagementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        // an earlier job of this round may have removed it (a boundary timer ends a task and its deadline timers)
        if (engine.getManagementService().createJobQuery().jobId(job.getId()).count() == 0) {
          continue;
        }
        engine.getManagementService().executeJob(job.getId());
        executed++;
      }
    }
    throw new IllegalStateException("Jobs keep becoming due: a timer loop?");
  }
}
