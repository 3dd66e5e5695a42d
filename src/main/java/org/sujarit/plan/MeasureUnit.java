package org.sujarit.plan;

import org.sujarit.common.Codes;

/** The unit of a goal's or an indicator's target value. */
public enum MeasureUnit {
  PERCENT, SCORE, COUNT, PEOPLE, TIMES, OTHER;

  public static MeasureUnit parse(String code) {
    return Codes.parse(MeasureUnit.class, code, OTHER);
  }

  public String messageKey() {
    return "unit." + name();
  }
}
