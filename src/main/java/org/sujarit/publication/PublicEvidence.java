package org.sujarit.publication;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
   * For each of the kinds, which of the organizations have that evidence ready for the year: {@link #find}'s
   * answer for many at once (the oversight rebuild), from the source's tables read once for all the kinds
   * asked rather than organization by organization.
   */
  Map<String, Set<OrganizationId>> ready(Set<String> kinds, List<Organization> organizations, FiscalYear year);
}
