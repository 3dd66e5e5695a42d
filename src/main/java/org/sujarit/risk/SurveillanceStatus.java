package org.sujarit.risk;

/**
 * Step 6: green, nothing in the risk's range happened; yellow, it happened and the prepared measures
 * solved it in time; red, it happened and is not solved, more measures are needed.
 */
public enum SurveillanceStatus {
  GREEN, YELLOW, RED;

  public String messageKey() {
    return "risk.surveillance." + name();
  }
}
