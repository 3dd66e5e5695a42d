package org.sujarit.publication.site;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.sujarit.common.FiscalYear;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.Organization;
import org.sujarit.plan.Plan;
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

  PlanEvidence(PublicSite site) {
    this.site = site;
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
}
