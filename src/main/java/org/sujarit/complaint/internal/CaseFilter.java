package org.sujarit.complaint.internal;

/**
 * Which cases the officers' list shows: all (newest first), those awaiting their answer, or of those the
 * ones due soon (within {@link org.sujarit.complaint.Deadline#DEFAULT}'s warning days) or overdue; the
 * awaiting ones are ordered by due date, the most pressing first.
 */
public enum CaseFilter {
  ALL, AWAITING, DUE_SOON, OVERDUE;

  public boolean byDueDate() {
    return this != ALL;
  }
}
