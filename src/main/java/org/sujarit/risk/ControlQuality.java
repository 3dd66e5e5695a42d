package org.sujarit.risk;

/** Step 4: how well the existing controls manage the risk (ดี / พอใช้ / อ่อน). */
public enum ControlQuality {
  GOOD, FAIR, WEAK;

  public String messageKey() {
    return "risk.control." + name();
  }
}
