package org.sujarit.publication;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;

/**
 * A source of public evidence for OIT items. The ITA data files name for each item the kind of
 * evidence it needs ({@code "plan"}, {@code "complaint.statistics"}, {@code "risk.assessment"}, …);
 * the module that holds that evidence implements this interface as a Spring bean and answers for its
 * kinds. A kind no bean answers for shows as not covered by Sujarit.
 */
public interface PublicEvidence {

  /** The evidence kinds this source answers for. */
  Set<String> kinds();

  /** The organization's published evidence of that kind for the fiscal year; only what the public may see. */
  EvidenceStatus find(String kind, Organization organization, FiscalYear year);

  /**
   * Which of the organizations have that kind of evidence ready for the year: {@link #find}'s answer
   * for many at once (the oversight rebuild). By default asked one by one, on both cores; a source
   * whose evidence is costly to build answers from its tables instead.
   */
  default Set<OrganizationId> ready(String kind, List<Organization> organizations, FiscalYear year) {
    return organizations.parallelStream().filter(o -> find(kind, o, year).ready()).map(Organization::id).collect(Collectors.toSet());
  }
}
