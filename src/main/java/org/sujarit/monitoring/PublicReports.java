package org.sujarit.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.monitoring.settings.ReportingSettingsRepository;
import org.sujarit.organization.Organization;
import org.sujarit.organization.lookup.OrganizationLookup;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.PlanStatus;

/**
 * What anyone may read of monitoring: the rounds the executive acknowledged, of published plan
 * versions, with accepted records only. No user check is made because nothing else is returned:
 * open rounds, drafts, submitted and returned records and evidence files not marked public never leave this class.
 */
@Service
@Transactional(readOnly = true)
public class PublicReports {
  private static final Progress.Rights NONE = new Progress.Rights(false, false, false, false);

  private final ProgressRepository repository;
  private final ReportingSettingsRepository settings;
  private final OrganizationLookup organizations;
  private final EvidenceStore evidenceStore;
  private final Clock clock;

  PublicReports(ProgressRepository repository, ReportingSettingsRepository settings, OrganizationLookup organizations, EvidenceStore evidenceStore, Clock clock) {
    this.repository = repository;
    this.settings = settings;
    this.organizations = organizations;
    this.evidenceStore = evidenceStore;
    this.clock = clock;
  }

  /** The acknowledged rounds of a published plan, oldest first. */
  public List<RoundState> acknowledged(Plan published) {
    if (published.status() != PlanStatus.PUBLISHED) return List.of();
    return repository.closedRounds(published.id()).stream().filter(s -> published.period().contains(s.round().year())).toList();
  }

  /**
   * {@link #acknowledged(Plan)} of many published versions in one statement, by plan: the rounds of each
   * plan within the periods of its given versions.
   */
  public Map<org.sujarit.plan.PlanId, List<RoundState>> acknowledged(java.util.Collection<org.sujarit.plan.PublishedVersion> published) {
    Map<org.sujarit.plan.PlanId, List<org.sujarit.common.FiscalPeriod>> periods = new java.util.HashMap<>();
    for (org.sujarit.plan.PublishedVersion v : published) periods.computeIfAbsent(v.planId(), k -> new ArrayList<>()).add(v.period());
    Map<org.sujarit.plan.PlanId, List<RoundState>> out = new java.util.HashMap<>();
    repository.closedRounds(periods.keySet()).forEach((plan, rounds) -> out.put(plan,
        rounds.stream().filter(s -> periods.get(plan).stream().anyMatch(p -> p.contains(s.round().year()))).toList()));
    return out;
  }

  /**
   * Of the given published versions, the rounds of the year acknowledged, by plan: what {@link #board}
   * finds present, for many plans in one statement and without building the boards.
   */
  public Map<org.sujarit.plan.PlanId, java.util.Set<RoundKind>> acknowledged(java.util.Collection<org.sujarit.plan.PublishedVersion> published,
      org.sujarit.common.FiscalYear year) {
    Map<org.sujarit.plan.PlanId, java.util.Set<RoundKind>> closed = repository.closedRounds(year);
    Map<org.sujarit.plan.PlanId, java.util.Set<RoundKind>> out = new java.util.HashMap<>();
    for (org.sujarit.plan.PublishedVersion v : published) {
      if (v.period().contains(year) && closed.containsKey(v.planId())) out.put(v.planId(), closed.get(v.planId()));
    }
    return out;
  }

  /**
   * The board of an acknowledged round of a published plan version, built from accepted records only,
   * with the evidence files marked public of the items whose record was accepted.
   */
  public Optional<Progress.Board> board(Plan published, ReportingRound round) {
    if (published.status() != PlanStatus.PUBLISHED || !published.period().contains(round.year())) return Optional.empty();
    RoundState state = repository.roundState(published.id(), round);
    if (!state.closed()) return Optional.empty();
    Organization org = organizations.find(published.organizationId()).orElseThrow();
    Map<PlanItemId, ProgressRecord> accepted = repository.latestAccepted(published.id(), round);
    Map<PlanItemId, List<EvidenceFile>> evidence = new LinkedHashMap<>();
    repository.evidence(published.id(), round).stream().filter(f -> f.isPublic() && accepted.containsKey(f.itemId()))
        .forEach(f -> evidence.computeIfAbsent(f.itemId(), k -> new ArrayList<>()).add(f));
    LocalDate today = LocalDate.now(clock.withZone(ProgressFigures.THAILAND));
    return Optional.of(new Progress.Board(published, org, round, state, round.dueDate(settings.deadlines(org.id())),
        ProgressFigures.of(published, round, accepted, today), accepted, evidence, organizations.unitNames(org.id()),
        repository.goalResults(published.id(), round.year()), NONE));
  }

  /** A public evidence file of the board (one {@link #board} gave), and where its content is. */
  public Optional<StoredEvidence> evidence(Progress.Board board, UUID evidenceId) {
    return board.evidence().values().stream().flatMap(List::stream).filter(f -> f.id().equals(evidenceId)).findFirst()
        .map(f -> new StoredEvidence(f, evidenceStore.path(f.sha256())));
  }
}
