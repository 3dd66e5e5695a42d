package org.sujarit.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.AccessRefusedException;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.OrganizationScope;
import org.sujarit.access.Permission;
import org.sujarit.audit.AuditEvent;
import org.sujarit.common.Baht;
import org.sujarit.common.Json;
import org.sujarit.common.RuleViolation;
import org.sujarit.monitoring.settings.ReportingSettingsRepository;
import org.sujarit.organization.Organization;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.WorkflowStamp;

/**
 * The monitoring use cases. Progress is reported on the items of the plan version in force (the
 * latest approved or published one; item ids stay the same across versions). Each use case checks
 * who may act, lets the domain types apply their rules, stores the change and records it in the
 * audit trail in one transaction.
 *
 * <p>Rights ({@code access.Permission}): REPORT_PROGRESS on the items of one's own unit (UNIT_OFFICER)
 * or, with REVIEW_PROGRESS, on any item, reviewing records (PLANNER); MANAGE_MONITORING for goal
 * results (PLANNER); ACKNOWLEDGE_ROUND (EXECUTIVE); whoever may read the plan reads its progress.
 * Evidence files are {@link EvidenceFiles}', deadlines and contacts {@link org.sujarit.monitoring.settings.ReportingSettings}'.
 */
@Service
@Transactional
public class Progress {
  private final PlansInForce inForce;
  private final Organizations organizations;
  private final ProgressRepository repository;
  private final ReportingSettingsRepository settings;
  private final EvidenceFiles evidenceFiles;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Progress(PlansInForce inForce, Organizations organizations, ProgressRepository repository,
      ReportingSettingsRepository settings, EvidenceFiles evidenceFiles, ApplicationEventPublisher events, Clock clock) {
    this.inForce = inForce;
    this.organizations = organizations;
    this.repository = repository;
    this.settings = settings;
    this.evidenceFiles = evidenceFiles;
    this.events = events;
    this.clock = clock;
  }

  /** What the user may do on a plan's monitoring pages. */
  public record Rights(boolean report, boolean review, boolean acknowledge, boolean settings) {}

  /** A round of a plan as the dashboard, the reports and the API see it. */
  public record Board(Plan plan, Organization organization, ReportingRound round, RoundState state, LocalDate dueDate,
      ProgressFigures figures, Map<PlanItemId, ProgressRecord> latest, Map<PlanItemId, List<EvidenceFile>> evidence,
      Map<UnitId, String> unitNames, Map<String, BigDecimal> goalResults, Rights rights) {

    public String unitName(UnitId id) {
      return unitNames.getOrDefault(id, "");
    }
  }

  /**
   * One item's progress in a round: every version of its record, oldest first, its evidence and the
   * evidence other modules offer for its mission (see {@link RecordEvidenceSource}).
   * othersItem: the user reports for their unit, but this item belongs to other units (read only).
   */
  public record ItemProgress(Board board, PlanItem item, List<ProgressRecord> history, List<EvidenceFile> evidence,
      List<RecordEvidenceSource.Offer> offers, boolean mayReport, boolean othersItem) {

    public ProgressRecord latest() {
      return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    /** The message key of a warning when more was spent than planned, or spent with nothing planned; else null. */
    public String spendingWarning() {
      ProgressRecord r = latest();
      if (r == null || r.entry().spent() == null || r.entry().spent().isZero()) return null;
      Optional<Baht> planned = item.budget().in(board.round().year());
      if (planned.isEmpty() || planned.get().isZero()) return "monitoring.warning.spentWithoutBudget";
      return r.entry().spent().compareTo(planned.get()) > 0 ? "monitoring.warning.spentOverBudget" : null;
    }
  }

  // ---- reading -----------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Board board(CurrentUser user, PlanId id, ReportingRound round) {
    Plan plan = inForce.get(user, id, round);
    Organization org = organizations.get(user, plan.organizationId());
    OrganizationScope scope = org.scope();
    Map<PlanItemId, List<EvidenceFile>> evidence = new LinkedHashMap<>();
    repository.evidence(id, round).forEach(f -> evidence.computeIfAbsent(f.itemId(), k -> new ArrayList<>()).add(f));
    Map<UnitId, String> units = organizations.unitNames(user, plan.organizationId());
    Rights rights = new Rights(user.may(Permission.REPORT_PROGRESS, scope), user.may(Permission.REVIEW_PROGRESS, scope),
        user.may(Permission.ACKNOWLEDGE_ROUND, scope), user.may(Permission.MANAGE_MONITORING, scope));
    return new Board(plan, org, round, repository.roundState(id, round),
        round.dueDate(settings.deadlines(plan.organizationId())),
        ProgressFigures.of(plan, round, repository.latestReported(id, round), today()), repository.latest(id, round), evidence,
        units, repository.goalResults(id, round.year()), rights);
  }

  @Transactional(readOnly = true)
  public ItemProgress item(CurrentUser user, PlanId id, ReportingRound round, PlanItemId itemId) {
    Board board = board(user, id, round);
    PlanItem item = board.plan().item(itemId);
    OrganizationScope scope = board.organization().scope();
    boolean may = mayReport(user, item, scope);
    List<RecordEvidenceSource.Offer> offers = evidenceFiles.offers(user, board.plan(), item, round);
    return new ItemProgress(board, item, repository.history(id, round, itemId), board.evidence().getOrDefault(itemId, List.of()),
        offers, may, !may && user.may(Permission.REPORT_PROGRESS, scope));
  }

  /** Whether a round of a plan is open, and when it is due. */
  public record RoundStatus(RoundState state, LocalDate dueDate) {}

  /** The state and due date of a round of the plan in force, for reports made in the round outside this module. */
  @Transactional(readOnly = true)
  public RoundStatus roundStatus(CurrentUser user, PlanId id, ReportingRound round) {
    Plan plan = inForce.get(user, id, round);
    return new RoundStatus(repository.roundState(id, round), round.dueDate(settings.deadlines(plan.organizationId())));
  }

  // ---- reporting ---------------------------------------------------------------------------

  /**
   * Saves a new version of the item's record; {@code submit} hands it to the planner at once. In a
   * closed round only the planner corrects, with a {@code correctionNote}.
   */
  public ProgressRecord save(CurrentUser user, PlanId id, ReportingRound round, PlanItemId itemId, ProgressEntry entry,
      String correctionNote, boolean submit) {
    Plan plan = inForce.get(user, id, round);
    PlanItem item = plan.item(itemId);
    OrganizationScope scope = organizations.scopeOf(plan.organizationId());
    requireMayReport(user, item, scope);
    RoundState state = repository.roundState(id, round);
    if (state.closed() && !user.may(Permission.REVIEW_PROGRESS, scope)) state.requireOpen();
    entry.validFor(item);
    List<ProgressRecord> history = repository.history(id, round, itemId);
    ProgressRecord previous = history.isEmpty() ? null : history.get(history.size() - 1);
    ProgressRecord record = ProgressRecord.revise(previous, id, plan.version(), itemId, round, entry, stamp(user), state, correctionNote);
    boolean submitted = submit && !state.closed();
    if (submitted) record = record.submit(stamp(user));
    repository.insert(record, plan.organizationId());
    audit(user, plan, record, state.closed() ? "correct" : "save", previous == null ? null : Json.write(previous),
        Json.write(record));
    if (submitted) events.publishEvent(submittedEvent(plan, record));
    return record;
  }

  public ProgressRecord submit(CurrentUser user, PlanId id, ReportingRound round, PlanItemId itemId) {
    Plan plan = inForce.get(user, id, round);
    requireMayReport(user, plan.item(itemId), organizations.scopeOf(plan.organizationId()));
    ProgressRecord submitted = review(user, plan, round, itemId, "submit", r -> r.submit(stamp(user)));
    events.publishEvent(submittedEvent(plan, submitted));
    return submitted;
  }

  public ProgressRecord accept(CurrentUser user, PlanId id, ReportingRound round, PlanItemId itemId) {
    Plan plan = reviewable(user, id, round, itemId);
    ProgressRecord accepted = review(user, plan, round, itemId, "accept", r -> r.accept(stamp(user)));
    events.publishEvent(new ProgressRecordAccepted(id, accepted.planVersion(), plan.organizationId(), itemId,
        round.year().value(), round.kind(), accepted.version(), accepted.reviewed().at()));
    return accepted;
  }

  public ProgressRecord returnRecord(CurrentUser user, PlanId id, ReportingRound round, PlanItemId itemId, String comment) {
    Plan plan = reviewable(user, id, round, itemId);
    ProgressRecord returned = review(user, plan, round, itemId, "return", r -> r.returnWith(stamp(user), comment));
    events.publishEvent(new ProgressRecordReturned(id, returned.planVersion(), plan.organizationId(), itemId,
        round.year().value(), round.kind(), returned.version(), returned.reviewed().at()));
    return returned;
  }

  /** The executive acknowledges the round's report: the round closes. */
  public RoundState acknowledge(CurrentUser user, PlanId id, ReportingRound round, String note) {
    Plan plan = inForce.get(user, id, round);
    user.require(Permission.ACKNOWLEDGE_ROUND, organizations.scopeOf(plan.organizationId()));
    RoundState closed = repository.roundState(id, round).acknowledge(stamp(user), user.displayName(), note, repository.latest(id, round).values());
    repository.close(closed);
    events.publishEvent(new AuditEvent(user.username(), plan.organizationId().value(), "progress-round", id + "/" + round, "acknowledge",
        null, Json.write(closed)));
    events.publishEvent(new RoundAcknowledged(id, plan.organizationId(), round.year().value(), round.kind(), closed.acknowledged().at()));
    return closed;
  }

  // ---- goal results ------------------------------------------------------------------------

  /** Actual values of Part 1 goals in the round's fiscal year (e.g. the ITA score), by goal name; null clears one. */
  public void setGoalResults(CurrentUser user, PlanId id, ReportingRound round, Map<String, BigDecimal> actuals) {
    Plan plan = inForce.get(user, id, round);
    user.require(Permission.MANAGE_MONITORING, organizations.scopeOf(plan.organizationId()));
    actuals.forEach((goal, actual) -> {
      if (plan.introduction().goals().stream().noneMatch(g -> g.name().equals(goal))) throw RuleViolation.field("goal", "monitoring.goal.unknown");
      if (actual != null && actual.signum() < 0) throw RuleViolation.field("actual", "monitoring.indicator.negative");
      repository.saveGoalResult(id, round.year(), goal, actual, stamp(user));
    });
    events.publishEvent(new AuditEvent(user.username(), plan.organizationId().value(), "goal-result", id + "/" + round.year(), "set",
        null, Json.write(actuals)));
  }

  // ---- internals ---------------------------------------------------------------------------

  /** UNIT_OFFICER: items of their own unit only; PLANNER: any item. */
  static boolean mayReport(CurrentUser user, PlanItem item, OrganizationScope scope) {
    if (!user.may(Permission.REPORT_PROGRESS, scope)) return false;
    if (user.may(Permission.REVIEW_PROGRESS, scope)) return true;
    return user.unitId() != null && item.responsibleUnits().contains(new UnitId(user.unitId()));
  }

  static void requireMayReport(CurrentUser user, PlanItem item, OrganizationScope scope) {
    if (!mayReport(user, item, scope)) throw new AccessRefusedException(Permission.REPORT_PROGRESS);
  }

  /** The plan in force, when the user may review its records. */
  private Plan reviewable(CurrentUser user, PlanId id, ReportingRound round, PlanItemId itemId) {
    Plan plan = inForce.get(user, id, round);
    plan.item(itemId);
    user.require(Permission.REVIEW_PROGRESS, organizations.scopeOf(plan.organizationId()));
    return plan;
  }

  /** Moves the review of the item's latest record; the caller has checked the user's right. */
  private ProgressRecord review(CurrentUser user, Plan plan, ReportingRound round, PlanItemId itemId, String action,
      UnaryOperator<ProgressRecord> change) {
    repository.roundState(plan.id(), round).requireOpen();
    List<ProgressRecord> history = repository.history(plan.id(), round, itemId);
    if (history.isEmpty()) throw new RuleViolation("monitoring.record.none");
    ProgressRecord before = history.get(history.size() - 1);
    ProgressRecord after = change.apply(before);
    repository.updateReview(after);
    audit(user, plan, after, action, before.review().name(), Json.write(after));
    return after;
  }

  private ProgressRecordSubmitted submittedEvent(Plan plan, ProgressRecord r) {
    return new ProgressRecordSubmitted(plan.id(), r.planVersion(), plan.organizationId(), r.itemId(), r.round().year().value(),
        r.round().kind(), r.version(), clock.instant());
  }

  private void audit(CurrentUser user, Plan plan, ProgressRecord r, String action, String before, String after) {
    events.publishEvent(new AuditEvent(user.username(), plan.organizationId().value(), "progress",
        entityId(plan.id(), r.round(), r.itemId()), action, before, after));
  }

  static String entityId(PlanId plan, ReportingRound round, PlanItemId item) {
    return plan + "/" + round + "/" + item;
  }

  private WorkflowStamp stamp(CurrentUser user) {
    return new WorkflowStamp(user.username(), clock.instant());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ProgressFigures.THAILAND));
  }
}
