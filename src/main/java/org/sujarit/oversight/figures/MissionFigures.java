package org.sujarit.oversight.figures;

import java.math.BigDecimal;

/** Items and planned budget of one mission of the framework in a fiscal year, over a group of organizations. */
public record MissionFigures(String missionCode, long items, BigDecimal budget) {

  public int dimension() {
    return Integer.parseInt(missionCode.substring(0, missionCode.indexOf('.') < 0 ? missionCode.length() : missionCode.indexOf('.')));
  }
}
