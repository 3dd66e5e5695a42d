package org.sujarit.plan.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanFinding;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.Plans;
import org.sujarit.plan.VersionInfo;
import org.sujarit.web.Messages;

/**
 * What a plan officer reads and prints: the checklist before submission, Part 2 and the detail sheets
 * ready for A4, the comparison of two versions, and the revision the editor holds.
 */
@Controller
class PlanViewsController {
  private final AuthoringPages pages;
  private final Plans plans;
  private final Messages messages;

  PlanViewsController(AuthoringPages pages, Plans plans, Messages messages) {
    this.pages = pages;
    this.plans = plans;
    this.messages = messages;
  }

  @GetMapping("/plans/{id}/versions/{version}/checklist")
  String checklist(@PathVariable PlanId id, @PathVariable int version, Model model) {
    AuthoringPages.Page page = pages.load(id, version);
    pages.expose(model, page);
    String base = AuthoringPages.base(page.plan());
    model.addAttribute("checklist", Checklist.of(plans.findings(page.plan()), messages, f -> link(base, f)));
    return "plan/editor/checklist";
  }

  private static String link(String base, PlanFinding f) {
    return switch (f.code()) {
      case MISSING_DETAIL_SHEET -> base + "/part3/" + f.itemId();
      case UNTREATED_RISK -> base + "/part1#risks";
      case MISSION_WITHOUT_ITEM -> base + "/part2#mission-" + String.valueOf(f.args().get(0)).replace('.', '-');
      default -> f.itemId() == null ? base + "/part2" : base + "/part2#item-" + f.itemId();
    };
  }

  @GetMapping("/plans/{id}/versions/{version}/print/part2")
  String printPart2(@PathVariable PlanId id, @PathVariable int version, Model model) {
    pages.expose(model, pages.load(id, version));
    return "plan/editor/print-part2";
  }

  @GetMapping("/plans/{id}/versions/{version}/print/sheets")
  String printSheets(@PathVariable PlanId id, @PathVariable int version, Model model) {
    pages.expose(model, pages.load(id, version));
    return "plan/editor/print-sheets";
  }

  /** The version's current revision, for an editor that applies its change again after a conflict. */
  @GetMapping("/plans/{id}/versions/{version}/revision")
  String revision(@PathVariable PlanId id, @PathVariable int version, Model model) {
    Plan plan = plans.get(CurrentUsers.get(), id, version);
    model.addAttribute("plan", plan);
    model.addAttribute("base", AuthoringPages.base(plan));
    return "plan/editor/common :: revision(oob=false)";
  }

  /** Two versions compared; by default the latest against the one before it. */
  @GetMapping("/plans/{id}/compare")
  String compare(@PathVariable PlanId id, @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
      Model model) {
    CurrentUser user = CurrentUsers.get();
    List<VersionInfo> versions = plans.versions(user, id);
    int newer = to == null ? versions.get(versions.size() - 1).version() : to;
    int older = from == null ? Math.max(1, newer - 1) : from;
    Plan a = plans.get(user, id, older);
    Plan b = plans.get(user, id, newer);
    pages.expose(model, pages.page(user, b));
    model.addAttribute("versions", versions);
    model.addAttribute("comparison", VersionComparison.of(a, plans.totals(a), b, plans.totals(b)));
    return "plan/editor/compare";
  }
}
