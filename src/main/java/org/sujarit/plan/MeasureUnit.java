package org.sujarit.plan;

/** The unit of a goal's or an indicator's target value. */
public enum MeasureUnit {
  PERCENT, SCORE, COUNT, PEOPLE, TIMES, OTHER;

  public static MeasureUnit parse(String code) {
    if (code == null || code.isBlank()) return OTHER;
    try {
      return valueOf(code.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      return OTHER;
    }
  }

  public String messageKey() {
    return "unit." + name();
  }
}
