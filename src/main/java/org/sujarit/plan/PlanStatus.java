package org.sujarit.plan;

import org.sujarit.common.RuleViolation;

/** Where a plan version stands. Only a DRAFT changes; an approved plan changes through a new version. */
public enum PlanStatus {
  DRAFT, SUBMITTED, APPROVED, PUBLISHED;

  public boolean editable() {
    return this == DRAFT;
  }

  /** Approved or published: in force, amended only through a new version. */
  public boolean inForce() {
    return this == APPROVED || this == PUBLISHED;
  }

  public String messageKey() {
    return "plan.status." + name();
  }

  /** The state as a message argument, shown by its name in the reader's language. */
  RuleViolation.Term term() {
    return new RuleViolation.Term(messageKey());
  }
}
