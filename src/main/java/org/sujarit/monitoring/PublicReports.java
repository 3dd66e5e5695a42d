package org.sujarit.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.organization.Organization;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanStatus;

/**
 * What anyone may read of monitoring: the rounds the executive acknowledged, of published plan
 * versions, with accepted records only. No user check is made because nothing else is returned:
 * open rounds, drafts, submitted and returned records and evidence files never leave this class.
 */
@Service
@Transactional(readOnly = true)
public class PublicReports {
  private static final Progress.Rights NONE = new Progress.Rights(false, false, false, false);

  private final ProgressRepository repository;
  private final Organizations organizations;
  private final Clock clock;

  PublicReports(ProgressRepository repository, Organizations organizations, Clock clock) {
    this.repository = repository;
    this.organizations = organizations;
    this.clock = clock;
  }

  /** The acknowledged rounds of a published plan, oldest first. */
  public List<RoundState> acknowledged(Plan published) {
    if (published.status() != PlanStatus.PUBLISHED) return List.of();
    return repository.closedRounds(published.id()).stream().filter(s -> published.period().contains(s.round().year())).toList();
  }

  /** The board of an acknowledged round of a published plan version, built from accepted records only. */
  public Optional<Progress.Board> board(Plan published, ReportingRound round) {
    if (published.status() != PlanStatus.PUBLISHED || !published.period().contains(round.year())) return Optional.empty();
    RoundState state = repository.roundState(published.id(), round);
    if (!state.closed()) return Optional.empty();
    Organization org = organizations.find(published.organizationId()).orElseThrow();
    Map<org.sujarit.plan.PlanItemId, ProgressRecord> accepted = repository.latestAccepted(published.id(), round);
    LocalDate today = LocalDate.now(clock.withZone(ProgressFigures.THAILAND));
    return Optional.of(new Progress.Board(published, org, round, state, round.dueDate(repository.deadlines(org.id())),
        ProgressFigures.of(published, round, accepted, today), accepted, Map.of(), organizations.unitNames(org.id()),
        repository.goalResults(published.id(), round.year()), NONE));
  }
}
