package vn.rehab.escalation;

import java.util.Date;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import vn.rehab.calendar.Deadlines;
import vn.rehab.calendar.WorkingDayCalendar;

/**
 * The real deadline functions, with a hook for the race test: while a barrier is armed, {@code workingDaysAfter}
 * (which the escalation case's supervisor task calls for its due date, inside the escalation transaction) waits
 * until every racing thread has reached the same point, so that they all run the escalation before any commits.
 */
final class BlockingDeadlines extends Deadlines {

  private volatile CyclicBarrier barrier;

  BlockingDeadlines(WorkingDayCalendar calendar) {
    super(calendar);
  }

  void arm(CyclicBarrier barrier) {
    this.barrier = barrier;
  }

  @Override
  public Date workingDaysAfter(Object start, int n) {
    CyclicBarrier b = barrier;
    if (b != null) {
      try {
        b.await(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException("racing threads did not meet", e);
      }
    }
    return super.workingDaysAfter(start, n);
  }
}
