package org.sujarit.risk;

/** A draft changes; once the executive approves it, steps 1–5 are fixed and only surveillance and status reports follow. */
public enum AssessmentStatus {
  DRAFT, APPROVED;

  public String messageKey() {
    return "risk.status." + name();
  }
}
