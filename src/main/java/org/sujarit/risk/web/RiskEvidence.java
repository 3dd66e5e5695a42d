package org.sujarit.risk.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.publication.EvidenceStatus;
import org.sujarit.publication.PublicEvidence;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskSummaries;
import org.sujarit.risk.TreatmentStatus;
import org.sujarit.risk.nogift.NoGift;
import org.sujarit.risk.nogift.NoGiftPolicy;

/**
 * The OIT evidence the risk module supplies: the approved assessment ({@code risk.assessment}), the
 * treatment it reports ({@code risk.treatment}), and the announced No Gift policy with its report and
 * culture-building activities ({@code nogift.*}).
 */
@Component
class RiskEvidence implements PublicEvidence {
  private final RiskSummaries summaries;
  private final NoGift noGift;

  RiskEvidence(RiskSummaries summaries, NoGift noGift) {
    this.summaries = summaries;
    this.noGift = noGift;
  }

  @Override
  public Set<String> kinds() {
    return Set.of("risk.assessment", "risk.treatment", "nogift.announcement", "nogift.report", "nogift.culture");
  }

  @Override
  public EvidenceStatus find(String kind, Organization org, FiscalYear year) {
    return kind.startsWith("risk.") ? risk(kind, org, year) : noGift(kind, org, year);
  }

  private EvidenceStatus risk(String kind, Organization org, FiscalYear year) {
    String fix = "/organizations/" + org.id() + "/risk/" + year.value();
    RiskAssessments.View v = summaries.publishedView(org, year).orElse(null);
    if (v == null) return EvidenceStatus.missing("ita.reason.risk.not-approved", fix);
    String page = PublicRiskController.riskPath(org.code(), year);
    if (kind.equals("risk.assessment")) return EvidenceStatus.ready(page);
    boolean reported = v.assessment().risks().stream().anyMatch(r -> r.treatment() != TreatmentStatus.NOT_STARTED)
        || summaries.latestSurveillance(v).isPresent();
    return reported ? EvidenceStatus.ready(page + "#treatment") : EvidenceStatus.missing("ita.reason.risk.no-treatment", fix);
  }

  private EvidenceStatus noGift(String kind, Organization org, FiscalYear year) {
    String fix = "/organizations/" + org.id() + "/no-gift/" + year.value();
    NoGift.Year y = noGift.published(org, year).orElse(null);
    if (y == null) return EvidenceStatus.missing("ita.reason.nogift.not-announced", fix);
    String page = PublicRiskController.noGiftPath(org.code(), year);
    return switch (kind) {
      case "nogift.report" -> EvidenceStatus.ready(page + "#report");
      case "nogift.culture" -> y.policy().activities().isEmpty() && y.policy().activityNote() == null
          ? EvidenceStatus.missing("ita.reason.nogift.no-activities", fix) : EvidenceStatus.ready(page + "#activities");
      default -> EvidenceStatus.ready(page);
    };
  }

  /** {@link #find} for many organizations, from the year's assessments and policies (each read once) without building their views. */
  @Override
  public Map<String, Set<OrganizationId>> ready(Set<String> kinds, List<Organization> organizations, FiscalYear year) {
    Map<OrganizationId, Boolean> reported = kinds.stream().anyMatch(k -> k.startsWith("risk.")) ? summaries.treatmentReported(year) : Map.of();
    Map<OrganizationId, NoGiftPolicy> policies = kinds.stream().anyMatch(k -> k.startsWith("nogift.")) ? noGift.publishedPolicies(year) : Map.of();
    Map<String, Set<OrganizationId>> out = new HashMap<>();
    for (String kind : kinds) {
      Predicate<OrganizationId> ready = kind.startsWith("risk.")
          ? id -> reported.containsKey(id) && (kind.equals("risk.assessment") || reported.get(id))
          : id -> {
            NoGiftPolicy p = policies.get(id);
            return p != null && (!kind.equals("nogift.culture") || !p.activities().isEmpty() || p.activityNote() != null);
          };
      out.put(kind, organizations.stream().map(Organization::id).filter(ready).collect(Collectors.toSet()));
    }
    return out;
  }
}
