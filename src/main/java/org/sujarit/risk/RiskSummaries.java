package org.sujarit.risk;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.OrganizationId;

/**
 * The read API for the public pages and oversight: the summary of an organization's approved
 * assessment of a year — no drafts, no names of persons. No access check: what it gives is what the
 * organization publishes for ITA.
 */
@Service
@Transactional(readOnly = true)
public class RiskSummaries {
  private final RiskRepository repository;
  private final RiskMatrices matrices;

  RiskSummaries(RiskRepository repository, RiskMatrices matrices) {
    this.repository = repository;
    this.matrices = matrices;
  }

  /**
   * {@code risksByLevel}: level label (Thai) → count of risks at their effective level (residual once
   * controls are assessed), lowest level first; {@code untreated}: risks whose level needs a measure
   * and have none.
   */
  public record RiskSummary(OrganizationId organizationId, FiscalYear year, String matrix, Instant approvedAt, Instant acknowledgedAt,
      int risks, Map<String, Integer> risksByLevel, int untreated, int measuresFromPlan) {}

  public Optional<RiskSummary> published(OrganizationId org, FiscalYear year) {
    return repository.find(org, year).filter(a -> !a.draft()).map(a -> {
      RiskMatrix m = matrices.get(a.matrixId(), a.matrixVersion());
      Map<String, Integer> byLevel = new LinkedHashMap<>();
      m.levels().forEach(l -> byLevel.put(l.label(), 0));
      a.risks().forEach(r -> m.level(r.effectiveLevel()).ifPresent(l -> byLevel.merge(l.label(), 1, Integer::sum)));
      int linked = (int) a.risks().stream().flatMap(r -> r.measures().stream()).filter(Measure::linked).count();
      return new RiskSummary(org, a.year(), m.name(), a.approved().at(), a.acknowledged() == null ? null : a.acknowledged().at(),
          a.risks().size(), byLevel, a.untreated(m).size(), linked);
    });
  }
}
