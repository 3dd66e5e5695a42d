package org.sujarit.organization.web;

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
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.Unit;
import org.sujarit.organization.UnitId;
import org.sujarit.web.Messages;

/** The organizations a user reads across (oversight, system administration) and each one's units. */
@Controller
class OrganizationPagesController {
  private final Organizations organizations;
  private final Messages messages;

  OrganizationPagesController(Organizations organizations, Messages messages) {
    this.organizations = organizations;
    this.messages = messages;
  }

  @GetMapping("/organizations")
  String list(Model model) {
    model.addAttribute("organizations", organizations.visibleTo(CurrentUsers.get()));
    return "organization/list";
  }

  @GetMapping("/organizations/{id}/units")
  String units(@PathVariable OrganizationId id, Model model) {
    CurrentUser user = CurrentUsers.get();
    Organization org = organizations.get(user, id);
    model.addAttribute("organization", org);
    model.addAttribute("units", organizations.units(user, id));
    model.addAttribute("canManage", user.may(Permission.MANAGE_ORGANIZATION, org.scope()));
    return "organization/units";
  }

  @PostMapping("/organizations/{id}/units")
  String addUnit(@PathVariable OrganizationId id, @RequestParam String name, RedirectAttributes redirect) {
    try {
      Unit unit = organizations.addUnit(CurrentUsers.get(), id, name);
      redirect.addFlashAttribute("flash", messages.get("unit.added", unit.name()));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return "redirect:/organizations/" + id + "/units";
  }

  @PostMapping("/units/{unitId}")
  String updateUnit(@PathVariable UnitId unitId, @RequestParam String name, @RequestParam(defaultValue = "false") boolean active,
      RedirectAttributes redirect) {
    Unit unit = organizations.unit(CurrentUsers.get(), unitId).orElseThrow(() -> new RuleViolation("unit.not-found"));
    try {
      organizations.updateUnit(CurrentUsers.get(), unitId, name, active);
      redirect.addFlashAttribute("flash", messages.get("unit.saved"));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return "redirect:/organizations/" + unit.organizationId() + "/units";
  }
}
