package org.sujarit.plan.web;

import java.util.List;
import java.util.Map;
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
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.RuleViolation;
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

/** The plan page and the workflow buttons on it (the organization's dashboard is workspace's). */
@Controller
class PlanPageController {
  private final Plans plans;
  private final Organizations organizations;
  private final Messages messages;
  private final Part2Tables part2Tables;
  private final Formats formats;

  PlanPageController(Plans plans, Organizations organizations, Messages messages, Part2Tables part2Tables, Formats formats) {
    this.plans = plans;
    this.part2Tables = part2Tables;
    this.formats = formats;
    this.organizations = organizations;
    this.messages = messages;
  }

  @GetMapping("/")
  String home() {
    CurrentUser user = CurrentUsers.get();
    if (user.organizationId() != null) return "redirect:/organizations/" + user.organizationId();
    return "redirect:/organizations";
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
    Map<UnitId, String> unitNames = organizations.unitNames(user, plan.organizationId());
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
