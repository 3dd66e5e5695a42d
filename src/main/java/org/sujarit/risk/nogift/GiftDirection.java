package org.sujarit.risk.nogift;

/** A gift a member received, or one the organization or a member gave. */
public enum GiftDirection {
  RECEIVED, GIVEN;

  public String messageKey() {
    return "gift.direction." + name();
  }
}
