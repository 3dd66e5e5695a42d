package org.sujarit.risk;

/** Step 2: a risk's status by traffic light, green (low) to red (very high). */
public enum TrafficLight {
  GREEN, YELLOW, ORANGE, RED;

  /** NACC rates with the matrix the risks that are orange or red. */
  public boolean needsRating() {
    return this == ORANGE || this == RED;
  }

  public String messageKey() {
    return "risk.light." + name();
  }
}
