package org.sujarit.oversight.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.lookup.OrganizationLookup;
import org.sujarit.publication.ItaReadiness;
import org.sujarit.risk.RiskSummaries;

/**
 * Keeps the oversight tables: {@link #refresh} recomputes one organization's rows from its plans,
 * progress, complaints, risk assessments, No Gift announcements and ITA evidence, {@link #rebuild} every organization's with
 * the same statements ({@link ReadModelRepository}). Untreated risks and ITA readiness are asked of the
 * risk and publication modules' APIs, which own those rules. A rebuild is recorded in
 * {@code oversight_state}, from which {@link #rebuildIfStale} tells whether the tables are behind the
 * organizations or the statements.
 */
@Component
public class OversightReadModel {
  private static final Logger log = LoggerFactory.getLogger(OversightReadModel.class);
  /** ITA years kept: the latest with an OIT list; earlier assessments are closed. */
  static final int ITA_YEARS = 1;

  /** Raise when the statements change: each installation then rebuilds its tables once on its next start. */
  static final int VERSION = 3;

  private final ReadModelRepository repository;
  private final Organizations organizations;
  private final OrganizationLookup lookup;
  private final RiskSummaries risks;
  private final ItaReadiness ita;
  private final Clock clock;

  OversightReadModel(ReadModelRepository repository, Organizations organizations, OrganizationLookup lookup, RiskSummaries risks,
      ItaReadiness ita, Clock clock) {
    this.repository = repository;
    this.organizations = organizations;
    this.lookup = lookup;
    this.risks = risks;
    this.ita = ita;
    this.clock = clock;
  }

  @Transactional
  public void refresh(UUID organizationId) {
    repository.refresh(organizationId, clock.instant());
    derived(organizationId, lookup.find(new OrganizationId(organizationId)).stream().toList());
  }

  /** Recomputes every organization's rows; returns the number of organizations. */
  @Transactional
  public int rebuild() {
    long start = System.nanoTime();
    repository.refresh(null, clock.instant());
    long tables = System.nanoTime();
    long[] derived = derived(null, organizations.all());
    repository.recordRebuild(VERSION, clock.instant());
    int n = repository.organizations();
    log.info("Oversight read model rebuilt for {} organizations in {} ms: tables {} ms, risks {} ms, ITA evidence {} ms", n,
        (System.nanoTime() - start) / 1_000_000, (tables - start) / 1_000_000, derived[0], derived[1]);
    return n;
  }

  /**
   * Rebuilds when the tables were never built, were built by older statements or hold another number
   * of organizations than there are; does nothing while another node (or thread) rebuilds.
   *
   * @return the organizations rebuilt; empty when nothing was to be done or another rebuild runs
   */
  @Transactional
  public Optional<Integer> rebuildIfStale() {
    if (!repository.claimRebuild() || !repository.stale(VERSION)) return Optional.empty();
    return Optional.of(rebuild());
  }

  /** Rebuilds now, unless a rebuild already runs somewhere (then empty). */
  @Transactional
  public Optional<Integer> rebuildUnlessRunning() {
    return repository.claimRebuild() ? Optional.of(rebuild()) : Optional.empty();
  }

  /** When the tables were last rebuilt whole; empty before the first rebuild. */
  public Optional<Instant> rebuiltAt() {
    return repository.rebuiltAt();
  }

  /**
   * The figures whose rules live in other modules: untreated risks of approved assessments, ITA readiness
   * of the last {@link #ITA_YEARS} ITA years. One organization (a refresh) asks for its own assessments and
   * item by item; a rebuild asks once per fiscal year for all assessments and once per evidence source for
   * all organizations, and writes the rows in batches.
   *
   * @return the milliseconds spent on risks, then on ITA evidence
   */
  private long[] derived(UUID org, List<Organization> orgs) {
    long start = System.nanoTime();
    for (int year : repository.approvedYears(org)) {
      FiscalYear fy = FiscalYear.of(year);
      repository.untreated(year, org == null ? risks.untreated(fy)
          : risks.published(new OrganizationId(org), fy).map(s -> Map.of(s.organizationId(), s.untreated())).orElse(Map.of()));
    }
    long risked = System.nanoTime();
    List<Integer> all = ita.years();
    for (int year : all.subList(Math.max(0, all.size() - ITA_YEARS), all.size())) {
      FiscalYear fy = FiscalYear.of(year);
      Map<OrganizationId, ItaReadiness.Readiness> found = org != null
          ? orgs.stream().flatMap(o -> ita.of(o, fy).map(r -> Map.entry(o.id(), r)).stream()).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))
          : ita.of(orgs, fy);
      repository.ita(year, found);
    }
    return new long[] {(risked - start) / 1_000_000, (System.nanoTime() - risked) / 1_000_000};
  }
}
