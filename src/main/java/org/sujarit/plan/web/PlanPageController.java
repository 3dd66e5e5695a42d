package org.sujarit.plan.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Permission;
import org.sujarit.access.Role;
import org.sujarit.account.Accounts;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.RuleViolation;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Part2View;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanTotals;
import org.sujarit.plan.Plans;
import org.sujarit.plan.VersionInfo;
import org.sujarit.web.Formats;
import org.sujarit.web.Messages;

/** The organization's dashboard of plans, the plan page, and the workflow buttons on it. */
@Controller
class PlanPageController {
  private final Plans plans;
  private final Organizations organizations;
  private final FrameworkCatalog frameworks;
  private final Messages messages;
  private final Accounts accounts;
  private final Part2Tables part2Tables;
  private final Formats formats;

  PlanPageController(Plans plans, Organizations organizations, FrameworkCatalog frameworks, Messages messages, Accounts accounts,
      Part2Tables part2Tables, Formats formats) {
    this.plans = plans;
    this.accounts = accounts;
    this.part2Tables = part2Tables;
    this.formats = formats;
    this.organizations = organizations;
    this.frameworks = frameworks;
    this.messages = messages;
  }

  @GetMapping("/")
  String home() {
    CurrentUser user = CurrentUsers.get();
    if (user.organizationId() != null) return "redirect:/organizations/" + user.organizationId();
    return "redirect:/organizations";
  }

  /** The steps of a new organization's first run: done or not. */
  record FirstRun(boolean units, boolean members, boolean plan) {}

  private static final String FIRST_RUN_DISMISSED = "sujarit.firstRunDismissed";

  @GetMapping("/organizations/{id}")
  String dashboard(@PathVariable OrganizationId id, Model model, jakarta.servlet.http.HttpSession session) {
    CurrentUser user = CurrentUsers.get();
    Organization org = organizations.get(user, id);
    List<Plan> list = plans.ofOrganization(user, id);
    // the organization's administrator is walked through units, members and the first plan until they exist or the guide is put away
    if (user.roles().contains(Role.ORG_ADMIN) && id.value().equals(user.organizationId())
        && session.getAttribute(FIRST_RUN_DISMISSED) == null) {
      FirstRun run = new FirstRun(!organizations.units(user, id).isEmpty(), accounts.members(user, id).size() > 1, !list.isEmpty());
      if (!(run.units() && run.members() && run.plan())) model.addAttribute("firstRun", run);
    }
    model.addAttribute("organization", org);
    model.addAttribute("plans", list);
    model.addAttribute("totals", list.stream().collect(Collectors.toMap(p -> p.id(), plans::totals)));
    model.addAttribute("frameworks", frameworks.all());
    model.addAttribute("canCreate", user.may(Permission.EDIT_PLAN, org.scope()));
    return "plan/dashboard";
  }

  /** Puts the first-run guide away for this sign-in. */
  @PostMapping("/organizations/{id}/first-run/dismiss")
  String dismissFirstRun(@PathVariable OrganizationId id, jakarta.servlet.http.HttpSession session) {
    organizations.get(CurrentUsers.get(), id);
    session.setAttribute(FIRST_RUN_DISMISSED, Boolean.TRUE);
    return "redirect:/organizations/" + id;
  }

  @PostMapping("/organizations/{id}/plans")
  String create(@PathVariable OrganizationId id, @RequestParam String frameworkCode, @RequestParam int firstYear,
      @RequestParam int lastYear, @RequestParam String title, RedirectAttributes redirect) {
    try {
      Plan plan = plans.create(CurrentUsers.get(), id, frameworkCode, FiscalPeriod.of(firstYear, lastYear), title);
      return "redirect:/plans/" + plan.id();
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
      return "redirect:/organizations/" + id;
    }
  }

  @GetMapping("/plans/{id}")
  String plan(@PathVariable PlanId id, @RequestParam(required = false) Integer version, Model model) {
    CurrentUser user = CurrentUsers.get();
    Plan plan = version == null ? plans.get(user, id) : plans.get(user, id, version);
    Organization org = organizations.get(user, plan.organizationId());
    PlanTotals totals = plans.totals(plan);
    Map<UnitId, String> unitNames = organizations.unitNames(plan.organizationId());
    model.addAttribute("plan", plan);
    model.addAttribute("organization", org);
    model.addAttribute("framework", plans.frameworkOf(plan));
    Part2View part2 = Part2View.of(plan, plans.frameworkOf(plan), totals, unitNames);
    model.addAttribute("part2", part2);
    model.addAttribute("part2Table", part2Tables.html(part2, plan.id(), plan.version(), plan.revision(), unitNames,
        LocaleContextHolder.getLocale(), formats.thaiDigits()));
    model.addAttribute("findings", plans.findings(plan, totals).stream().filter(f -> !f.code().completeness())
        .map(f -> new FindingText(f.severity().name().toLowerCase(), messages.get(f.messageKey(), f.args().toArray()))).toList());
    List<VersionInfo> versions = plans.versions(user, id);
    model.addAttribute("versions", versions);
    model.addAttribute("latest", versions.get(versions.size() - 1).version() == plan.version());
    model.addAttribute("may", Map.of(
        "edit", user.may(Permission.EDIT_PLAN, org.scope()),
        "approve", user.may(Permission.APPROVE_PLAN, org.scope()),
        "publish", user.may(Permission.PUBLISH_PLAN, org.scope())));
    return "plan/plan";
  }

  /** A finding as the page shows it. */
  record FindingText(String severity, String text) {}

  @PostMapping("/plans/{id}/workflow")
  String workflow(@PathVariable PlanId id, @RequestParam int version, @RequestParam long revision, @RequestParam String action,
      @RequestParam(required = false) String comment, RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.get();
    try {
      Plan result = switch (action) {
        case "submit" -> plans.submit(user, id, version, revision);
        case "approve" -> plans.approve(user, id, version, revision);
        case "return" -> plans.returnForChanges(user, id, version, revision, comment);
        case "publish" -> plans.publish(user, id, version, revision);
        case "amend" -> plans.amend(user, id, comment);
        default -> throw new RuleViolation("error.bad-request");
      };
      redirect.addFlashAttribute("flash", messages.get("plan.workflow.done." + action));
      return "redirect:/plans/" + id + "?version=" + result.version();
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
      return "redirect:/plans/" + id + "?version=" + version;
    }
  }
}
