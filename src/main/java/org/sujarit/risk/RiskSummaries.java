package org.sujarit.risk;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.common.FiscalYear;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.lookup.OrganizationLookup;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.PublicPlans;

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
  private final OrganizationLookup organizations;
  private final PublicPlans plans;

  RiskSummaries(RiskRepository repository, RiskMatrices matrices, OrganizationLookup organizations, PublicPlans plans) {
    this.repository = repository;
    this.matrices = matrices;
    this.organizations = organizations;
    this.plans = plans;
  }

  /**
   * The approved assessment of a year as the public sees it: measures name only items of the
   * published plan in force (an item of a draft plan shows as the measure's own text), and no rights.
   */
  public Optional<RiskAssessments.View> publishedView(Organization org, FiscalYear year) {
    return repository.find(org.id(), year).filter(a -> !a.draft()).map(a -> {
      Optional<Plan> plan = plans.inForce(org.id(), year);
      Map<PlanItemId, PlanItem> items = new LinkedHashMap<>();
      plan.ifPresent(p -> p.items().forEach(i -> items.put(i.id(), i)));
      return new RiskAssessments.View(org, a, matrices.get(a.matrixId(), a.matrixVersion()), organizations.unitNames(org.id()),
          plan.orElse(null), items, new RiskAssessments.Rights(false, false, false));
    });
  }

  /**
   * Of every organization with a {@link #publishedView} for the year, whether it reports treatment (a risk
   * no longer NOT_STARTED, or a surveillance report: what {@link #latestSurveillance} finds), without
   * building the views.
   */
  public Map<OrganizationId, Boolean> treatmentReported(FiscalYear year) {
    java.util.Set<java.util.UUID> surveyed = repository.surveyed(year);
    Map<OrganizationId, Boolean> out = new java.util.HashMap<>();
    for (RiskAssessment a : repository.approvedOfYear(year)) {
      out.put(a.organizationId(), surveyed.contains(a.id()) || a.risks().stream().anyMatch(r -> r.treatment() != TreatmentStatus.NOT_STARTED));
    }
    return out;
  }

  /** The surveillance reports of the latest round that has any, for the public management report. */
  public Optional<Surveillance> latestSurveillance(RiskAssessments.View view) {
    for (RoundKind round : List.of(RoundKind.FULL_YEAR, RoundKind.HALF_YEAR)) {
      List<SurveillanceReport> reports = reported(view, round);
      if (!reports.isEmpty()) return Optional.of(new Surveillance(round, reports));
    }
    return Optional.empty();
  }

  /** Both rounds' surveillance reports, for the yearly risk-management report. */
  public java.util.Map<RoundKind, List<SurveillanceReport>> rounds(RiskAssessments.View view) {
    java.util.Map<RoundKind, List<SurveillanceReport>> all = new java.util.EnumMap<>(RoundKind.class);
    for (RoundKind round : RoundKind.values()) all.put(round, reported(view, round));
    return all;
  }

  /** A round's reports as the public sees them: submitted or accepted, never one the reviewer sent back (as for plan progress). */
  private List<SurveillanceReport> reported(RiskAssessments.View view, RoundKind round) {
    return repository.surveillance(view.assessment().id(), round).stream().filter(r -> r.review().reported()).toList();
  }

  public record Surveillance(RoundKind round, List<SurveillanceReport> reports) {}

  /**
   * {@code risksByLevel}: level label (Thai) → count of risks at their effective level (residual once
   * controls are assessed), lowest level first; {@code untreated}: risks whose level needs a measure
   * and have none.
   */
  public record RiskSummary(OrganizationId organizationId, FiscalYear year, String matrix, Instant approvedAt, Instant acknowledgedAt,
      int risks, Map<String, Integer> risksByLevel, int untreated, int measuresFromPlan) {}

  /**
   * {@link #published}'s {@code untreated} of every organization with an approved assessment of the year,
   * from one read of the year's assessments (the oversight rebuild).
   */
  public Map<OrganizationId, Integer> untreated(FiscalYear year) {
    Map<OrganizationId, Integer> out = new java.util.HashMap<>();
    for (RiskAssessment a : repository.approvedOfYear(year)) {
      out.put(a.organizationId(), a.untreated(matrices.get(a.matrixId(), a.matrixVersion())).size());
    }
    return out;
  }

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
