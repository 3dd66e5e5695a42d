package org.sujarit.monitoring;

/**
 * Where an item stands in a round, in the order the reports and charts list it. Cancelled and
 * postponed items need a reason.
 */
public enum ProgressStatus {
  DONE, IN_PROGRESS, NOT_STARTED, POSTPONED, CANCELLED;

  public boolean needsReason() {
    return this == CANCELLED || this == POSTPONED;
  }

  /** Nothing more is expected of the item this year: it cannot be overdue. */
  public boolean settled() {
    return this == DONE || this == CANCELLED || this == POSTPONED;
  }

  public String messageKey() {
    return "monitoring.status." + name();
  }
}
