package org.sujarit.complaint;

/**
 * Which cases the officers' list shows: all, those awaiting their answer, or of those the ones due soon
 * (within {@link Deadline#DEFAULT}'s warning days) or overdue, which are ordered by due date.
 */
public enum CaseFilter {
  ALL, AWAITING, DUE_SOON, OVERDUE;

  public boolean byDueDate() {
    return this == DUE_SOON || this == OVERDUE;
  }
}
