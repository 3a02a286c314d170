package vn.rehab.escalation;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** Time and job helpers for the escalation tests: Hanoi wall-clock times and a hand-driven job executor. */
final class EscalationTesting {

  static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  private EscalationTesting() {}

  /** An instant given as Hanoi wall-clock time. */
  static Date hanoi(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, second, 0, HANOI).toInstant());
  }

  static Date hanoi(int year, int month, int day, int hour, int minute) {
    return hanoi(year, month, day, hour, minute, 0);
  }

  static void clockAt(Date now) {
    ClockUtil.setCurrentTime(now);
  }

  /**
   * What the job executor would do at the engine's current time: executes every due job, again and again until
   * none is due (a job may create another), and returns how many it executed.
   */
  static int executeDueJobs(ProcessEngine engine) {
    int executed = 0;
    for (int round = 0; round < 10; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        executed++;
      }
    }
    throw new AssertionError("jobs keep becoming due: a timer loops");
  }
}
