package org.sujarit.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.Plan;
import org.sujarit.plan.internal.PlanAuthoring;
import org.sujarit.plan.Plans;
import org.sujarit.plan.standarditems.StandardItems;
import org.sujarit.web.Messages;

/** Starting a plan: framework and period, then empty, a copy of a previous plan, or library entries. */
@Controller
@RequestMapping("/organizations/{org}/plans/new")
class NewPlanController {
  private final Plans plans;
  private final PlanAuthoring authoring;
  private final StandardItems standardItems;
  private final FrameworkCatalog frameworks;
  private final Messages messages;

  NewPlanController(Plans plans, PlanAuthoring authoring, StandardItems standardItems,
      FrameworkCatalog frameworks, Messages messages) {
    this.plans = plans;
    this.authoring = authoring;
    this.standardItems = standardItems;
    this.frameworks = frameworks;
    this.messages = messages;
  }

  @GetMapping
  String page(@PathVariable OrganizationId org, Model model) {
    expose(model, org, NewPlanForm.defaults(messages.get("plan.defaultTitle"), frameworks.all().get(0)));
    return "plan/editor/new";
  }

  /** The library entries offered for a framework, when the user picks another one. */
  @GetMapping("/entries")
  String entries(@PathVariable OrganizationId org, @RequestParam String frameworkCode, Model model) {
    NewPlanForm form = new NewPlanForm();
    form.frameworkCode = frameworkCode;
    expose(model, org, form);
    return "plan/editor/new :: entries";
  }

  @PostMapping
  String create(@PathVariable OrganizationId org, @ModelAttribute("form") NewPlanForm form, Model model,
      @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
    FieldErrors errors = new FieldErrors(messages);
    Plan created = errors.attempt(form::toRequest, request -> authoring.start(CurrentUsers.get(), org, request), f -> f);
    if (created != null) {
      String editor = "/plans/" + created.id() + "/versions/" + created.version() + "/part2";
      if (htmx == null) return "redirect:" + editor;
      response.setHeader("HX-Redirect", editor);
      return "plan/editor/new :: created";
    }
    expose(model, org, form);
    model.addAttribute("errors", errors.asMap());
    response.setStatus(422);
    return htmx == null ? "plan/editor/new" : "plan/editor/new :: newPlanForm";
  }

  private void expose(Model model, OrganizationId org, NewPlanForm form) {
    CurrentUser user = CurrentUsers.get();
    Organization organization = authoring.planningFor(user, org);
    model.addAttribute("organization", organization);
    model.addAttribute("frameworks", frameworks.all());
    model.addAttribute("previousPlans", plans.ofOrganization(user, org));
    model.addAttribute("library", standardItems.offeredFor(form.frameworkCode, organization.name()));
    model.addAttribute("form", form);
    model.addAttribute("errors", Map.of());
  }
}
