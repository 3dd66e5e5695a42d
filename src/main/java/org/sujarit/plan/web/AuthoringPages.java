package org.sujarit.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Permission;
import org.sujarit.common.RuleViolation;
import org.sujarit.framework.Framework;
import org.sujarit.organization.Organization;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.Unit;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Part2View;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanFinding;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanTotals;
import org.sujarit.plan.Plans;

/** Loads what every authoring page shows about one plan version, with the user's rights on it. */
@Component
class AuthoringPages {
  private final Plans plans;
  private final Organizations organizations;

  AuthoringPages(Plans plans, Organizations organizations) {
    this.plans = plans;
    this.organizations = organizations;
  }

  /**
   * One version as the signed-in user sees it. {@code editable}: a draft (always the latest version)
   * and a user who may edit plans of its organization; everyone else reads.
   */
  record Page(CurrentUser user, Plan plan, Organization organization, Framework framework, boolean editable, List<Unit> units) {
    /** The same page showing the plan as a change left it. */
    Page with(Plan changed) {
      return new Page(user, changed, organization, framework, editable, units);
    }

    Map<UnitId, String> unitNames() {
      return Unit.names(units);
    }
  }

  Page load(PlanId id, int version) {
    CurrentUser user = CurrentUsers.get();
    return page(user, plans.get(user, id, version));
  }

  /** A version the user is about to change: refused unless it is a draft and the user may edit plans. */
  Page editable(PlanId id, int version) {
    Page page = load(id, version);
    page.user().require(Permission.EDIT_PLAN, page.organization().scope());
    if (!page.plan().status().editable()) throw new RuleViolation("plan.not-editable", page.plan().status().name());
    return page;
  }

  /** The page after a change: the plan as the change left it. */
  Page page(CurrentUser user, Plan plan) {
    Organization org = organizations.get(user, plan.organizationId());
    boolean editable = plan.status().editable() && user.may(Permission.EDIT_PLAN, org.scope());
    return new Page(user, plan, org, plans.frameworkOf(plan), editable, organizations.units(user, plan.organizationId()));
  }

  /**
   * After saving a whole form: whether it was saved (then when), or 422 with the messages to show
   * beside the fields.
   */
  void saveOutcome(Model model, HttpServletResponse response, Plan saved, FieldErrors errors) {
    model.addAttribute("saved", saved != null);
    model.addAttribute("savedAt", Instant.now());
    if (saved == null) {
      response.setStatus(422);
      model.addAttribute("errors", errors.asMap());
    }
  }

  /** Where a version's authoring pages live: {@code /plans/<id>/versions/<n>}. */
  static String base(Plan plan) {
    return "/plans/" + plan.id() + "/versions/" + plan.version();
  }

  /** Model attributes shared by the authoring pages and their fragments. */
  void expose(Model model, Page page) {
    PlanTotals totals = plans.totals(page.plan());
    List<PlanFinding> findings = plans.findings(page.plan());
    model.addAttribute("plan", page.plan());
    model.addAttribute("base", base(page.plan()));
    model.addAttribute("organization", page.organization());
    model.addAttribute("framework", page.framework());
    model.addAttribute("editable", page.editable());
    model.addAttribute("units", page.units());
    model.addAttribute("part2", Part2View.of(page.plan(), page.framework(), totals, page.unitNames()));
    model.addAttribute("openPoints", findings.stream().filter(f -> f.code().completeness()).count());
    model.addAttribute("riskTable", plans.part1Risks(page.plan()));
    model.addAttribute("errors", Map.of());
  }
}
