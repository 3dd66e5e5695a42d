package org.sujarit.monitoring;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.OrganizationScope;
import org.sujarit.access.Permission;
import org.sujarit.audit.AuditEvent;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.Unit;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;
import org.sujarit.common.Json;
import org.sujarit.plan.Plans;
import org.sujarit.plan.VersionInfo;
import org.sujarit.plan.WorkflowStamp;

/**
 * The monitoring use cases. Progress is reported on the items of the plan version in force (the
 * latest approved or published one; item ids stay the same across versions). Each use case checks
 * who may act, lets the domain types apply their rules, stores the change and records it in the
 * audit trail in one transaction.
 *
 * <p>Rights ({@code access.Permission}): REPORT_PROGRESS on the items of one's own unit (UNIT_OFFICER)
 * or, with REVIEW_PROGRESS, on any item, reviewing records (PLANNER); MANAGE_MONITORING for deadlines,
 * contacts and goal results (PLANNER); ACKNOWLEDGE_ROUND (EXECUTIVE); whoever may read the plan reads
 * its progress and evidence.
 */
@Service
@Transactional
public class Progress {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final Plans plans;
  private final Organizations organizations;
  private final ProgressRepository repository;
  private final EvidenceStore evidenceStore;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Progress(Plans plans, Organizations organizations, ProgressRepository repository, EvidenceStore evidenceStore,
      ApplicationEventPublisher events, Clock clock) {
    this.plans = plans;
    this.organizations = organizations;
    this.repository = repository;
    this.evidenceStore = evidenceStore;
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
   * One item's progress in a round: every version of its record, oldest first, and its evidence.
   * othersItem: the user reports for their unit, but this item belongs to other units (read only).
   */
  public record ItemProgress(Board board, PlanItem item, List<ProgressRecord> history, List<EvidenceFile> evidence,
      boolean mayReport, boolean othersItem) {

    public ProgressRecord latest() {
      return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    /** The message key of a warning when more was spent than planned, or spent with nothing planned; else null. */
    public String spendingWarning() {
      ProgressRecord r = latest();
      if (r == null || r.entry().spent() == null || r.entry().spent().isZero()) return null;
      java.util.Optional<org.sujarit.common.Baht> planned = item.budget().in(board.round().year());
      if (planned.isEmpty() || planned.get().isZero()) return "monitoring.warning.spentWithoutBudget";
      return r.entry().spent().compareTo(planned.get()) > 0 ? "monitoring.warning.spentOverBudget" : null;
    }
  }

  // ---- reading -----------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Board board(CurrentUser user, PlanId id, ReportingRound round) {
    Plan plan = inForce(user, id, round);
    Organization org = organizations.get(user, plan.organizationId());
    OrganizationScope scope = org.scope();
    Map<PlanItemId, List<EvidenceFile>> evidence = new LinkedHashMap<>();
    repository.evidence(id, round).forEach(f -> evidence.computeIfAbsent(f.itemId(), k -> new ArrayList<>()).add(f));
    Map<UnitId, String> units = organizations.unitNames(plan.organizationId());
    Rights rights = new Rights(user.may(Permission.REPORT_PROGRESS, scope), user.may(Permission.REVIEW_PROGRESS, scope),
        user.may(Permission.ACKNOWLEDGE_ROUND, scope), user.may(Permission.MANAGE_MONITORING, scope));
    return new Board(plan, org, round, repository.roundState(id, round),
        round.dueDate(repository.deadlines(plan.organizationId())),
        ProgressFigures.of(plan, round, repository.latestReported(id, round), today()), repository.latest(id, round), evidence,
        units, repository.goalResults(id, round.year()), rights);
  }

  @Transactional(readOnly = true)
  public ItemProgress item(CurrentUser user, PlanId id, ReportingRound round, PlanItemId itemId) {
    Board board = board(user, id, round);
    PlanItem item = board.plan().item(itemId);
    OrganizationScope scope = board.organization().scope();
    boolean may = mayReport(user, item, scope);
    return new ItemProgress(board, item, repository.history(id, round, itemId), board.evidence().getOrDefault(itemId, List.of()),
        may, !may && user.may(Permission.REPORT_PROGRESS, scope));
  }

  @Transactional(readOnly = true)
  public RoundDeadlines deadlines(CurrentUser user, OrganizationId org) {
    user.require(Permission.READ, organizations.scopeOf(org));
    return repository.deadlines(org);
  }

  @Transactional(readOnly = true)
  public Map<UnitId, String> contacts(CurrentUser user, OrganizationId org) {
    user.require(Permission.MANAGE_MONITORING, organizations.scopeOf(org));
    return repository.contacts(org);
  }

  /** An evidence file the user may read, and where its content is. */
  @Transactional(readOnly = true)
  public StoredEvidence evidence(CurrentUser user, UUID evidenceId) {
    EvidenceFile f = repository.evidence(evidenceId).orElseThrow(() -> new NotFoundException("monitoring.evidence.not-found"));
    plans.get(user, f.planId()); // the plan's readers read its evidence
    return new StoredEvidence(f, evidenceStore.path(f.sha256()));
  }

  public record StoredEvidence(EvidenceFile file, Path content) {}

  // ---- reporting ---------------------------------------------------------------------------

  /**
   * Saves a new version of the item's record; {@code submit} hands it to the planner at once. In a
   * closed round only the planner corrects, with a {@code correctionNote}.
   */
  public ProgressRecord save(CurrentUser user, PlanId id, ReportingRound round, PlanItemId itemId, ProgressEntry entry,
      String correctionNote, boolean submit) {
    Plan plan = inForce(user, id, round);
    PlanItem item = plan.item(itemId);
    OrganizationScope scope = organizations.scopeOf(plan.organizationId());
    requireMayReport(user, item, scope);
    RoundState state = repository.roundState(id, round);
    if (state.closed() && !user.may(Permission.REVIEW_PROGRESS, scope)) state.requireOpen();
    entry.validFor(item);
    List<ProgressRecord> history = repository.history(id, round, itemId);
    ProgressRecord previous = history.isEmpty() ? null : history.get(history.size() - 1);
    ProgressRecord record = ProgressRecord.revise(previous, id, plan.version(), itemId, round, entry, stamp(user), state, correctionNote);
    if (submit && !state.closed()) record = record.submit(stamp(user));
    repository.insert(record, plan.organizationId());
    audit(user, plan, record, state.closed() ? "correct" : "save", previous == null ? null : Json.write(previous),
        Json.write(record));
    return record;
  }

  public ProgressRecord submit(CurrentUser user, PlanId id, ReportingRound round, PlanItemId itemId) {
    return review(user, id, round, itemId, "submit", r -> r.submit(stamp(user)));
  }

  public ProgressRecord accept(CurrentUser user, PlanId id, ReportingRound round, PlanItemId itemId) {
    ProgressRecord accepted = review(user, id, round, itemId, "accept", r -> r.accept(stamp(user)));
    events.publishEvent(new ProgressRecordAccepted(id, accepted.planVersion(), inForce(user, id, round).organizationId(), itemId,
        round.year().value(), round.kind(), accepted.version(), accepted.reviewed().at()));
    return accepted;
  }

  public ProgressRecord returnRecord(CurrentUser user, PlanId id, ReportingRound round, PlanItemId itemId, String comment) {
    return review(user, id, round, itemId, "return", r -> r.returnWith(stamp(user), comment));
  }

  /** The executive acknowledges the round's report: the round closes. */
  public RoundState acknowledge(CurrentUser user, PlanId id, ReportingRound round, String note) {
    Plan plan = inForce(user, id, round);
    user.require(Permission.ACKNOWLEDGE_ROUND, organizations.scopeOf(plan.organizationId()));
    RoundState closed = repository.roundState(id, round).acknowledge(stamp(user), user.displayName(), note, repository.latest(id, round).values());
    repository.close(closed);
    events.publishEvent(new AuditEvent(user.username(), plan.organizationId().value(), "progress-round", id + "/" + round, "acknowledge",
        null, Json.write(closed)));
    events.publishEvent(new RoundAcknowledged(id, plan.organizationId(), round.year().value(), round.kind(), closed.acknowledged().at()));
    return closed;
  }

  public EvidenceFile addEvidence(CurrentUser user, PlanId id, ReportingRound round, PlanItemId itemId, String fileName, InputStream content) {
    Plan plan = inForce(user, id, round);
    PlanItem item = plan.item(itemId);
    OrganizationScope scope = organizations.scopeOf(plan.organizationId());
    requireMayReport(user, item, scope);
    RoundState state = repository.roundState(id, round);
    if (!user.may(Permission.REVIEW_PROGRESS, scope)) state.requireOpen();
    String name = cleanFileName(fileName);
    EvidenceStore.Stored stored = evidenceStore.store(name, content);
    EvidenceFile f = new EvidenceFile(UUID.randomUUID(), id, itemId, round, name, stored.type(), stored.size(), stored.sha256(), stamp(user),
        null);
    repository.insert(f, plan.organizationId());
    events.publishEvent(new AuditEvent(user.username(), plan.organizationId().value(), "progress", entityId(id, round, itemId),
        "evidence", null, Json.write(f)));
    return f;
  }

  /**
   * Marks an evidence file public or not (the plan's reviewer). A public file is shown on the public
   * site with its report once the round is acknowledged, and never before.
   */
  public EvidenceFile markEvidencePublic(CurrentUser user, UUID evidenceId, boolean makePublic) {
    EvidenceFile f = repository.evidence(evidenceId).orElseThrow(() -> new NotFoundException("monitoring.evidence.not-found"));
    Plan plan = plans.get(user, f.planId());
    user.require(Permission.REVIEW_PROGRESS, organizations.scopeOf(plan.organizationId()));
    if (f.isPublic() == makePublic) return f;
    EvidenceFile after = new EvidenceFile(f.id(), f.planId(), f.itemId(), f.round(), f.fileName(), f.type(), f.size(), f.sha256(), f.uploaded(),
        makePublic ? stamp(user) : null);
    repository.markPublic(f.id(), after.madePublic());
    events.publishEvent(new AuditEvent(user.username(), plan.organizationId().value(), "progress", entityId(f.planId(), f.round(), f.itemId()),
        makePublic ? "evidence-public" : "evidence-private", Json.write(f), Json.write(after)));
    return after;
  }

  public long maxEvidenceSize() {
    return evidenceStore.maxSize();
  }

  // ---- planner's settings and results ------------------------------------------------------

  /** Actual values of Part 1 goals in the round's fiscal year (e.g. the ITA score), by goal name; null clears one. */
  public void setGoalResults(CurrentUser user, PlanId id, ReportingRound round, Map<String, BigDecimal> actuals) {
    Plan plan = inForce(user, id, round);
    user.require(Permission.MANAGE_MONITORING, organizations.scopeOf(plan.organizationId()));
    actuals.forEach((goal, actual) -> {
      if (plan.introduction().goals().stream().noneMatch(g -> g.name().equals(goal))) throw RuleViolation.field("goal", "monitoring.goal.unknown");
      if (actual != null && actual.signum() < 0) throw RuleViolation.field("actual", "monitoring.indicator.negative");
      repository.saveGoalResult(id, round.year(), goal, actual, stamp(user));
    });
    events.publishEvent(new AuditEvent(user.username(), plan.organizationId().value(), "goal-result", id + "/" + round.year(), "set",
        null, Json.write(actuals)));
  }

  public void setDeadlines(CurrentUser user, OrganizationId org, RoundDeadlines deadlines) {
    user.require(Permission.MANAGE_MONITORING, organizations.scopeOf(org));
    RoundDeadlines before = repository.deadlines(org);
    repository.saveDeadlines(org, deadlines);
    events.publishEvent(new AuditEvent(user.username(), org.value(), "reporting-deadline", org.toString(), "update",
        before.toString(), deadlines.toString()));
  }

  /** Where reminders for a unit go; a blank address removes it. */
  public void setContact(CurrentUser user, OrganizationId org, UnitId unit, String email) {
    user.require(Permission.MANAGE_MONITORING, organizations.scopeOf(org));
    Unit u = organizations.unit(unit).filter(x -> x.organizationId().equals(org))
        .orElseThrow(() -> new NotFoundException("unit.not-found"));
    String address = email == null || email.isBlank() ? null : email.strip();
    if (address != null && !EMAIL.matcher(address).matches()) throw RuleViolation.field("email", "monitoring.contact.invalid", address);
    repository.saveContact(org, u.id(), address);
    events.publishEvent(new AuditEvent(user.username(), org.value(), "unit-contact", unit.toString(), "update", null, address));
  }

  // ---- internals ---------------------------------------------------------------------------

  /** The version whose items progress is reported on: the latest approved or published one. */
  private Plan inForce(CurrentUser user, PlanId id, ReportingRound round) {
    List<VersionInfo> versions = plans.versions(user, id);
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (!versions.get(i).status().inForce()) continue;
      Plan plan = plans.get(user, id, versions.get(i).version());
      if (!plan.period().contains(round.year())) {
        throw RuleViolation.field("year", "monitoring.year.outside-plan", round.year().value(), plan.period().first().value(),
            plan.period().last().value());
      }
      return plan;
    }
    throw new RuleViolation("monitoring.plan.not-in-force");
  }

  /** UNIT_OFFICER: items of their own unit only; PLANNER: any item. */
  static boolean mayReport(CurrentUser user, PlanItem item, OrganizationScope scope) {
    if (!user.may(Permission.REPORT_PROGRESS, scope)) return false;
    if (user.may(Permission.REVIEW_PROGRESS, scope)) return true;
    return user.unitId() != null && item.responsibleUnits().contains(new UnitId(user.unitId()));
  }

  private static void requireMayReport(CurrentUser user, PlanItem item, OrganizationScope scope) {
    if (!mayReport(user, item, scope)) throw new org.sujarit.access.AccessRefusedException(Permission.REPORT_PROGRESS);
  }

  private ProgressRecord review(CurrentUser user, PlanId id, ReportingRound round, PlanItemId itemId, String action,
      java.util.function.UnaryOperator<ProgressRecord> change) {
    Plan plan = inForce(user, id, round);
    PlanItem item = plan.item(itemId);
    OrganizationScope scope = organizations.scopeOf(plan.organizationId());
    if ("submit".equals(action)) requireMayReport(user, item, scope);
    else user.require(Permission.REVIEW_PROGRESS, scope);
    repository.roundState(id, round).requireOpen();
    List<ProgressRecord> history = repository.history(id, round, itemId);
    if (history.isEmpty()) throw new RuleViolation("monitoring.record.none");
    ProgressRecord before = history.get(history.size() - 1);
    ProgressRecord after = change.apply(before);
    repository.updateReview(after);
    audit(user, plan, after, action, before.review().name(), Json.write(after));
    return after;
  }

  private void audit(CurrentUser user, Plan plan, ProgressRecord r, String action, String before, String after) {
    events.publishEvent(new AuditEvent(user.username(), plan.organizationId().value(), "progress",
        entityId(plan.id(), r.round(), r.itemId()), action, before, after));
  }

  private static String entityId(PlanId plan, ReportingRound round, PlanItemId item) {
    return plan + "/" + round + "/" + item;
  }

  private static String cleanFileName(String name) {
    String n = name == null ? "" : name.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (n.isEmpty()) throw RuleViolation.field("file", "monitoring.evidence.missing");
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }

  private WorkflowStamp stamp(CurrentUser user) {
    return new WorkflowStamp(user.username(), clock.instant());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ProgressFigures.THAILAND));
  }
}
