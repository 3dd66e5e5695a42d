package org.sujarit.publication.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.publication.EvidenceStatus;
import org.sujarit.publication.OitCatalog;
import org.sujarit.publication.OitItem;
import org.sujarit.publication.OitList;
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
   * counted), asking each source once per evidence kind for all the organizations.
   */
  public Map<OrganizationId, Integer> readyCounts(List<Organization> orgs, OitList list) {
    FiscalYear year = FiscalYear.of(list.fiscalYear());
    Map<String, java.util.Set<OrganizationId>> byEvidence = new HashMap<>();
    Map<OrganizationId, Integer> out = new HashMap<>();
    orgs.forEach(o -> out.put(o.id(), 0));
    for (OitItem item : list.items()) {
      PublicEvidence source = byKind.get(item.evidence());
      if (source == null) continue;
      byEvidence.computeIfAbsent(item.evidence(), k -> source.ready(k, orgs, year)).forEach(id -> out.merge(id, 1, Integer::sum));
    }
    return out;
  }

  public List<Integer> years() {
    return catalog.years();
  }
}
