package org.sujarit.publication.site;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.publication.EvidenceStatus;
import org.sujarit.publication.PublicEvidence;
import org.sujarit.publication.PublicPaths;

/** Each OIT item of a year with the state of its evidence, asked of the module that supplies that kind. */
@Service
public class ItaEvidence {
  private final OitCatalog catalog;
  private final Map<String, PublicEvidence> byKind = new HashMap<>();

  ItaEvidence(OitCatalog catalog, List<PublicEvidence> sources) {
    this.catalog = catalog;
    sources.forEach(s -> s.kinds().forEach(k -> byKind.put(k, s)));
  }

  /** An item, its permanent public page (the link to give ITAS) and its evidence. */
  public record ItemStatus(OitItem item, String itemPath, EvidenceStatus evidence) {}

  public Optional<OitList> list(FiscalYear year) {
    return catalog.of(year);
  }

  public List<ItemStatus> statuses(Organization org, OitList list) {
    FiscalYear year = FiscalYear.of(list.fiscalYear());
    return list.items().stream().map(i -> status(org, year, i)).toList();
  }

  public ItemStatus status(Organization org, FiscalYear year, OitItem item) {
    PublicEvidence source = byKind.get(item.evidence());
    EvidenceStatus evidence = source == null ? EvidenceStatus.notCovered() : source.find(item.evidence(), org, year);
    return new ItemStatus(item, PublicPaths.itaItem(org.code(), year, item.code()), evidence);
  }

  /**
   * Of each organization, how many items of the list have their evidence ready ({@link #statuses}
   * counted), asking each source once for all the kinds it answers and all the organizations.
   */
  public Map<OrganizationId, Integer> readyCounts(List<Organization> orgs, OitList list) {
    FiscalYear year = FiscalYear.of(list.fiscalYear());
    Map<PublicEvidence, Set<String>> kindsBySource = new IdentityHashMap<>();
    list.items().stream().filter(i -> byKind.containsKey(i.evidence()))
        .forEach(i -> kindsBySource.computeIfAbsent(byKind.get(i.evidence()), s -> new HashSet<>()).add(i.evidence()));
    Map<String, Set<OrganizationId>> ready = new HashMap<>();
    kindsBySource.forEach((source, kinds) -> ready.putAll(source.ready(kinds, orgs, year)));
    Map<OrganizationId, Integer> out = new HashMap<>();
    orgs.forEach(o -> out.put(o.id(), 0));
    for (OitItem item : list.items()) {
      ready.getOrDefault(item.evidence(), Set.of()).forEach(id -> out.merge(id, 1, Integer::sum));
    }
    return out;
  }

  public List<Integer> years() {
    return catalog.years();
  }
}
