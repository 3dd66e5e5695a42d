package org.sujarit.monitoring;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sujarit.access.CurrentUser;
import org.sujarit.organization.OrganizationId;

/**
 * Evidence another module offers for the progress record of a plan item. The framework data name for
 * each mission the kinds it takes ({@code "evidence": ["complaint.statistics"]} on the
 * complaint-handling missions); the module that holds that evidence implements this interface as a
 * Spring bean, so that monitoring never depends on it. The record page shows the offer's figures for
 * the round and adds the generated file as an evidence file on one click.
 */
public interface RecordEvidenceSource {

  /** The evidence kinds this source answers for. */
  Set<String> kinds();

  /** What the record page shows for the round, or empty when the user may not see it or the organization has none to offer. */
  Optional<Offer> offer(String kind, CurrentUser user, OrganizationId organization, ReportingRound round);

  /** The evidence file of the round (e.g. a statistics report as PDF), made when the user attaches it. */
  File file(String kind, CurrentUser user, OrganizationId organization, ReportingRound round);

  /** {@code titleKey} and the figures' {@code labelKey}s are message keys; {@code link} is where the full figures are. */
  record Offer(String kind, String titleKey, List<Figure> figures, String link) {}

  record Figure(String labelKey, String value) {}

  record File(String name, byte[] content) {}
}
