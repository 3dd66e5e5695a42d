package org.sujarit.monitoring;

/**
 * The review of a progress record: the unit saves a DRAFT and submits it; the planner accepts it or
 * returns it with a comment; a returned record is corrected and submitted again.
 */
public enum ReviewStatus {
  DRAFT, SUBMITTED, RETURNED, ACCEPTED;

  /** Submitted or accepted: the record counts in the figures and the reports. */
  public boolean reported() {
    return this == SUBMITTED || this == ACCEPTED;
  }

  public String messageKey() {
    return "monitoring.review." + name();
  }
}
