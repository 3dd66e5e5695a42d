package org.sujarit.oversight.figures;

import java.math.BigDecimal;

/**
 * The figure set of a group of organizations (a province, the country, or one organization) for a
 * cycle and fiscal year: plans by status and on time, items and planned budget, both rounds, complaints, risks and ITA evidence.
 */
public record Figures(int organizations, int noPlan, int draft, int approved, int published, int onTime, long items,
    BigDecimal budget, RoundFigures halfYear, RoundFigures fullYear, IntegrityFigures integrity) {

  public static final Figures EMPTY = new Figures(0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, RoundFigures.EMPTY, RoundFigures.EMPTY,
      IntegrityFigures.EMPTY);

  /** The figures of two disjoint groups together (the country from its provinces). */
  public Figures plus(Figures o) {
    return new Figures(organizations + o.organizations, noPlan + o.noPlan, draft + o.draft, approved + o.approved,
        published + o.published, onTime + o.onTime, items + o.items, budget.add(o.budget), halfYear.plus(o.halfYear),
        fullYear.plus(o.fullYear), integrity.plus(o.integrity));
  }

  public int inForce() {
    return approved + published;
  }

  /** Percent of organizations with a plan in force, one decimal. */
  public BigDecimal inForceShare() {
    return RoundFigures.share(BigDecimal.valueOf(inForce()), BigDecimal.valueOf(organizations));
  }

  /** Percent of organizations whose risk assessment of the year is approved. */
  public BigDecimal riskApprovedShare() {
    return RoundFigures.share(BigDecimal.valueOf(integrity.riskApproved()), BigDecimal.valueOf(organizations));
  }

  /** Percent of organizations whose No Gift announcement of the year is signed and public. */
  public BigDecimal noGiftAnnouncedShare() {
    return RoundFigures.share(BigDecimal.valueOf(integrity.noGiftAnnounced()), BigDecimal.valueOf(organizations));
  }

  /** Percent of organizations with a plan in force approved on time. */
  public BigDecimal onTimeShare() {
    return RoundFigures.share(BigDecimal.valueOf(onTime), BigDecimal.valueOf(organizations));
  }
}
