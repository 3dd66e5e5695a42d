package org.sujarit.oversight.figures;

import java.math.BigDecimal;
import java.util.function.Function;

/** The figures a map can be shaded by and a table sorted by: a percentage of a {@link Figures}. */
public enum Figure {
  PLAN_IN_FORCE(Figures::inForceShare),
  PLAN_ON_TIME(Figures::onTimeShare),
  HALF_YEAR_REPORTED(f -> RoundFigures.share(BigDecimal.valueOf(f.halfYear().reported()), BigDecimal.valueOf(f.halfYear().expected()))),
  FULL_YEAR_REPORTED(f -> RoundFigures.share(BigDecimal.valueOf(f.fullYear().reported()), BigDecimal.valueOf(f.fullYear().expected()))),
  FULL_YEAR_ACKNOWLEDGED(f -> RoundFigures.share(BigDecimal.valueOf(f.fullYear().acknowledged()), BigDecimal.valueOf(f.fullYear().expected()))),
  ITEMS_DONE(f -> f.fullYear().doneShare()),
  BUDGET_SPENT(f -> f.fullYear().spentShare()),
  COMPLAINTS_FINISHED(f -> f.integrity().complaintsFinishedShare()),
  RISK_APPROVED(Figures::riskApprovedShare),
  ITA_READY(f -> f.integrity().itaReadyShare()),
  NOGIFT_ANNOUNCED(Figures::noGiftAnnouncedShare);

  private final Function<Figures, BigDecimal> value;

  Figure(Function<Figures, BigDecimal> value) {
    this.value = value;
  }

  /** Percent, one decimal; null when the figure has no base (e.g. no plan in force). */
  public BigDecimal of(Figures f) {
    return value.apply(f);
  }

  public String messageKey() {
    return "oversight.figure." + name();
  }

  public static Figure parse(String name) {
    if (name == null || name.isBlank()) return PLAN_IN_FORCE;
    try {
      return valueOf(name);
    } catch (IllegalArgumentException e) {
      return PLAN_IN_FORCE;
    }
  }
}
