package org.sujarit.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.sujarit.access.Permission;
import org.sujarit.access.Requires;
import org.sujarit.access.CurrentUsers;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Budget;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.Introduction;
import org.sujarit.plan.internal.ItemDraft;
import org.sujarit.plan.internal.PlanItems;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanFinding;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.PlanStatus;
import org.sujarit.plan.PlanTotals;
import org.sujarit.plan.Plans;
import org.sujarit.plan.VersionInfo;
import org.sujarit.plan.WorkflowStamp;

/**
 * The plan API. Changes name the version and the revision the client last read; a change made by
 * someone else in between is refused with 409 and the client keeps its data.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Plans", description = "แผนปฏิบัติการป้องกันการทุจริต: ฉบับ รายการ งบประมาณ และขั้นตอนอนุมัติ")
class PlanApiController {
  private final Plans plans;
  private final PlanItems items;

  PlanApiController(Plans plans, PlanItems items) {
    this.plans = plans;
    this.items = items;
  }

  /** A plan version with its computed totals. */
  record PlanDocument(PlanId id, int version, OrganizationId organizationId, String frameworkCode, int firstYear, int lastYear,
      String title, PlanStatus status, long revision, Introduction introduction, List<PlanItem> items, WorkflowStamp created,
      WorkflowStamp submitted, WorkflowStamp approved, WorkflowStamp published, String returnComment, Totals totals) {
    static PlanDocument of(Plan p, PlanTotals t) {
      return new PlanDocument(p.id(), p.version(), p.organizationId(), p.frameworkCode(), p.period().first().value(),
          p.period().last().value(), p.title(), p.status(), p.revision(), p.introduction(), p.items(), p.created(),
          p.submitted().orElse(null), p.approved().orElse(null), p.published().orElse(null), p.returnComment().orElse(null),
          Totals.of(p, t));
    }
  }

  record PlanSummary(PlanId id, int version, String title, int firstYear, int lastYear, PlanStatus status, long revision,
      int itemCount, SortedMap<FiscalYear, Baht> grandTotal) {}

  record Totals(Map<Integer, SortedMap<FiscalYear, Baht>> byDimension, Map<Integer, Integer> itemsByDimension,
      SortedMap<FiscalYear, Baht> grandTotal, Baht grandTotalAllYears, int itemCount, Map<ItemKind, Integer> itemsByKind) {
    static Totals of(Plan plan, PlanTotals t) {
      Map<Integer, SortedMap<FiscalYear, Baht>> dims = new TreeMap<>();
      Map<Integer, Integer> counts = new TreeMap<>();
      plan.items().stream().map(PlanItem::dimensionNo).distinct().forEach(d -> {
        dims.put(d, t.dimension(d).perYear());
        counts.put(d, t.counts(d).total());
      });
      return new Totals(dims, counts, t.grand().perYear(), t.grand().total(), t.counts().total(), t.counts().byKind());
    }
  }

  record NewPlan(String frameworkCode, int firstYear, int lastYear, String title) {}

  /** Budget amounts as text are read as people type them: "1,000", "๑๐๐๐". */
  record ItemRequest(ItemKind kind, String missionCode, Integer sequence, String name, Map<Integer, String> budget,
      List<UnitId> responsibleUnitIds, Map<Integer, List<Integer>> quarters, String remark) {
    ItemDraft toDraft() {
      TreeMap<FiscalYear, Baht> amounts = new TreeMap<>();
      if (budget != null) budget.forEach((y, text) -> {
        Baht amount = Budget.parseCell(text);
        if (amount != null) amounts.put(FiscalYear.of(y), amount);
      });
      TreeMap<FiscalYear, Set<FiscalQuarter>> q = new TreeMap<>();
      if (quarters != null) quarters.forEach((y, list) -> {
        Set<FiscalQuarter> set = EnumSet.noneOf(FiscalQuarter.class);
        list.forEach(n -> set.add(FiscalQuarter.of(n)));
        q.put(FiscalYear.of(y), set);
      });
      return new ItemDraft(kind, missionCode, sequence, name, new Budget(amounts), responsibleUnitIds, q, remark);
    }
  }

  record BudgetCell(String amount) {}

  record Move(String missionCode, int position) {}

  record WorkflowRequest(String comment) {}

  // ---- reading -----------------------------------------------------------------------------

  @GetMapping("/organizations/{id}/plans")
  @Operation(summary = "Latest version of each plan of an organization")
  List<PlanSummary> list(@PathVariable OrganizationId id) {
    return plans.ofOrganization(CurrentUsers.get(), id).stream().map(p -> {
      PlanTotals t = plans.totals(p);
      return new PlanSummary(p.id(), p.version(), p.title(), p.period().first().value(), p.period().last().value(), p.status(),
          p.revision(), t.counts().total(), t.grand().perYear());
    }).toList();
  }

  @GetMapping("/plans/{id}")
  @Operation(summary = "The latest version of a plan with totals")
  PlanDocument latest(@PathVariable PlanId id) {
    Plan plan = plans.get(CurrentUsers.get(), id);
    return PlanDocument.of(plan, plans.totals(plan));
  }

  @GetMapping("/plans/{id}/versions")
  List<VersionInfo> versions(@PathVariable PlanId id) {
    return plans.versions(CurrentUsers.get(), id);
  }

  @GetMapping("/plans/{id}/versions/{version}")
  PlanDocument version(@PathVariable PlanId id, @PathVariable int version) {
    Plan plan = plans.get(CurrentUsers.get(), id, version);
    return PlanDocument.of(plan, plans.totals(plan));
  }

  @GetMapping("/plans/{id}/versions/{version}/findings")
  @Operation(summary = "Consistency and completeness findings of a version")
  List<PlanFinding> findings(@PathVariable PlanId id, @PathVariable int version) {
    return plans.findings(plans.get(CurrentUsers.get(), id, version));
  }

  @GetMapping("/plans/{id}/versions/{version}/interchange")
  @Operation(summary = "A version in the plan interchange JSON")
  PlanInterchange interchange(@PathVariable PlanId id, @PathVariable int version) {
    return plans.export(CurrentUsers.get(), id, version);
  }

  // ---- creating ----------------------------------------------------------------------------

  @Requires(Permission.EDIT_PLAN)
  @PostMapping("/organizations/{id}/plans")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create an empty draft plan (PLANNER)")
  PlanDocument create(@PathVariable OrganizationId id, @RequestBody NewPlan r) {
    Plan plan = plans.create(CurrentUsers.get(), id, r.frameworkCode(), FiscalPeriod.of(r.firstYear(), r.lastYear()), r.title());
    return PlanDocument.of(plan, plans.totals(plan));
  }

  @Requires(Permission.EDIT_PLAN)
  @PostMapping("/organizations/{id}/plans/interchange")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a draft plan from interchange JSON (PLANNER)")
  PlanDocument createFrom(@PathVariable OrganizationId id, @RequestBody PlanInterchange body) {
    Plan plan = plans.createFrom(CurrentUsers.get(), id, body);
    return PlanDocument.of(plan, plans.totals(plan));
  }

  // ---- editing a draft ---------------------------------------------------------------------

  @Requires(Permission.EDIT_PLAN)
  @PostMapping("/plans/{id}/versions/{version}/items")
  @ResponseStatus(HttpStatus.CREATED)
  PlanItem addItem(@PathVariable PlanId id, @PathVariable int version, @RequestParam long revision, @RequestBody ItemRequest r) {
    return items.addItem(CurrentUsers.get(), id, version, revision, r.toDraft());
  }

  @Requires(Permission.EDIT_PLAN)
  @PutMapping("/plans/{id}/versions/{version}/items/{item}")
  PlanDocument updateItem(@PathVariable PlanId id, @PathVariable int version, @PathVariable PlanItemId item,
      @RequestParam long revision, @RequestBody ItemRequest r) {
    return document(items.updateItem(CurrentUsers.get(), id, version, revision, item, r.toDraft()));
  }

  @DeleteMapping("/plans/{id}/versions/{version}/items/{item}")
  PlanDocument removeItem(@PathVariable PlanId id, @PathVariable int version, @PathVariable PlanItemId item, @RequestParam long revision) {
    return document(plans.removeItem(CurrentUsers.get(), id, version, revision, item));
  }

  @Requires(Permission.EDIT_PLAN)
  @PutMapping("/plans/{id}/versions/{version}/items/{item}/budget/{year}")
  @Operation(summary = "Set one budget cell; an empty amount means not stated, \"-\" or 0 means no budget")
  PlanDocument setBudget(@PathVariable PlanId id, @PathVariable int version, @PathVariable PlanItemId item, @PathVariable int year,
      @RequestParam long revision, @RequestBody BudgetCell cell) {
    Baht amount = Budget.parseCell(cell.amount());
    return document(plans.setBudget(CurrentUsers.get(), id, version, revision, item, FiscalYear.of(year), amount));
  }

  @Requires(Permission.EDIT_PLAN)
  @PostMapping("/plans/{id}/versions/{version}/items/{item}/move")
  PlanDocument move(@PathVariable PlanId id, @PathVariable int version, @PathVariable PlanItemId item, @RequestParam long revision,
      @RequestBody Move m) {
    return document(plans.moveItem(CurrentUsers.get(), id, version, revision, item, m.missionCode(), m.position()));
  }

  @Requires(Permission.EDIT_PLAN)
  @PutMapping("/plans/{id}/versions/{version}/items/{item}/details")
  PlanDocument details(@PathVariable PlanId id, @PathVariable int version, @PathVariable PlanItemId item, @RequestParam long revision,
      @RequestBody DetailSheet sheet) {
    return document(plans.setDetails(CurrentUsers.get(), id, version, revision, item, sheet));
  }

  @Requires(Permission.EDIT_PLAN)
  @PutMapping("/plans/{id}/versions/{version}/introduction")
  @Operation(summary = "Replace Part 1 (risks, rationale, objectives, goals, benefits)")
  PlanDocument introduction(@PathVariable PlanId id, @PathVariable int version, @RequestParam long revision,
      @RequestBody Introduction intro) {
    return document(plans.setIntroduction(CurrentUsers.get(), id, version, revision, intro));
  }

  // ---- workflow ----------------------------------------------------------------------------

  @PostMapping("/plans/{id}/versions/{version}/submit")
  PlanDocument submit(@PathVariable PlanId id, @PathVariable int version, @RequestParam long revision) {
    return document(plans.submit(CurrentUsers.get(), id, version, revision));
  }

  @PostMapping("/plans/{id}/versions/{version}/approve")
  PlanDocument approve(@PathVariable PlanId id, @PathVariable int version, @RequestParam long revision) {
    return document(plans.approve(CurrentUsers.get(), id, version, revision));
  }

  @Requires(Permission.APPROVE_PLAN)
  @PostMapping("/plans/{id}/versions/{version}/return")
  PlanDocument returnForChanges(@PathVariable PlanId id, @PathVariable int version, @RequestParam long revision,
      @RequestBody WorkflowRequest r) {
    return document(plans.returnForChanges(CurrentUsers.get(), id, version, revision, r.comment()));
  }

  @PostMapping("/plans/{id}/versions/{version}/publish")
  PlanDocument publish(@PathVariable PlanId id, @PathVariable int version, @RequestParam long revision) {
    return document(plans.publish(CurrentUsers.get(), id, version, revision));
  }

  @Requires(Permission.EDIT_PLAN)
  @PostMapping("/plans/{id}/amend")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Start a new draft version of a plan in force")
  PlanDocument amend(@PathVariable PlanId id, @RequestBody(required = false) WorkflowRequest r) {
    return document(plans.amend(CurrentUsers.get(), id, r == null ? null : r.comment()));
  }

  private PlanDocument document(Plan plan) {
    return PlanDocument.of(plan, plans.totals(plan));
  }
}
