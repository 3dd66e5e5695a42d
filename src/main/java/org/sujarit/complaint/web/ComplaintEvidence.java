package org.sujarit.complaint.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.sujarit.common.FiscalYear;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.publication.EvidenceStatus;
import org.sujarit.publication.PublicEvidence;

/**
 * The OIT evidence of the complaint channel: the handling guideline ({@code complaint.guideline}),
 * the online corruption channel ({@code complaint.channel}) and the year's statistics
 * ({@code complaint.statistics}). All three need the channel open to the public: an organization that
 * takes complaints elsewhere must not show Sujarit's empty figures as its evidence.
 */
@Component
class ComplaintEvidence implements PublicEvidence {
  private final Complaints complaints;

  ComplaintEvidence(Complaints complaints) {
    this.complaints = complaints;
  }

  @Override
  public Set<String> kinds() {
    return Set.of("complaint.guideline", "complaint.channel", "complaint.statistics");
  }

  @Override
  public EvidenceStatus find(String kind, Organization org, FiscalYear year) {
    if (!complaints.publicChannel(org.id(), Channel.CORRUPTION).open()) {
      return EvidenceStatus.missing("ita.reason.complaint.channel-closed", "/organizations/" + org.id() + "/complaints/settings");
    }
    return EvidenceStatus.ready(switch (kind) {
      case "complaint.guideline" -> PublicComplaintController.guidelinePath(org.code(), year);
      case "complaint.channel" -> PublicComplaintController.CORRUPTION_PATH.replace("{code}", org.code());
      default -> PublicComplaintController.statisticsPath(org.code(), year);
    });
  }

  /** {@link #find} for many organizations: every kind is ready where the channel is open, read once for all. */
  @Override
  public Map<String, Set<OrganizationId>> ready(Set<String> kinds, List<Organization> organizations, FiscalYear year) {
    Set<OrganizationId> open = complaints.openChannels(Channel.CORRUPTION);
    Set<OrganizationId> ready = organizations.stream().map(Organization::id).filter(open::contains).collect(Collectors.toSet());
    return kinds.stream().collect(Collectors.toMap(k -> k, k -> ready));
  }
}
