package org.sujarit.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.framework.Framework;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.internal.ItemDraft;

/**
 * One version of an organization's anti-corruption action plan: the aggregate that holds the rules.
 * A version changes only while it is a DRAFT; it moves DRAFT → SUBMITTED → APPROVED → PUBLISHED (or
 * back to DRAFT when returned); a plan in force changes only through {@link #amend}, which starts the
 * next version. {@code revision} counts saved changes and guards against concurrent edits.
 */
public final class Plan {
  public static final int MAX_ITEMS = 500;
  public static final int MAX_NAME_LENGTH = 1000;

  private final PlanId id;
  private final int version;
  private final OrganizationId organizationId;
  private final String frameworkCode;
  private final FiscalPeriod period;
  private String title;
  private PlanStatus status;
  private long revision;
  private Introduction introduction;
  private FiscalYear riskYear;
  private StatedTotals statedTotals;
  private List<PlanItem> items;
  private final WorkflowStamp created;
  private WorkflowStamp submitted;
  private WorkflowStamp approved;
  private WorkflowStamp published;
  private WorkflowStamp returned;
  private String returnComment;
  private final String amendmentNote;

  private Plan(Builder b) {
    this.id = b.id;
    this.version = b.version;
    this.organizationId = b.organizationId;
    this.frameworkCode = b.frameworkCode;
    this.period = b.period;
    this.title = b.title;
    this.status = b.status;
    this.revision = b.revision;
    this.introduction = b.introduction == null ? Introduction.EMPTY : b.introduction;
    this.riskYear = b.riskYear;
    this.statedTotals = b.statedTotals;
    this.items = List.copyOf(b.items);
    this.created = b.created;
    this.submitted = b.submitted;
    this.approved = b.approved;
    this.published = b.published;
    this.returned = b.returned;
    this.returnComment = b.returnComment;
    this.amendmentNote = b.amendmentNote;
  }

  /** A new, empty draft (version 1). */
  public static Plan draft(OrganizationId org, Framework framework, FiscalPeriod period, String title, WorkflowStamp created) {
    Builder b = new Builder(PlanId.random(), 1, org, framework.code(), period, created);
    b.title = requireTitle(title);
    return new Plan(b);
  }

  static Builder builder(PlanId id, int version, OrganizationId org, String frameworkCode, FiscalPeriod period,
      WorkflowStamp created) {
    return new Builder(id, version, org, frameworkCode, period, created);
  }

  // ---- Part 2 ------------------------------------------------------------------------------

  PlanItem addItem(ItemDraft draft, Framework framework) {
    requireEditable();
    if (items.size() >= MAX_ITEMS) throw new RuleViolation("plan.items.too-many", MAX_ITEMS);
    PlanItem item = validItem(PlanItemId.random(), draft, framework, null);
    List<PlanItem> next = new ArrayList<>(items);
    next.add(item);
    items = sorted(next);
    return item;
  }

  PlanItem updateItem(PlanItemId id, ItemDraft draft, Framework framework) {
    requireEditable();
    PlanItem current = item(id);
    PlanItem updated = validItem(id, draft, framework, current);
    items = sorted(replace(current, updated));
    return updated;
  }

  public void removeItem(PlanItemId id) {
    requireEditable();
    PlanItem current = item(id);
    List<PlanItem> next = new ArrayList<>(items);
    next.remove(current);
    items = List.copyOf(next);
    introduction = introduction.withoutItem(id);
  }

  /** Sets one budget cell; {@code amount == null} clears it to "not stated". */
  public PlanItem setBudget(PlanItemId id, FiscalYear year, Baht amount) {
    requireEditable();
    requireInPeriod(year);
    if (amount != null && amount.isNegative()) throw RuleViolation.field("budget", "amount.negative", amount.toString());
    if (amount != null && amount.compareTo(Baht.MAX_CELL) > 0) throw RuleViolation.field("budget", "amount.too-large", amount.toString());
    PlanItem current = item(id);
    PlanItem updated = current.withBudget(current.budget().with(year, amount));
    items = replace(current, updated);
    return updated;
  }

  /**
   * Moves an item to a mission (possibly another) at a position (0-based) among that mission's
   * items, then numbers the items of the dimensions concerned 1, 2, 3… in their new order.
   */
  public void moveItem(PlanItemId id, String missionCode, int position, Framework framework) {
    requireEditable();
    requireMission(missionCode, framework);
    PlanItem moving = item(id);
    List<PlanItem> rest = new ArrayList<>(items);
    rest.remove(moving);
    List<PlanItem> ordered = new ArrayList<>(sorted(rest));
    List<PlanItem> inTarget = ordered.stream().filter(i -> i.missionCode().equals(missionCode)).toList();
    int clamped = Math.max(0, Math.min(position, inTarget.size()));
    int insertAt;
    if (inTarget.isEmpty()) {
      // first item of its mission: after the items of missions that come before it in the framework
      List<String> order = framework.missions().map(Framework.Mission::code).toList();
      int rank = order.indexOf(missionCode);
      insertAt = (int) ordered.stream().filter(i -> missionRank(order, i.missionCode()) <= rank).count();
    } else if (clamped < inTarget.size()) {
      insertAt = ordered.indexOf(inTarget.get(clamped));
    } else {
      insertAt = ordered.indexOf(inTarget.get(inTarget.size() - 1)) + 1;
    }
    ordered.add(insertAt, moving.withPlace(missionCode, moving.sequence()));
    items = renumber(ordered, new HashSet<>(List.of(moving.dimensionNo(), Framework.Mission.dimensionNo(missionCode))));
  }

  public PlanItem setDetails(PlanItemId id, DetailSheet details) {
    requireEditable();
    PlanItem current = item(id);
    if (details != null) details.requireValid();
    PlanItem updated = current.withDetails(details == null || details.isBlank() ? null : details);
    items = replace(current, updated);
    return updated;
  }

  // ---- Part 1 ------------------------------------------------------------------------------

  public void setIntroduction(Introduction intro) {
    requireEditable();
    Set<PlanItemId> ids = new HashSet<>();
    items.forEach(i -> ids.add(i.id()));
    // field names point at the row (risks[2].level) so that a form can show the message beside it
    for (int n = 0; n < intro.risks().size(); n++) {
      Introduction.RiskRow r = intro.risks().get(n);
      if (r.risk() == null || r.risk().isBlank()) throw RuleViolation.field("risks[" + n + "].risk", "plan.risk.required");
      if (r.level() == null) throw RuleViolation.field("risks[" + n + "].level", "plan.risk.level-required");
      for (PlanItemId c : r.controls()) if (!ids.contains(c)) throw RuleViolation.field("risks[" + n + "].controls", "plan.risk.unknown-item");
    }
    for (int n = 0; n < intro.goals().size(); n++) {
      Introduction.Goal g = intro.goals().get(n);
      if (g.name() == null || g.name().isBlank()) throw RuleViolation.field("goals[" + n + "].name", "plan.goal.name-required");
      g.targets().keySet().forEach(this::requireInPeriod);
      MeasureUnit.requireValidTargets(g.unit(), g.targets().values(), "goals[" + n + "].targets");
    }
    introduction = intro;
  }

  /**
   * The fiscal year whose risk assessment Part 1 shows; {@code null} goes back to the plan's first
   * year, the default.
   */
  public void chooseRiskYear(FiscalYear year) {
    requireEditable();
    if (year != null) requireInPeriod(year);
    riskYear = year == null || year.equals(period.first()) ? null : year;
  }

  public void rename(String newTitle) {
    requireEditable();
    title = requireTitle(newTitle);
  }

  // ---- workflow ----------------------------------------------------------------------------

  public void submit(WorkflowStamp stamp) {
    transition(PlanStatus.DRAFT, PlanStatus.SUBMITTED);
    if (items.isEmpty()) throw new RuleViolation("plan.submit.no-items");
    submitted = stamp;
    status = PlanStatus.SUBMITTED;
  }

  public void approve(WorkflowStamp stamp) {
    transition(PlanStatus.SUBMITTED, PlanStatus.APPROVED);
    approved = stamp;
    status = PlanStatus.APPROVED;
  }

  /** The executive sends the plan back to the planner; the comment says what to change. */
  public void returnForChanges(WorkflowStamp stamp, String comment) {
    transition(PlanStatus.SUBMITTED, PlanStatus.DRAFT);
    if (comment == null || comment.isBlank()) throw RuleViolation.field("comment", "plan.return.comment-required");
    returned = stamp;
    returnComment = comment.strip();
    submitted = null;
    status = PlanStatus.DRAFT;
  }

  public void publish(WorkflowStamp stamp) {
    transition(PlanStatus.APPROVED, PlanStatus.PUBLISHED);
    published = stamp;
    status = PlanStatus.PUBLISHED;
  }

  /** The next version: a draft copy of this plan in force, whose items keep their ids. */
  public Plan amend(WorkflowStamp stamp, String note) {
    if (!status.inForce()) throw new RuleViolation("plan.status.illegal-transition", status.term(), new RuleViolation.Term("plan.status.AMENDED"));
    // an amendment changes a plan the executive approved: the new version must say why
    if (note == null || note.isBlank()) throw RuleViolation.field("comment", "plan.amend.reason-required");
    Builder b = new Builder(id, version + 1, organizationId, frameworkCode, period, stamp);
    b.title = title;
    b.introduction = introduction;
    b.riskYear = riskYear;
    b.statedTotals = null;
    b.items = items;
    b.amendmentNote = note.strip();
    return new Plan(b);
  }

  /**
   * A new plan (version 1) for the following period, copying this plan's items and Part 1 with their
   * budgets, quarters and goal targets moved by the difference in years.
   */
  public Plan copyFor(FiscalPeriod newPeriod, Framework framework, String newTitle, WorkflowStamp stamp) {
    int shift = newPeriod.first().value() - period.first().value();
    Builder b = new Builder(PlanId.random(), 1, organizationId, framework.code(), newPeriod, stamp);
    b.title = requireTitle(newTitle);
    b.items = items.stream().map(i -> i.shiftedBy(shift))
        .map(i -> new PlanItem(PlanItemId.random(), i.kind(), i.missionCode(), i.sequence(), i.name(),
            Budget.of(i.budget().amounts().entrySet().stream().filter(e -> newPeriod.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))),
            i.responsibleUnits(), i.plannedQuarters(), i.remark(), i.details()))
        .toList();
    b.introduction = new Introduction(List.of(), introduction.rationale(), introduction.objectives(),
        introduction.goals().stream().map(g -> new Introduction.Goal(g.name(), g.unit(), shiftTargets(g, shift, newPeriod))).toList(),
        // the foreword, goals in words, date and signer speak of the old period: the new document writes its own
        introduction.benefits(), null, List.of(), introduction.riskText(), null, null, introduction.headings());
    return new Plan(b);
  }

  private static SortedMap<FiscalYear, BigDecimal> shiftTargets(Introduction.Goal g, int shift,
      FiscalPeriod newPeriod) {
    TreeMap<FiscalYear, BigDecimal> t = new TreeMap<>();
    g.targets().forEach((y, v) -> {
      FiscalYear moved = y.plus(shift);
      if (newPeriod.contains(moved)) t.put(moved, v);
    });
    return t;
  }

  /** Called by the repository once a change is stored. */
  void stored(long newRevision) {
    revision = newRevision;
  }

  // ---- queries -----------------------------------------------------------------------------

  /** The parts of the plan that commands change, as they are now (for comparisons and the audit trail). */
  public Snapshot snapshot() {
    return new Snapshot(title, status, introduction, items);
  }

  public record Snapshot(String title, PlanStatus status, Introduction introduction, List<PlanItem> items) {}

  public PlanItem item(PlanItemId id) {
    return findItem(id).orElseThrow(() -> new RuleViolation("plan.item.not-found", id.toString()));
  }

  public Optional<PlanItem> findItem(PlanItemId id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public PlanId id() { return id; }
  public int version() { return version; }
  public OrganizationId organizationId() { return organizationId; }
  public String frameworkCode() { return frameworkCode; }
  public FiscalPeriod period() { return period; }
  public String title() { return title; }
  public PlanStatus status() { return status; }
  public long revision() { return revision; }
  public Introduction introduction() { return introduction; }
  /** The year whose risk assessment Part 1 shows: the one chosen, else the plan's first. */
  public FiscalYear part1RiskYear() { return riskYear == null ? period.first() : riskYear; }
  /** The year chosen for Part 1, empty when it is the default (the first). */
  public Optional<FiscalYear> chosenRiskYear() { return Optional.ofNullable(riskYear); }
  public Optional<StatedTotals> statedTotals() { return Optional.ofNullable(statedTotals); }
  /** Items in plan order: by dimension, mission, then number. */
  public List<PlanItem> items() { return items; }
  public WorkflowStamp created() { return created; }
  public Optional<WorkflowStamp> submitted() { return Optional.ofNullable(submitted); }
  public Optional<WorkflowStamp> approved() { return Optional.ofNullable(approved); }
  public Optional<WorkflowStamp> published() { return Optional.ofNullable(published); }
  public Optional<WorkflowStamp> returned() { return Optional.ofNullable(returned); }
  public Optional<String> returnComment() { return Optional.ofNullable(returnComment); }
  public Optional<String> amendmentNote() { return Optional.ofNullable(amendmentNote); }

  // ---- rules -------------------------------------------------------------------------------

  private void requireEditable() {
    if (!status.editable()) throw new RuleViolation("plan.not-editable", status.name());
  }

  private void transition(PlanStatus from, PlanStatus to) {
    if (status != from) throw new RuleViolation("plan.status.illegal-transition", status.term(), to.term());
  }

  private void requireInPeriod(FiscalYear year) {
    if (!period.contains(year)) {
      throw RuleViolation.field("budget", "plan.year.outside-period", year.value(), period.first().value(), period.last().value());
    }
  }

  private static void requireMission(String code, Framework framework) {
    if (code == null || !framework.hasMission(code)) throw RuleViolation.field("missionCode", "plan.mission.unknown", String.valueOf(code));
  }

  private static String requireTitle(String title) {
    if (title == null || title.isBlank()) throw RuleViolation.field("title", "plan.title.required");
    if (title.length() > MAX_NAME_LENGTH) throw RuleViolation.field("title", "plan.title.too-long", MAX_NAME_LENGTH);
    return title.strip();
  }

  private PlanItem validItem(PlanItemId id, ItemDraft d, Framework framework, PlanItem current) {
    requireMission(d.missionCode(), framework);
    if (d.name() == null || d.name().isBlank()) throw RuleViolation.field("name", "plan.item.name-required");
    if (d.name().length() > MAX_NAME_LENGTH) throw RuleViolation.field("name", "plan.item.name-too-long", MAX_NAME_LENGTH);
    Budget budget = d.budget() == null ? Budget.NONE : d.budget();
    budget.amounts().forEach((y, a) -> {
      requireInPeriod(y);
      if (a.compareTo(Baht.MAX_CELL) > 0) throw RuleViolation.field("budget", "amount.too-large", a.toString());
    });
    if (d.plannedQuarters() != null) d.plannedQuarters().keySet().forEach(this::requireInPeriod);
    int dimension = Framework.Mission.dimensionNo(d.missionCode());
    int sequence;
    if (d.sequence() == null) {
      sequence = current != null && current.dimensionNo() == dimension ? current.sequence() : nextSequence(dimension);
    } else {
      if (d.sequence() < 1) throw RuleViolation.field("sequence", "plan.item.sequence-positive");
      boolean taken = items.stream().anyMatch(i -> !i.id().equals(id) && i.dimensionNo() == dimension && i.sequence() == d.sequence());
      if (taken) throw RuleViolation.field("sequence", "plan.item.sequence-duplicate", d.sequence(), dimension);
      sequence = d.sequence();
    }
    ItemKind kind = d.kind() == null ? ItemKind.of(d.name()) : d.kind();
    return new PlanItem(id, kind, d.missionCode(), sequence, d.name(), budget, d.responsibleUnits(), d.plannedQuarters(),
        d.remark(), current == null ? null : current.details());
  }

  private int nextSequence(int dimension) {
    return items.stream().filter(i -> i.dimensionNo() == dimension).mapToInt(PlanItem::sequence).max().orElse(0) + 1;
  }

  private List<PlanItem> replace(PlanItem current, PlanItem updated) {
    List<PlanItem> next = new ArrayList<>(items);
    next.set(next.indexOf(current), updated);
    return List.copyOf(next);
  }

  private static int missionRank(List<String> order, String code) {
    int i = order.indexOf(code);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** Plan order: dimension, then mission code (numerically: 1.2 < 1.10), then number. */
  static final Comparator<PlanItem> ORDER = Comparator.comparing(PlanItem::missionCode, Plan::compareCodes)
      .thenComparingInt(PlanItem::sequence);

  static int compareCodes(String a, String b) {
    int i = 0, j = 0;
    while (i < a.length() && j < b.length()) {
      int ei = end(a, i), ej = end(b, j);
      int c = Integer.compare(parse(a.substring(i, ei)), parse(b.substring(j, ej)));
      if (c != 0) return c;
      i = ei + 1;
      j = ej + 1;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int end(String code, int from) {
    int dot = code.indexOf('.', from);
    return dot < 0 ? code.length() : dot;
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static List<PlanItem> sorted(List<PlanItem> list) {
    return list.stream().sorted(ORDER).toList();
  }

  private static List<PlanItem> renumber(List<PlanItem> ordered, Set<Integer> dimensions) {
    List<PlanItem> out = new ArrayList<>(ordered.size());
    Map<Integer, Integer> counters = new HashMap<>();
    for (PlanItem i : ordered) {
      if (dimensions.contains(i.dimensionNo())) {
        int n = counters.merge(i.dimensionNo(), 1, Integer::sum);
        out.add(i.withPlace(i.missionCode(), n));
      } else {
        out.add(i);
      }
    }
    return sorted(out);
  }

  /** Assembles a plan as stored or imported; the repository and the interchange mapper use it. */
  static final class Builder {
    private final PlanId id;
    private final int version;
    private final OrganizationId organizationId;
    private final String frameworkCode;
    private final FiscalPeriod period;
    private final WorkflowStamp created;
    private String title;
    private PlanStatus status = PlanStatus.DRAFT;
    private long revision;
    private Introduction introduction;
    private FiscalYear riskYear;
    private StatedTotals statedTotals;
    private List<PlanItem> items = List.of();
    private WorkflowStamp submitted, approved, published, returned;
    private String returnComment, amendmentNote;

    private Builder(PlanId id, int version, OrganizationId org, String frameworkCode, FiscalPeriod period, WorkflowStamp created) {
      this.id = id;
      this.version = version;
      this.organizationId = org;
      this.frameworkCode = frameworkCode;
      this.period = period;
      this.created = created;
    }

    public Builder title(String t) { this.title = t; return this; }
    public Builder status(PlanStatus s) { this.status = s; return this; }
    public Builder revision(long r) { this.revision = r; return this; }
    public Builder introduction(Introduction i) { this.introduction = i; return this; }
    public Builder riskYear(FiscalYear y) { this.riskYear = y; return this; }
    public Builder statedTotals(StatedTotals s) { this.statedTotals = s; return this; }
    public Builder items(List<PlanItem> i) { this.items = sorted(i); return this; }
    public Builder submitted(WorkflowStamp s) { this.submitted = s; return this; }
    public Builder approved(WorkflowStamp s) { this.approved = s; return this; }
    public Builder published(WorkflowStamp s) { this.published = s; return this; }
    public Builder returned(WorkflowStamp s, String comment) { this.returned = s; this.returnComment = comment; return this; }
    public Builder amendmentNote(String n) { this.amendmentNote = n; return this; }

    public Plan build() {
      if (title == null || title.isBlank()) title = "แผนปฏิบัติการป้องกันการทุจริต";
      return new Plan(this);
    }
  }
}
