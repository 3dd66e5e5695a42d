package org.sujarit.oversight.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One round of a fiscal year over a set of organizations: how many had to report it (a plan in
 * force), handed it in (on time), had it accepted, acknowledged, are overdue; items done and budget
 * spent against what was planned.
 */
public record RoundFigures(int expected, int reported, int reportedOnTime, int accepted, int acknowledged, int overdue,
    long items, long done, BigDecimal planned, BigDecimal spent) {

  static final RoundFigures EMPTY = new RoundFigures(0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

  public RoundFigures plus(RoundFigures o) {
    return new RoundFigures(expected + o.expected, reported + o.reported, reportedOnTime + o.reportedOnTime, accepted + o.accepted,
        acknowledged + o.acknowledged, overdue + o.overdue, items + o.items, done + o.done, planned.add(o.planned), spent.add(o.spent));
  }

  /** Percent of items done, one decimal; null when there are no items. */
  public BigDecimal doneShare() {
    return share(BigDecimal.valueOf(done), BigDecimal.valueOf(items));
  }

  /** Percent of the planned budget spent, one decimal; null when nothing was planned. */
  public BigDecimal spentShare() {
    return share(spent, planned);
  }

  static BigDecimal share(BigDecimal part, BigDecimal whole) {
    if (whole == null || whole.signum() == 0) return null;
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
  }
}
