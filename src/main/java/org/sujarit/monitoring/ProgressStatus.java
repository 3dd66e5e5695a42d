package org.sujarit.monitoring;

/** Where an item stands in a round, as the reports list it. Cancelled and postponed items need a reason. */
public enum ProgressStatus {
  NOT_STARTED, IN_PROGRESS, DONE, CANCELLED, POSTPONED;

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
