package org.sujarit.publication.site;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.sujarit.common.FiscalYear;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.monitoring.PublicReports;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PublicPlans;
import org.sujarit.plan.PublishedVersion;
import org.sujarit.publication.EvidenceStatus;
import org.sujarit.publication.PublicEvidence;
import org.sujarit.publication.PublicPaths;

/**
 * The evidence the plan and its monitoring supply: the plan in force ({@code plan}), the acknowledged
 * 6-month and annual reports ({@code report.half-year}, {@code report.full-year}) and, for lists with
 * one item of results, the latest acknowledged report of the year ({@code report.latest}).
 */
@Component
class PlanEvidence implements PublicEvidence {
  private final PublicSite site;
  private final PublicPlans plans;
  private final PublicReports reports;

  PlanEvidence(PublicSite site, PublicPlans plans, PublicReports reports) {
    this.site = site;
    this.plans = plans;
    this.reports = reports;
  }

  @Override
  public Set<String> kinds() {
    return Set.of("plan", "report.half-year", "report.full-year", "report.latest");
  }

  @Override
  public EvidenceStatus find(String kind, Organization org, FiscalYear year) {
    Plan plan = site.inForce(org, year).orElse(null);
    if (plan == null) return EvidenceStatus.missing("ita.reason.no-plan", "/organizations/" + org.id());
    return switch (kind) {
      case "plan" -> EvidenceStatus.ready(PublicPaths.planOfYear(org.code(), year));
      case "report.half-year" -> report(org, year, plan, RoundKind.HALF_YEAR);
      case "report.full-year" -> report(org, year, plan, RoundKind.FULL_YEAR);
      default -> {
        EvidenceStatus full = report(org, year, plan, RoundKind.FULL_YEAR);
        yield full.ready() ? full : report(org, year, plan, RoundKind.HALF_YEAR);
      }
    };
  }

  private EvidenceStatus report(Organization org, FiscalYear year, Plan plan, RoundKind kind) {
    if (site.report(org, year, kind).isPresent()) return EvidenceStatus.ready(PublicPaths.report(org.code(), year, Rounds.path(kind)));
    return EvidenceStatus.missing("ita.reason.not-acknowledged." + kind.name(), "/plans/" + plan.id() + "/progress/" + year.value() + "/" + kind.name());
  }

  /**
   * {@link #find} for many organizations from two statements for all the kinds: the version in force of
   * each and the acknowledged rounds of those versions (a report is ready when its round is acknowledged,
   * which is when {@link PublicSite#report} finds its board).
   */
  @Override
  public Map<String, Set<OrganizationId>> ready(Set<String> kinds, List<Organization> organizations, FiscalYear year) {
    Map<OrganizationId, PublishedVersion> inForce = plans.inForceVersions(year);
    Map<PlanId, Set<RoundKind>> acknowledged = kinds.equals(Set.of("plan")) ? Map.of() : reports.acknowledged(inForce.values(), year);
    Map<String, Set<OrganizationId>> out = new HashMap<>();
    kinds.forEach(k -> out.put(k, new HashSet<>()));
    for (Organization o : organizations) {
      PublishedVersion v = inForce.get(o.id());
      if (v == null) continue;
      Set<RoundKind> closed = acknowledged.getOrDefault(v.planId(), Set.of());
      for (String kind : kinds) {
        boolean ready = switch (kind) {
          case "plan" -> true;
          case "report.half-year" -> closed.contains(RoundKind.HALF_YEAR);
          case "report.full-year" -> closed.contains(RoundKind.FULL_YEAR);
          default -> !closed.isEmpty();
        };
        if (ready) out.get(kind).add(o.id());
      }
    }
    return out;
  }
}
