package org.sujarit.oversight;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What an oversight view shows for a cycle and fiscal year: the total, the rows below it (provinces of
 * the country, or organizations of a province), missions, and when the read model was last refreshed.
 *
 * @param province null for the country
 */
public record Summary(String cycle, int fiscalYear, Province province, Figures total, List<ProvinceFigures> provinces,
    List<MissionFigures> missions, Instant asOf) {

  /** The largest planned budget of a mission: the full length of the missions' bars. */
  public BigDecimal largestMissionBudget() {
    return missions.stream().map(MissionFigures::budget).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
  }

  public record ProvinceFigures(Province province, Figures figures) {}
}
