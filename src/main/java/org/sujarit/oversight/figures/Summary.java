package org.sujarit.oversight.figures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What an oversight view shows for a cycle and fiscal year: the total, the rows below it (provinces of
 * the country, or organizations of a province), missions, and how current the figures are.
 *
 * @param province null for the country
 */
public record Summary(String cycle, int fiscalYear, Province province, Figures total, List<ProvinceFigures> provinces,
    List<MissionFigures> missions, Freshness freshness) {

  /**
   * @param asOf every change saved before this time is in the figures: the time of the oldest change still
   *     waiting for the read model, or the time of the query when none waits; null before the first rebuild
   * @param pending changes (event publications to oversight) not yet in the figures, failed ones included
   * @param rebuiltAt when the read model was last rebuilt whole; null before the first rebuild
   */
  public record Freshness(Instant asOf, int pending, Instant rebuiltAt) {}

  /** The largest planned budget of a mission: the full length of the missions' bars. */
  public BigDecimal largestMissionBudget() {
    return missions.stream().map(MissionFigures::budget).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
  }

  public record ProvinceFigures(Province province, Figures figures) {}
}
