package org.sujarit.publication;

import java.util.Set;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.Organization;

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
}
