package org.sujarit.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Part2View;
import org.sujarit.plan.Budget;
import org.sujarit.plan.internal.ItemDraft;
import org.sujarit.plan.internal.PlanItems;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.Plan;
import org.sujarit.plan.internal.PlanAuthoring;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.Plans;
import org.sujarit.plan.standarditems.StandardItems;

/**
 * The Part 2 grid. Every control saves one thing (a budget cell, a name, the units of a row) with the
 * revision the page holds, so two people rarely collide and a refused change can be applied again on
 * top of the other's. Cell edits answer with the totals rows, which only the server computes;
 * changes of the structure (add, move, remove) answer with the whole grid.
 */
@Controller
@RequestMapping("/plans/{id}/versions/{version}/part2")
class Part2EditorController {
  private final AuthoringPages pages;
  private final Plans plans;
  private final PlanItems items;
  private final PlanAuthoring authoring;
  private final StandardItems standardItems;

  Part2EditorController(AuthoringPages pages, Plans plans, PlanItems items, PlanAuthoring authoring, StandardItems standardItems) {
    this.pages = pages;
    this.plans = plans;
    this.items = items;
    this.authoring = authoring;
    this.standardItems = standardItems;
  }

  /** The grid for those who may edit the draft; the plan page with its official table for everyone else. */
  @GetMapping
  String page(@PathVariable PlanId id, @PathVariable int version, Model model) {
    AuthoringPages.Page page = pages.load(id, version);
    if (!page.editable()) return "redirect:/plans/" + id + "?version=" + version;
    pages.expose(model, page);
    model.addAttribute("library", standardItems.offeredFor(page.plan().frameworkCode(), page.organization().name()));
    return "plan/editor/part2";
  }

  @PostMapping("/items")
  String add(@PathVariable PlanId id, @PathVariable int version, @RequestParam long revision, @RequestParam String missionCode,
      @RequestParam(required = false) ItemKind kind, @RequestParam(required = false) String name, Model model,
      HttpServletResponse response) {
    AuthoringPages.Page page = pages.editable(id, version);
    PlanItem added = items.addItem(page.user(), id, version, revision, new ItemDraft(kind, missionCode, null, name, null, null, null, null));
    return grid(page, plans.get(page.user(), id, version), "b-" + added.id() + "-" + page.plan().period().first().value(),
        model, response);
  }

  @PostMapping("/standard-items")
  String addStandard(@PathVariable PlanId id, @PathVariable int version, @RequestParam long revision,
      @RequestParam(required = false) List<UUID> entries, Model model, HttpServletResponse response) {
    AuthoringPages.Page page = pages.editable(id, version);
    Plan plan = authoring.addStandardItems(page.user(), id, version, revision, entries == null ? List.of() : entries);
    return grid(page, plan, null, model, response);
  }

  /** The rarely used fields of a row, when the user opens them. */
  @GetMapping("/items/{item}/more")
  String more(@PathVariable PlanId id, @PathVariable int version, @PathVariable PlanItemId item, Model model) {
    AuthoringPages.Page page = pages.editable(id, version);
    pages.expose(model, page);
    model.addAttribute("item", page.plan().item(item));
    return "plan/editor/part2 :: rowMore(i=${item})";
  }

  /** One or more fields of a row (see {@link ItemFields}); answers with the row's unit names and the totals. */
  @PutMapping("/items/{item}")
  String update(@PathVariable PlanId id, @PathVariable int version, @PathVariable PlanItemId item, @RequestParam long revision,
      @RequestParam(required = false) String name, @RequestParam(required = false) ItemKind kind,
      @RequestParam(required = false) boolean unitsSent, @RequestParam(required = false) List<UnitId> units,
      @RequestParam(required = false) boolean quartersSent, @RequestParam(required = false) List<String> quarters,
      @RequestParam(required = false) String remark, Model model) {
    CurrentUser user = CurrentUsers.get();
    ItemFields fields = ItemFields.of(name, kind, unitsSent, units, quartersSent, quarters, remark);
    // the service checks the right and the plan the draft: the page is built from the saved plan only
    Plan plan = items.updateItem(user, id, version, revision, item, fields::applyTo);
    AuthoringPages.Page page = pages.page(user, plan);
    pages.expose(model, page);
    model.addAttribute("item", plan.item(item));
    model.addAttribute("responsible", Part2View.responsible(plan.item(item), page.unitNames()));
    return "plan/editor/part2 :: row-saved";
  }

  /** One budget cell: "1,000", "๑๐๐๐", "-" (no budget) or empty (not stated). */
  @PutMapping("/items/{item}/budget/{year}")
  String budget(@PathVariable PlanId id, @PathVariable int version, @PathVariable PlanItemId item, @PathVariable int year,
      @RequestParam long revision, @RequestParam(required = false) String amount, Model model) {
    CurrentUser user = CurrentUsers.get();
    Plan plan = plans.setBudget(user, id, version, revision, item, FiscalYear.of(year), Budget.parseCell(amount));
    pages.expose(model, pages.page(user, plan));
    return "plan/editor/part2 :: totals-saved";
  }

  /** To another mission or place; {@code position} counts from 0 among that mission's items. */
  @PostMapping("/items/{item}/move")
  String move(@PathVariable PlanId id, @PathVariable int version, @PathVariable PlanItemId item, @RequestParam long revision,
      @RequestParam String missionCode, @RequestParam int position, @RequestParam(required = false) String focus, Model model,
      HttpServletResponse response) {
    AuthoringPages.Page page = pages.editable(id, version);
    Plan plan = plans.moveItem(page.user(), id, version, revision, item, missionCode, position);
    return grid(page, plan, focus, model, response);
  }

  @DeleteMapping("/items/{item}")
  String remove(@PathVariable PlanId id, @PathVariable int version, @PathVariable PlanItemId item, @RequestParam long revision,
      Model model, HttpServletResponse response) {
    AuthoringPages.Page page = pages.editable(id, version);
    String mission = page.plan().item(item).missionCode();
    Plan plan = plans.removeItem(page.user(), id, version, revision, item);
    return grid(page, plan, "add-name-" + plans.frameworkOf(plan).topMissionOf(mission).map(m -> m.code()).orElse(mission).replace('.', '-'),
        model, response);
  }

  /** Read-only row of the stored version, beside one's own text after a conflict. */
  @GetMapping("/items/{item}/view")
  String view(@PathVariable PlanId id, @PathVariable int version, @PathVariable PlanItemId item, Model model) {
    AuthoringPages.Page page = pages.load(id, version);
    pages.expose(model, page);
    PlanItem found = page.plan().findItem(item).orElse(null);
    model.addAttribute("item", found);
    model.addAttribute("responsible", found == null ? "" : Part2View.responsible(found, page.unitNames()));
    return "plan/editor/views :: item";
  }

  /**
   * The whole grid after a change of structure. Controls target their own message slot, so that a
   * refusal shows beside them; a success is redirected to the grid.
   */
  private String grid(AuthoringPages.Page page, Plan plan, String focus, Model model, HttpServletResponse response) {
    pages.expose(model, page.with(plan));
    model.addAttribute("focus", focus);
    response.setHeader("HX-Retarget", "#grid");
    response.setHeader("HX-Reswap", "outerHTML");
    return "plan/editor/part2 :: grid-saved";
  }
}
