package org.sujarit.complaint;

import java.time.LocalDate;
import org.sujarit.common.RuleViolation;

/**
 * The organization's handling time: the complainant has an answer within {@code days} calendar days of
 * receipt (15 unless the organization sets another; holidays are not skipped). A case is due soon from
 * {@code warningDays} before its due date.
 */
public record Deadline(int days, int warningDays) {
  public static final int DEFAULT_DAYS = 15;
  public static final int MAX_DAYS = 90;
  public static final Deadline DEFAULT = new Deadline(DEFAULT_DAYS, 3);

  public enum State { ON_TIME, DUE_SOON, OVERDUE, MET, MISSED }

  public Deadline {
    if (days < 1 || days > MAX_DAYS) throw RuleViolation.field("deadlineDays", "complaint.deadline.invalid", 1, MAX_DAYS);
    if (warningDays < 0 || warningDays >= days) warningDays = Math.min(3, days - 1);
  }

  public static Deadline ofDays(int days) {
    return new Deadline(days, Math.min(3, days - 1));
  }

  public LocalDate dueOn(LocalDate receivedOn) {
    return receivedOn.plusDays(days);
  }

  /** An open case is on time, due soon or overdue today; a finished one met or missed its due date. */
  public static State state(LocalDate dueOn, LocalDate finishedOn, LocalDate today, int warningDays) {
    if (finishedOn != null) return finishedOn.isAfter(dueOn) ? State.MISSED : State.MET;
    if (today.isAfter(dueOn)) return State.OVERDUE;
    if (!today.isBefore(dueOn.minusDays(warningDays))) return State.DUE_SOON;
    return State.ON_TIME;
  }
}
