package org.sujarit.risk;

/**
 * Step 3: a risk's likelihood (NACC: surveillance necessity) and impact, the level the matrix gives
 * them, and the matrix and its version that gave it, so a score keeps its meaning when matrices change.
 */
public record RiskScore(String matrixId, int matrixVersion, int likelihood, int impact, String level) {

  /** The NACC "ค่าความเสี่ยงรวม": likelihood × impact. */
  public int value() {
    return likelihood * impact;
  }
}
