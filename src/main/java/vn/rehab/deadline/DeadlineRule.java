package vn.rehab.deadline;

import vn.rehab.calendar.DeadlineUnit;

/**
 * One row of the deadline table (procedures.md §0): the time limit of a step under a legal regime, counted from
 * the event held in a case variable.
 *
 * @param step the step id, procedure-qualified ({@code voluntary.2.3})
 * @param regime {@code L73}, {@code L120} or {@code *} for both
 * @param from the case variable holding the event's date or instant
 * @param provision the legal source, shown to officers and supervisors
 * @param confidence {@code confirmed}, {@code reported} or {@code default} (our default where no number was found)
 */
public record DeadlineRule(String step, String regime, int amount, DeadlineUnit unit, String from, String provision,
    String confidence) {}
