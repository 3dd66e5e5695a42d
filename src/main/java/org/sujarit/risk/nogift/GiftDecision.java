package org.sujarit.risk.nogift;

/** What was done with a gift received: returned, kept as the NACC rules allow, or handed to the organization. */
public enum GiftDecision {
  RETURNED, KEPT_UNDER_RULES, HANDED_TO_ORGANIZATION, NOT_APPLICABLE;

  public String messageKey() {
    return "gift.decision." + name();
  }
}
