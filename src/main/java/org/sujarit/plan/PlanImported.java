package org.sujarit.plan;

import java.util.List;
import org.sujarit.organization.OrganizationId;

/**
 * A new plan was made from an interchange document (an imported file, the API, demo data), with the
 * Part 1 risk rows read from it, so that they can become the first year's draft risk assessment.
 */
public record PlanImported(PlanId planId, OrganizationId organizationId, int firstYear, List<Introduction.RiskRow> risks, String by) {
  public PlanImported {
    risks = risks == null ? List.of() : List.copyOf(risks);
  }
}
