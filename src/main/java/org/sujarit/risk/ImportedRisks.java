package org.sujarit.risk;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.sujarit.common.FiscalYear;
import org.sujarit.plan.PlanImported;

/**
 * An imported plan's Part 1 risk forms become the draft assessment of its first year (when the
 * organization has none for that year), so that the assessment is Part 1's source from the start:
 * the risks as read (an event of an older sender without them: the plan's risk rows).
 */
@Component
class ImportedRisks {
  private final RiskAssessments assessments;

  ImportedRisks(RiskAssessments assessments) {
    this.assessments = assessments;
  }

  @ApplicationModuleListener
  void on(PlanImported event) {
    FiscalYear year = FiscalYear.of(event.firstYear());
    if (!event.read().isEmpty()) assessments.draftFromImport(event.organizationId(), year, event.read(), event.by());
    else assessments.draftFromImportedRows(event.organizationId(), year, event.risks(), event.by());
  }
}
