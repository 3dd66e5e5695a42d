package org.sujarit.plan.part1;

import java.util.Optional;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.OrganizationId;

/**
 * Port: the risk assessment Part 1 shows, implemented by the risk module so that the plan never
 * depends on it. Callers have checked that the user may read the organization.
 */
public interface Part1Risks {

  /**
   * The organization's assessment of {@code year} as Part 1 rows; empty when there is none (or, with
   * {@code approvedOnly}, when it is still a draft).
   */
  Optional<Part1RiskTable> assessment(OrganizationId org, FiscalYear year, boolean approvedOnly);
}
