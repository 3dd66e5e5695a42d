package org.sujarit.risk;

/** Step 1: a known factor has happened or has a history; an unknown one is foreseen without one. */
public enum RiskFactor {
  KNOWN, UNKNOWN;

  public String messageKey() {
    return "risk.factor." + name();
  }
}
