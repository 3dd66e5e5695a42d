package org.sujarit.plan;

import org.sujarit.plan.internal.ItemDraft;
import org.sujarit.plan.internal.PlanDiff;
import org.sujarit.common.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Permission;
import org.sujarit.audit.AuditEvent;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.framework.Framework;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.part1.Part1RiskTable;
import org.sujarit.plan.part1.Part1Risks;

/**
 * The plan use cases. Each reads the plan, checks that the user may act on that organization's plan,
 * lets the {@link Plan} apply its rules, stores the change under optimistic locking and records what
 * changed in the audit trail, all in one transaction.
 */
@Service
@Transactional
public class Plans {
  private final PlanRepository repository;
  private final Organizations organizations;
  private final FrameworkCatalog frameworks;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ObjectProvider<Part1Risks> assessments;

  Plans(PlanRepository repository, Organizations organizations, FrameworkCatalog frameworks,
      ApplicationEventPublisher events, Clock clock, ObjectProvider<Part1Risks> assessments) {
    this.repository = repository;
    this.organizations = organizations;
    this.frameworks = frameworks;
    this.events = events;
    this.clock = clock;
    this.assessments = assessments;
  }

  // ---- reading -----------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Plan get(CurrentUser user, PlanId id) {
    Plan plan = repository.findLatest(id).orElseThrow(() -> notFound(id));
    user.require(Permission.READ, organizations.scopeOf(plan.organizationId()));
    return plan;
  }

  @Transactional(readOnly = true)
  public Plan get(CurrentUser user, PlanId id, int version) {
    requireOn(user, Permission.READ, id);
    return repository.find(id, version).orElseThrow(() -> notFound(id));
  }

  @Transactional(readOnly = true)
  public List<VersionInfo> versions(CurrentUser user, PlanId id) {
    requireOn(user, Permission.READ, id);
    return repository.versions(id);
  }

  /** The latest version of each plan of the organization. */
  @Transactional(readOnly = true)
  public List<Plan> ofOrganization(CurrentUser user, OrganizationId org) {
    user.require(Permission.READ, organizations.scopeOf(org));
    return repository.latestOf(org);
  }

  public Framework frameworkOf(Plan plan) {
    return frameworks.get(plan.frameworkCode());
  }

  public PlanTotals totals(Plan plan) {
    return PlanTotals.of(plan, frameworkOf(plan));
  }

  public List<PlanFinding> findings(Plan plan) {
    return findings(plan, totals(plan));
  }

  /** The findings, when the caller has the plan's totals already; with a warning for each high risk of Part 1 that no measure treats. */
  public List<PlanFinding> findings(Plan plan, PlanTotals totals) {
    List<PlanFinding> out = new ArrayList<>(PlanFindings.of(plan, frameworkOf(plan), totals));
    Part1RiskTable risks = part1Risks(plan);
    for (Part1RiskTable.Row r : risks.untreated()) {
      out.add(new PlanFinding(PlanFinding.Code.UNTREATED_RISK, null, List.of(r.risk() == null ? String.valueOf(r.process()) : r.risk(), String.valueOf(risks.year().value()))));
    }
    return out;
  }

  /**
   * Part 1's risk table of a plan the caller has read: the organization's risk assessment of the
   * plan's risk year (approved or still a draft) when there is one, else the rows typed in the plan.
   */
  @Transactional(readOnly = true)
  public Part1RiskTable part1Risks(Plan plan) {
    return part1Risks(assessments, plan, false);
  }

  static Part1RiskTable part1Risks(ObjectProvider<Part1Risks> port, Plan plan, boolean approvedOnly) {
    Part1Risks p = port.getIfAvailable();
    return (p == null ? Optional.<Part1RiskTable>empty() : p.assessment(plan.organizationId(), plan.part1RiskYear(), approvedOnly))
        .orElseGet(() -> Part1RiskTable.typed(plan));
  }

  /**
   * The latest version of every plan with typed Part 1 risk rows, for the one-time move of those rows
   * into risk assessments. No user and so no access check: system jobs only, never a request.
   */
  @Transactional(readOnly = true)
  public List<Plan> latestWithTypedRisks() {
    return repository.latestWithTypedRisks();
  }

  // ---- creating ----------------------------------------------------------------------------

  public Plan create(CurrentUser user, OrganizationId org, String frameworkCode, FiscalPeriod period, String title) {
    user.require(Permission.EDIT_PLAN, organizations.scopeOf(org));
    Framework framework = frameworks.find(frameworkCode)
        .orElseThrow(() -> RuleViolation.field("frameworkCode", "plan.framework.unknown", String.valueOf(frameworkCode)));
    Plan plan = Plan.draft(org, framework, period, title, stamp(user));
    repository.insert(plan);
    audit(user, plan, "create", null, Json.write(plan.snapshot()));
    drafted(plan);
    return plan;
  }

  /** A new plan for the next period, copied from one the user may read (the organization's previous plan). */
  public Plan copy(CurrentUser user, PlanId sourceId, int sourceVersion, FiscalPeriod period, String frameworkCode, String title) {
    Plan source = get(user, sourceId, sourceVersion);
    user.require(Permission.EDIT_PLAN, organizations.scopeOf(source.organizationId()));
    Framework framework = frameworks.find(frameworkCode)
        .orElseThrow(() -> RuleViolation.field("frameworkCode", "plan.framework.unknown", String.valueOf(frameworkCode)));
    Plan plan = source.copyFor(period, framework, title, stamp(user));
    repository.insert(plan);
    audit(user, plan, "copy", null, Json.write(Map.of("source", source.id() + "/" + source.version())));
    drafted(plan);
    return plan;
  }

  /**
   * A new draft of the organization from an interchange plan (an imported document, the API, demo
   * data). Responsible units named in it are created when the organization lacks them.
   */
  public Plan createFrom(CurrentUser user, OrganizationId org, PlanInterchange in) {
    user.require(Permission.EDIT_PLAN, organizations.scopeOf(org));
    if (in.period() == null) throw RuleViolation.field("period", "import.period.missing");
    Framework framework = frameworks.find(in.framework()).or(() -> frameworks.covering(in.period().startYear()))
        .orElseThrow(() -> RuleViolation.field("frameworkCode", "plan.framework.unknown", String.valueOf(in.framework())));
    Plan plan = PlanInterchangeMapper.toPlan(in, org, framework,
        name -> organizations.unitNamed(user.username(), org, name).id(), stamp(user));
    repository.insert(plan);
    audit(user, plan, "import", null, Json.write(plan.snapshot()));
    events.publishEvent(new PlanImported(plan.id(), org, plan.part1RiskYear().value(), plan.introduction().risks(), user.username(),
        PlanInterchangeMapper.importedRisks(in, plan)));
    drafted(plan);
    return plan;
  }

  /** What a draft made from an interchange plan would be, by the plan's own rules; nothing is stored. */
  public record DraftPreview(List<FiscalYear> years, PlanTotals totals, List<PlanFinding> findings, StatedTotals stated) {}

  /** The preview of {@link #createFrom}: totals and findings of the draft the user could create. */
  @Transactional(readOnly = true)
  public DraftPreview preview(CurrentUser user, OrganizationId org, PlanInterchange in, Framework framework) {
    user.require(Permission.EDIT_PLAN, organizations.scopeOf(org));
    Plan draft = PlanInterchangeMapper.toPlan(in, org, framework, name -> UnitId.random(), new WorkflowStamp("preview", Instant.EPOCH));
    PlanTotals totals = PlanTotals.of(draft, framework);
    return new DraftPreview(draft.period().years(), totals, PlanFindings.of(draft, framework, totals),
        draft.statedTotals().orElse(null));
  }

  /** A version in interchange form, for documents and the API. */
  @Transactional(readOnly = true)
  public PlanInterchange export(CurrentUser user, PlanId id, int version) {
    return export(user, get(user, id, version));
  }

  /** A plan the caller has already read, in interchange form. */
  public PlanInterchange export(CurrentUser user, Plan plan) {
    return PlanInterchangeMapper.toInterchange(plan, organizations.get(user, plan.organizationId()), frameworkOf(plan),
        organizations.unitNames(user, plan.organizationId()), part1Risks(plan));
  }

  // ---- editing a draft ---------------------------------------------------------------------

  /**
   * Applies an edit to the version the user was looking at ({@code version}, read at
   * {@code revision}); refused when someone else changed it meanwhile.
   */
  Plan edit(CurrentUser user, PlanId id, int version, long revision, String action, Consumer<Plan> change) {
    return apply(user, Permission.EDIT_PLAN, id, version, revision, action, change);
  }

  /** Item authoring is the plan's own (its editor, API and library start, through {@link PlanItemEditing}). */
  PlanItem addItem(CurrentUser user, PlanId id, int version, long revision, ItemDraft draft) {
    PlanItem[] added = new PlanItem[1];
    edit(user, id, version, revision, "item.add", p -> added[0] = p.addItem(draft, frameworkOf(p)));
    return added[0];
  }

  Plan updateItem(CurrentUser user, PlanId id, int version, long revision, PlanItemId item, ItemDraft draft) {
    return edit(user, id, version, revision, "item.update", p -> p.updateItem(item, draft, frameworkOf(p)));
  }

  public Plan removeItem(CurrentUser user, PlanId id, int version, long revision, PlanItemId item) {
    return edit(user, id, version, revision, "item.remove", p -> p.removeItem(item));
  }

  public Plan setBudget(CurrentUser user, PlanId id, int version, long revision, PlanItemId item, FiscalYear year, Baht amount) {
    return edit(user, id, version, revision, "item.budget", p -> p.setBudget(item, year, amount));
  }

  public Plan moveItem(CurrentUser user, PlanId id, int version, long revision, PlanItemId item, String mission, int position) {
    return edit(user, id, version, revision, "item.move", p -> p.moveItem(item, mission, position, frameworkOf(p)));
  }

  public Plan setDetails(CurrentUser user, PlanId id, int version, long revision, PlanItemId item, DetailSheet details) {
    return edit(user, id, version, revision, "item.details", p -> p.setDetails(item, details));
  }

  public Plan setIntroduction(CurrentUser user, PlanId id, int version, long revision, Introduction intro) {
    return edit(user, id, version, revision, "introduction", p -> p.setIntroduction(intro));
  }

  /** The fiscal year whose risk assessment Part 1 shows; null for the plan's first year. */
  public Plan chooseRiskYear(CurrentUser user, PlanId id, int version, long revision, FiscalYear year) {
    return edit(user, id, version, revision, "introduction.risk-year", p -> p.chooseRiskYear(year));
  }

  // ---- workflow ----------------------------------------------------------------------------

  public Plan submit(CurrentUser user, PlanId id, int version, long revision) {
    Plan plan = apply(user, Permission.EDIT_PLAN, id, version, revision, "submit", p -> p.submit(stamp(user)));
    events.publishEvent(new PlanSubmitted(plan.id(), plan.version(), plan.organizationId(), plan.submitted().orElseThrow().at()));
    return plan;
  }

  public Plan approve(CurrentUser user, PlanId id, int version, long revision) {
    Plan plan = apply(user, Permission.APPROVE_PLAN, id, version, revision, "approve", p -> p.approve(stamp(user)));
    events.publishEvent(new PlanApproved(plan.id(), plan.version(), plan.organizationId(), plan.period().first().value(),
        plan.period().last().value(), plan.approved().orElseThrow().at()));
    return plan;
  }

  public Plan returnForChanges(CurrentUser user, PlanId id, int version, long revision, String comment) {
    Plan plan = apply(user, Permission.APPROVE_PLAN, id, version, revision, "return", p -> p.returnForChanges(stamp(user), comment));
    events.publishEvent(new PlanReturned(plan.id(), plan.version(), plan.organizationId(), plan.returned().orElseThrow().at()));
    return plan;
  }

  public Plan publish(CurrentUser user, PlanId id, int version, long revision) {
    Plan plan = apply(user, Permission.PUBLISH_PLAN, id, version, revision, "publish", p -> p.publish(stamp(user)));
    events.publishEvent(new PlanPublished(plan.id(), plan.version(), plan.organizationId(), plan.period().first().value(),
        plan.period().last().value(), plan.published().orElseThrow().at()));
    return plan;
  }

  /** Starts the next version of a plan in force; only the latest version can be amended. */
  public Plan amend(CurrentUser user, PlanId id, String note) {
    requireOn(user, Permission.EDIT_PLAN, id);
    Plan current = repository.findLatest(id).orElseThrow(() -> notFound(id));
    Plan next = current.amend(stamp(user), note);
    repository.insert(next);
    audit(user, next, "amend", null, Json.write(Map.of("from", current.version(), "note", String.valueOf(note))));
    events.publishEvent(new PlanAmended(next.id(), next.version(), current.version(), next.organizationId(), next.created().at()));
    return next;
  }

  // ---- internals ---------------------------------------------------------------------------

  private void drafted(Plan plan) {
    events.publishEvent(new PlanDrafted(plan.id(), plan.version(), plan.organizationId(), plan.period().first().value(),
        plan.period().last().value(), plan.created().at()));
  }

  private Plan apply(CurrentUser user, Permission permission, PlanId id, int version, long revision, String action,
      Consumer<Plan> change) {
    requireOn(user, permission, id);
    Plan plan = repository.find(id, version).orElseThrow(() -> notFound(id));
    if (plan.revision() != revision) throw new RuleViolation("plan.concurrent-change");
    Plan.Snapshot before = plan.snapshot();
    change.accept(plan);
    PlanDiff diff = PlanDiff.between(before, plan.snapshot());
    repository.update(plan, diff, clock.instant());
    audit(user, plan, action, Json.write(changedParts(before, diff, true)), Json.write(changedParts(plan.snapshot(), diff, false)));
    return plan;
  }

  /** Only what the change touched goes into the audit trail, not the whole plan. */
  private static Map<String, Object> changedParts(Plan.Snapshot state, PlanDiff diff, boolean before) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (diff.titleChanged()) out.put("title", state.title());
    if (diff.statusChanged()) out.put("status", state.status());
    if (diff.introductionChanged()) out.put("introduction", state.introduction());
    List<PlanItem> items = new ArrayList<>();
    diff.changed().forEach(c -> items.add(before ? c.before() : c.after()));
    (before ? diff.removed() : diff.added()).forEach(items::add);
    if (!items.isEmpty()) out.put("items", items);
    return out;
  }

  private void requireOn(CurrentUser user, Permission permission, PlanId id) {
    OrganizationId org = repository.organizationOf(id).orElseThrow(() -> notFound(id));
    user.require(permission, organizations.scopeOf(org));
  }

  private WorkflowStamp stamp(CurrentUser user) {
    return new WorkflowStamp(user.username(), clock.instant());
  }

  private void audit(CurrentUser user, Plan plan, String action, String before, String after) {
    events.publishEvent(new AuditEvent(user.username(), plan.organizationId().value(), "plan",
        plan.id() + "/" + plan.version(), action, before, after));
  }

  private static RuleViolation notFound(PlanId id) {
    return new PlanNotFoundException(id);
  }
}
