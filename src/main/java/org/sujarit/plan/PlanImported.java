package org.sujarit.plan;

import java.util.List;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.organization.OrganizationId;

/**
 * A new plan was made from an interchange document (an imported file, the API, demo data), with the
 * Part 1 risk rows read from it, so that they can become the first year's draft risk assessment.
 * {@code read}: the risks as the document gave them (area, factor, light, scores, control quality…),
 * each named control paired with the new plan's item of that name.
 */
public record PlanImported(PlanId planId, OrganizationId organizationId, int firstYear, List<Introduction.RiskRow> risks, String by,
    List<ImportedRisk> read) {
  public PlanImported {
    risks = risks == null ? List.of() : List.copyOf(risks);
    read = read == null ? List.of() : List.copyOf(read);
  }

  public PlanImported(PlanId planId, OrganizationId organizationId, int firstYear, List<Introduction.RiskRow> risks, String by) {
    this(planId, organizationId, firstYear, risks, by, List.of());
  }

  /** A risk read from the document and its controls, in the document's order. */
  public record ImportedRisk(PlanInterchange.Risk risk, List<Control> controls) {
    public ImportedRisk {
      controls = controls == null ? List.of() : List.copyOf(controls);
    }
  }

  /** A control as named; {@code item}: the plan's item of that name, null when no item has it (a measure in words). */
  public record Control(String name, PlanItemId item) {}
}
