package org.sujarit.risk;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.AccessRefusedException;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.OrganizationScope;
import org.sujarit.access.Permission;
import org.sujarit.audit.AuditEvent;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.RuleViolation;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Introduction;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanImported;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;
import org.sujarit.common.Json;
import org.sujarit.plan.Plans;
import org.sujarit.plan.WorkflowStamp;

/**
 * The risk assessment use cases. Each checks who may act (MANAGE_RISK drafts, APPROVE_RISK approves and
 * acknowledges, REPORT_RISK reports surveillance and status — a unit officer only on the risks of
 * their unit; READ reads), lets {@link RiskAssessment} apply its rules, stores the change on the
 * revision the user saw and records it in the audit trail, in one transaction.
 */
@Service
@Transactional
public class RiskAssessments {
  private final RiskRepository repository;
  private final RiskMatrices matrices;
  private final Organizations organizations;
  private final Plans plans;
  private final Progress progress;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RiskAssessments(RiskRepository repository, RiskMatrices matrices, Organizations organizations, Plans plans, Progress progress,
      ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.matrices = matrices;
    this.organizations = organizations;
    this.plans = plans;
    this.progress = progress;
    this.events = events;
    this.clock = clock;
  }

  /** What the user may do on an assessment's pages. */
  public record Rights(boolean manage, boolean approve, boolean report) {}

  /**
   * An assessment with what its pages need: its matrix, the units' names, and the items of the
   * organization's plan covering the year (the measures' links are resolved against them).
   */
  public record View(Organization organization, RiskAssessment assessment, RiskMatrix matrix, Map<UnitId, String> unitNames,
      Plan plan, Map<PlanItemId, PlanItem> planItems, Rights rights) {

    public String unitName(UnitId id) {
      return id == null ? "" : unitNames.getOrDefault(id, "");
    }

    /** The linked item's name as the plan has it now; null when the item is no longer in the plan. */
    public String itemName(PlanItemId id) {
      PlanItem item = id == null ? null : planItems.get(id);
      return item == null ? null : item.name();
    }
  }

  // ---- reading -----------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public List<RiskAssessment> all(CurrentUser user, OrganizationId org) {
    user.require(Permission.READ, organizations.scopeOf(org));
    return repository.all(org);
  }

  @Transactional(readOnly = true)
  public Optional<View> find(CurrentUser user, OrganizationId org, FiscalYear year) {
    Organization o = organizations.get(user, org);
    return repository.find(org, year).map(a -> view(user, o, a));
  }

  @Transactional(readOnly = true)
  public View view(CurrentUser user, OrganizationId org, FiscalYear year) {
    return find(user, org, year).orElseThrow(() -> new NotFoundException("risk.assessment.not-found", year.value()));
  }

  @Transactional(readOnly = true)
  public List<SurveillanceReport> surveillance(CurrentUser user, OrganizationId org, FiscalYear year, RoundKind round) {
    return surveillance(view(user, org, year), round);
  }

  /** A round's reports of a view already read (and so checked): a page or report that has the view reads it once. */
  @Transactional(readOnly = true)
  public List<SurveillanceReport> surveillance(View view, RoundKind round) {
    return repository.surveillance(view.assessment().id(), round);
  }

  /** Every round's reports of a view already read, for the yearly risk-management report. */
  @Transactional(readOnly = true)
  public Map<RoundKind, List<SurveillanceReport>> rounds(View view) {
    Map<RoundKind, List<SurveillanceReport>> all = new EnumMap<>(RoundKind.class);
    for (RoundKind k : RoundKind.values()) all.put(k, surveillance(view, k));
    return all;
  }

  /** Two years of the organization side by side, risk by risk through their lineage. */
  @Transactional(readOnly = true)
  public YearComparison compare(CurrentUser user, OrganizationId org, FiscalYear from, FiscalYear to) {
    user.require(Permission.READ, organizations.scopeOf(org));
    if (from.equals(to)) throw RuleViolation.field("from", "risk.compare.same-year");
    RiskAssessment a = load(org, from);
    RiskAssessment b = load(org, to);
    return YearComparison.of(a, matrixOf(a), b, matrixOf(b));
  }

  public RiskMatrices matrices() {
    return matrices;
  }

  // ---- drafting ----------------------------------------------------------------------------

  /** Where a new year's assessment starts from. */
  public enum Start { EMPTY, PREVIOUS_YEAR, PLAN_PART1 }

  /**
   * Starts the year's assessment with the chosen matrix: empty; from the latest earlier year's, its
   * risks carried over to be re-rated; or from the Part 1 risk rows of the plan covering the year.
   */
  public RiskAssessment start(CurrentUser user, OrganizationId org, FiscalYear year, String matrixId, Start from) {
    user.require(Permission.MANAGE_RISK, organizations.scopeOf(org));
    if (repository.find(org, year).isPresent()) throw RuleViolation.field("year", "risk.assessment.exists", year.value());
    RiskMatrix matrix = matrices.latest(matrixId == null || matrixId.isBlank() ? RiskMatrices.NACC_3X3 : matrixId)
        .orElseThrow(() -> RuleViolation.field("matrix", "risk.matrix.unknown", matrixId));
    RiskAssessment a = RiskAssessment.draft(org, year, matrix, stamp(user));
    String action = "create";
    if (from == Start.PREVIOUS_YEAR) {
      Optional<RiskAssessment> previous = repository.all(org).stream().filter(x -> x.year().compareTo(year) < 0)
          .max(Comparator.comparing(RiskAssessment::year));
      if (previous.isPresent()) {
        a = previous.get().carryOver(year, matrix, stamp(user));
        action = "carry-over";
      }
    } else if (from == Start.PLAN_PART1) {
      a = withRisks(a, Part1Rows.from(planItems(user, org, year).map(p -> p.plan().introduction().risks()).orElse(List.of())));
      action = "from-plan";
    }
    repository.insert(a);
    audit(user.username(), a, action, null);
    return a;
  }

  /**
   * A draft of the year from Part 1 risk rows typed in a plan, when the organization has no assessment
   * of that year yet; nothing when it has one or there are no rows. For system steps (the one-time
   * move of typed rows) that have checked access.
   */
  public Optional<RiskAssessment> draftFromRows(OrganizationId org, FiscalYear year, List<Introduction.RiskRow> rows, String by, String action) {
    return draft(org, year, matrices.latest(RiskMatrices.NACC_3X3).orElseThrow(), Part1Rows.from(rows), by, action);
  }

  /** The same from the rows an import made, its controls named in words joined in one note ({@link Part1Rows#fromImport}). */
  Optional<RiskAssessment> draftFromImportedRows(OrganizationId org, FiscalYear year, List<Introduction.RiskRow> rows, String by) {
    return draft(org, year, matrices.latest(RiskMatrices.NACC_3X3).orElseThrow(), Part1Rows.fromImport(rows), by, "from-import");
  }

  /**
   * The same from the risks an imported document's forms gave (area, factor, light, scores on the
   * matrix they name, control quality, measures linked to the new plan's items by name).
   */
  public Optional<RiskAssessment> draftFromImport(OrganizationId org, FiscalYear year, List<PlanImported.ImportedRisk> read, String by) {
    RiskMatrix matrix = ImportedReading.matrix(read, matrices);
    return draft(org, year, matrix, ImportedReading.risks(read, matrix), by, "from-import");
  }

  private Optional<RiskAssessment> draft(OrganizationId org, FiscalYear year, RiskMatrix matrix, List<Risk> risks, String by, String action) {
    if (risks.isEmpty() || repository.find(org, year).isPresent()) return Optional.empty();
    RiskAssessment a = withRisks(RiskAssessment.draft(org, year, matrix, new WorkflowStamp(by, clock.instant())), risks);
    repository.insert(a);
    audit(by, a, action, null);
    return Optional.of(a);
  }

  private static RiskAssessment withRisks(RiskAssessment draft, List<Risk> risks) {
    RiskAssessment a = draft;
    for (Risk r : risks) a = a.addRisk(r);
    return new RiskAssessment(a.id(), a.organizationId(), a.year(), a.matrixId(), a.matrixVersion(), a.status(), 0, a.risks(), a.created(),
        null, null, null);
  }

  public RiskAssessment addRisk(CurrentUser user, OrganizationId org, FiscalYear year, long revision, Risk risk) {
    requireUnitOf(org, risk.ownerUnit());
    return draftChange(user, org, year, revision, "add-risk", a -> a.addRisk(risk));
  }

  /** Steps 1 to 4 of one risk, as the risk's form sends them. */
  public RiskAssessment updateRisk(CurrentUser user, OrganizationId org, FiscalYear year, long revision, UUID riskId, Risk identification,
      Integer likelihood, Integer impact, ControlQuality control) {
    requireUnitOf(org, identification.ownerUnit());
    return draftChange(user, org, year, revision, "update-risk", a -> {
      RiskMatrix matrix = matrixOf(a);
      return a.identify(riskId, identification.area(), identification.process(), identification.description(), identification.factor(),
          identification.ownerUnit(), identification.light()).rate(riskId, matrix, likelihood, impact, control);
    });
  }

  public RiskAssessment removeRisk(CurrentUser user, OrganizationId org, FiscalYear year, long revision, UUID riskId) {
    return draftChange(user, org, year, revision, "remove-risk", a -> a.removeRisk(riskId));
  }

  /** Step 5: a measure; a linked item must be one of the organization's plan covering the year. */
  public RiskAssessment addMeasure(CurrentUser user, OrganizationId org, FiscalYear year, long revision, UUID riskId, Measure measure) {
    requireUnitOf(org, measure.ownerUnit());
    if (measure.linked() && planItems(user, org, year).map(p -> !p.items().containsKey(measure.planItem())).orElse(true)) {
      throw RuleViolation.field("planItem", "risk.measure.not-in-plan");
    }
    return draftChange(user, org, year, revision, "add-measure", a -> a.addMeasure(riskId, measure));
  }

  public RiskAssessment removeMeasure(CurrentUser user, OrganizationId org, FiscalYear year, long revision, UUID riskId, UUID measureId) {
    return draftChange(user, org, year, revision, "remove-measure", a -> a.removeMeasure(riskId, measureId));
  }

  public RiskAssessment changeMatrix(CurrentUser user, OrganizationId org, FiscalYear year, long revision, String matrixId) {
    RiskMatrix matrix = matrices.latest(matrixId).orElseThrow(() -> RuleViolation.field("matrix", "risk.matrix.unknown", matrixId));
    return draftChange(user, org, year, revision, "matrix", a -> a.changeMatrix(matrix));
  }

  /** A risk as the API sends it: steps 1, 2, 4, 5 and 9 in {@code risk}, and the values to score it with on the assessment's matrix. */
  public record RiskEntry(Risk risk, Integer likelihood, Integer impact) {}

  /** The whole draft at once (the API): the entries replace the risks stored, scored with the assessment's (or the new) matrix. */
  public RiskAssessment replace(CurrentUser user, OrganizationId org, FiscalYear year, long revision, String matrixId, List<RiskEntry> entries) {
    RiskMatrix matrix = matrixId == null ? null : matrices.latest(matrixId).orElseThrow(() -> RuleViolation.field("matrix", "risk.matrix.unknown", matrixId));
    Optional<PlanItems> items = planItems(user, org, year);
    for (RiskEntry e : entries) {
      requireUnitOf(org, e.risk().ownerUnit());
      for (Measure m : e.risk().measures()) {
        requireUnitOf(org, m.ownerUnit());
        if (m.linked() && items.map(p -> !p.items().containsKey(m.planItem())).orElse(true)) throw RuleViolation.field("planItem", "risk.measure.not-in-plan");
      }
    }
    return draftChange(user, org, year, revision, "replace", a -> {
      RiskAssessment b = matrix == null ? a : a.changeMatrix(matrix);
      RiskMatrix m = matrixOf(b);
      for (Risk r : b.risks()) b = b.removeRisk(r.id());
      for (RiskEntry e : entries) b = b.addRisk(e.risk()).rate(e.risk().id(), m, e.likelihood(), e.impact(), e.risk().control());
      return b;
    });
  }

  // ---- workflow ----------------------------------------------------------------------------

  public RiskAssessment approve(CurrentUser user, OrganizationId org, FiscalYear year, long revision) {
    user.require(Permission.APPROVE_RISK, organizations.scopeOf(org));
    RiskAssessment approved = save(user, load(org, year), revision, "approve", a -> a.approve(stamp(user)));
    events.publishEvent(new RiskAssessmentApproved(org, year.value(), approved.risks().size(), approved.approved().at()));
    return approved;
  }

  public RiskAssessment acknowledge(CurrentUser user, OrganizationId org, FiscalYear year, String note) {
    user.require(Permission.APPROVE_RISK, organizations.scopeOf(org));
    RiskAssessment a = load(org, year);
    return save(user, a, a.revision(), "acknowledge", x -> x.acknowledge(stamp(user), note));
  }

  // ---- reporting (steps 6 and 9) ------------------------------------------------------------

  public RiskAssessment reportStatus(CurrentUser user, OrganizationId org, FiscalYear year, UUID riskId, TreatmentStatus treatment,
      String results, String comment) {
    OrganizationScope scope = organizations.scopeOf(org);
    user.require(Permission.REPORT_RISK, scope);
    RiskAssessment a = load(org, year);
    requireMayReport(user, a.risk(riskId), scope);
    return save(user, a, a.revision(), "status", x -> x.reportStatus(riskId, treatment, results, comment));
  }

  /**
   * Step 6: the surveillance of one risk in a monitoring round, by its unit (or a drafter), handed in
   * for review; the latest report counts. Only on an approved assessment and while the round of the
   * plan covering the year is open (the executive's acknowledgement of the round closes it).
   */
  public SurveillanceReport reportSurveillance(CurrentUser user, OrganizationId org, FiscalYear year, UUID riskId, RoundKind round,
      SurveillanceStatus status, String happened) {
    OrganizationScope scope = organizations.scopeOf(org);
    user.require(Permission.REPORT_RISK, scope);
    RiskAssessment a = load(org, year);
    requireMayReport(user, a.risk(riskId), scope);
    if (a.draft()) throw new RuleViolation("risk.surveillance.not-approved");
    requireOpen(roundStatus(user, org, year, round));
    SurveillanceReport r = new SurveillanceReport(riskId, year, round, status, happened, stamp(user));
    repository.save(a.id(), r);
    events.publishEvent(new AuditEvent(user.username(), org.value(), "risk-surveillance", a.id() + "/" + riskId + "/" + round, "report", null,
        Json.write(r)));
    return r;
  }

  /** The drafter accepts a surveillance report or returns it with a comment, as the planner reviews progress; while the round is open. */
  public SurveillanceReport reviewSurveillance(CurrentUser user, OrganizationId org, FiscalYear year, UUID riskId, RoundKind round,
      boolean accept, String comment) {
    user.require(Permission.MANAGE_RISK, organizations.scopeOf(org));
    RiskAssessment a = load(org, year);
    a.risk(riskId);
    requireOpen(roundStatus(user, org, year, round));
    SurveillanceReport before = repository.surveillance(a.id(), round).stream().filter(x -> x.riskId().equals(riskId)).findFirst()
        .orElseThrow(() -> new NotFoundException("risk.surveillance.not-found"));
    SurveillanceReport after = accept ? before.accept(stamp(user)) : before.returnForChanges(stamp(user), comment);
    repository.save(a.id(), after);
    events.publishEvent(new AuditEvent(user.username(), org.value(), "risk-surveillance", a.id() + "/" + riskId + "/" + round,
        accept ? "accept" : "return", Json.write(before), Json.write(after)));
    return after;
  }

  /**
   * The monitoring round of the year for the plan covering it (its state and due date); empty when no
   * plan covers the year, so there is no round to report in.
   */
  @Transactional(readOnly = true)
  public Optional<Progress.RoundStatus> roundStatus(CurrentUser user, OrganizationId org, FiscalYear year, RoundKind round) {
    // the plan's latest version may be an amendment in draft: the round is of the version in force
    return planItems(user, org, year).filter(p -> plans.versions(user, p.plan().id()).stream().anyMatch(v -> v.status().inForce()))
        .map(p -> progress.roundStatus(user, p.plan().id(), new ReportingRound(year, round)));
  }

  private static void requireOpen(Optional<Progress.RoundStatus> round) {
    if (round.isEmpty()) throw new RuleViolation("risk.surveillance.no-round");
    if (round.get().state().closed()) {
      WorkflowStamp closed = round.get().state().acknowledged();
      throw new RuleViolation("risk.surveillance.round-closed", round.get().state().acknowledgedName(),
          org.sujarit.common.ThaiDates.longDate(closed.at().atZone(org.sujarit.common.ThaiDates.BANGKOK).toLocalDate()));
    }
  }

  /** May the user report on this risk? Unit officers on their unit's risks; drafters on any. */
  public static boolean mayReport(CurrentUser user, Risk risk, OrganizationScope scope) {
    if (!user.may(Permission.REPORT_RISK, scope)) return false;
    if (user.may(Permission.MANAGE_RISK, scope)) return true;
    return user.unitId() != null && risk.ownerUnit() != null && risk.ownerUnit().value().equals(user.unitId());
  }

  // ---- internals ---------------------------------------------------------------------------

  /** The items of the organization's plan covering the year: the latest version of the plan whose period holds it. */
  public record PlanItems(Plan plan, Map<PlanItemId, PlanItem> items) {}

  @Transactional(readOnly = true)
  public Optional<PlanItems> planItems(CurrentUser user, OrganizationId org, FiscalYear year) {
    return plans.ofOrganization(user, org).stream().filter(p -> p.period().contains(year))
        .max(Comparator.comparing((Plan p) -> p.status().inForce()).thenComparing(p -> p.created().at()))
        .map(p -> {
          Map<PlanItemId, PlanItem> items = new LinkedHashMap<>();
          p.items().forEach(i -> items.put(i.id(), i));
          return new PlanItems(p, items);
        });
  }

  private View view(CurrentUser user, Organization org, RiskAssessment a) {
    OrganizationScope scope = org.scope();
    Optional<PlanItems> items = planItems(user, org.id(), a.year());
    return new View(org, a, matrixOf(a), organizations.unitNames(user, org.id()), items.map(PlanItems::plan).orElse(null),
        items.map(PlanItems::items).orElse(Map.of()),
        new Rights(user.may(Permission.MANAGE_RISK, scope), user.may(Permission.APPROVE_RISK, scope), user.may(Permission.REPORT_RISK, scope)));
  }

  RiskMatrix matrixOf(RiskAssessment a) {
    return matrices.get(a.matrixId(), a.matrixVersion());
  }

  private RiskAssessment load(OrganizationId org, FiscalYear year) {
    return repository.find(org, year).orElseThrow(() -> new NotFoundException("risk.assessment.not-found", year.value()));
  }

  private RiskAssessment draftChange(CurrentUser user, OrganizationId org, FiscalYear year, long revision, String action,
      UnaryOperator<RiskAssessment> change) {
    user.require(Permission.MANAGE_RISK, organizations.scopeOf(org));
    return save(user, load(org, year), revision, action, change);
  }

  private RiskAssessment save(CurrentUser user, RiskAssessment before, long revision, String action, UnaryOperator<RiskAssessment> change) {
    before.requireRevision(revision);
    RiskAssessment after = change.apply(before);
    // one revision per save, however many steps the change took
    after = new RiskAssessment(after.id(), after.organizationId(), after.year(), after.matrixId(), after.matrixVersion(), after.status(),
        before.revision() + 1, after.risks(), after.created(), after.approved(), after.acknowledged(), after.acknowledgementNote());
    repository.update(after, before.revision());
    audit(user.username(), after, action, Json.write(before.risks()));
    return after;
  }

  private void requireUnitOf(OrganizationId org, UnitId unit) {
    if (unit != null && !organizations.hasUnit(org, unit)) {
      throw RuleViolation.field("ownerUnit", "risk.unit.other-organization");
    }
  }

  private static void requireMayReport(CurrentUser user, Risk risk, OrganizationScope scope) {
    if (!mayReport(user, risk, scope)) throw new AccessRefusedException(Permission.REPORT_RISK);
  }

  private void audit(String by, RiskAssessment a, String action, String before) {
    events.publishEvent(new AuditEvent(by, a.organizationId().value(), "risk-assessment", a.organizationId() + "/" + a.year(),
        action, before, Json.write(Map.of("status", a.status(), "revision", a.revision(), "matrix", a.matrixId() + " v" + a.matrixVersion(),
            "risks", a.risks()))));
  }

  private WorkflowStamp stamp(CurrentUser user) {
    return new WorkflowStamp(user.username(), clock.instant());
  }
}
