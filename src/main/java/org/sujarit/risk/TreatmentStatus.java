package org.sujarit.risk;

/** Step 9: where carrying out the risk management plan stands for one risk. */
public enum TreatmentStatus {
  NOT_STARTED, IN_PROGRESS, DONE;

  public String messageKey() {
    return "risk.treatment." + name();
  }
}
