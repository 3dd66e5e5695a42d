package org.sujarit.publication;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.publication.site.ItaEvidence;

/**
 * How ready an organization's ITA evidence is: of the year's OIT items, how many have published
 * evidence. For oversight, which counts rather than lists; no access check, like the public ITA page.
 */
@Service
public class ItaReadiness {
  private final ItaEvidence evidence;

  ItaReadiness(ItaEvidence evidence) {
    this.evidence = evidence;
  }

  /** @param ready items whose evidence is published; {@code items} all items of the year's list */
  public record Readiness(int items, int ready) {}

  /** The ITA years with an OIT list, oldest first. */
  public java.util.List<Integer> years() {
    return evidence.years();
  }

  /** Empty when there is no OIT list for the year. */
  public Optional<Readiness> of(Organization org, FiscalYear year) {
    return evidence.list(year).map(list -> new Readiness(list.items().size(),
        (int) evidence.statuses(org, list).stream().filter(s -> s.evidence().ready()).count()));
  }

  /**
   * {@link #of} for many organizations, one question per evidence kind rather than per item and
   * organization (the oversight rebuild); empty when there is no OIT list for the year.
   */
  public Map<OrganizationId, Readiness> of(List<Organization> orgs, FiscalYear year) {
    return evidence.list(year).map(list -> evidence.readyCounts(orgs, list).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> new Readiness(list.items().size(), e.getValue())))).orElse(Map.of());
  }
}
