package org.sujarit.risk;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.sujarit.common.FiscalYear;
import org.sujarit.plan.PlanImported;

/**
 * An imported plan's Part 1 risk rows become the draft assessment of its first year (when the
 * organization has none for that year), so that the assessment is Part 1's source from the start.
 */
@Component
class ImportedRisks {
  private final RiskAssessments assessments;

  ImportedRisks(RiskAssessments assessments) {
    this.assessments = assessments;
  }

  @ApplicationModuleListener
  void on(PlanImported event) {
    assessments.draftFromRows(event.organizationId(), FiscalYear.of(event.firstYear()), event.risks(), event.by(), "from-import");
  }
}
