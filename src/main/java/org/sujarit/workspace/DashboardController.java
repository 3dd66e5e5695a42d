package org.sujarit.workspace;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Permission;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.Plans;

/** The organization's dashboard of plans, with the first-run guide of a new organization's administrator. */
@Controller
class DashboardController {
  private final Plans plans;
  private final Organizations organizations;
  private final FrameworkCatalog frameworks;
  private final FirstRuns firstRuns;

  DashboardController(Plans plans, Organizations organizations, FrameworkCatalog frameworks, FirstRuns firstRuns) {
    this.plans = plans;
    this.organizations = organizations;
    this.frameworks = frameworks;
    this.firstRuns = firstRuns;
  }

  @GetMapping("/organizations/{id}")
  String dashboard(@PathVariable OrganizationId id, Model model) {
    CurrentUser user = CurrentUsers.get();
    Organization org = organizations.get(user, id);
    List<Plan> list = plans.ofOrganization(user, id);
    firstRuns.of(user, id, !list.isEmpty()).ifPresent(run -> model.addAttribute("firstRun", run));
    model.addAttribute("organization", org);
    model.addAttribute("plans", list);
    model.addAttribute("totals", list.stream().collect(Collectors.toMap(p -> p.id(), plans::totals)));
    model.addAttribute("frameworks", frameworks.all());
    model.addAttribute("canCreate", user.may(Permission.EDIT_PLAN, org.scope()));
    return "plan/dashboard";
  }

  /** Puts the first-run guide away for good (for this account). */
  @PostMapping("/organizations/{id}/first-run/dismiss")
  String dismissFirstRun(@PathVariable OrganizationId id) {
    firstRuns.dismiss(CurrentUsers.get(), id);
    return "redirect:/organizations/" + id;
  }
}
