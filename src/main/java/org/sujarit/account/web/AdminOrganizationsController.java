package org.sujarit.account.web;

import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Role;
import org.sujarit.account.Accounts;
import org.sujarit.account.NewAccount;
import org.sujarit.account.Passwords;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.OrganizationKind;
import org.sujarit.organization.Organizations;
import org.sujarit.web.Messages;

/** The system administrator registers an organization together with its first ORG_ADMIN. */
@Controller
class AdminOrganizationsController {
  private final Organizations organizations;
  private final Accounts accounts;
  private final TransactionTemplate tx;
  private final Messages messages;

  AdminOrganizationsController(Organizations organizations, Accounts accounts, TransactionTemplate tx, Messages messages) {
    this.organizations = organizations;
    this.accounts = accounts;
    this.tx = tx;
    this.messages = messages;
  }

  @GetMapping("/admin/organizations")
  String page(Model model) {
    CurrentUser user = CurrentUsers.get();
    model.addAttribute("accounts", accounts.installationAccounts(user)); // refused unless ADMINISTER_SYSTEM
    model.addAttribute("organizations", organizations.visibleTo(user));
    model.addAttribute("kinds", OrganizationKind.values());
    return "admin/organizations";
  }

  /** Accounts outside any organization: another system administrator, or oversight of a province or the country. */
  @PostMapping("/admin/accounts")
  String createAccount(@RequestParam String username, @RequestParam String displayName, @RequestParam Role role,
      @RequestParam(required = false) String province, RedirectAttributes redirect) {
    try {
      if (role.organizational()) throw RuleViolation.field("role", "admin.account.role-invalid");
      String temporary = Passwords.temporary();
      accounts.createWithTemporaryPassword(CurrentUsers.get(), new NewAccount(username, displayName, temporary, null, null, Set.of(role),
          role == Role.OVERSIGHT ? province : null));
      redirect.addFlashAttribute("flash", messages.get("members.created", username, temporary));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return "redirect:/admin/organizations";
  }

  @PostMapping("/admin/organizations")
  String create(@RequestParam String name, @RequestParam OrganizationKind kind, @RequestParam(required = false) String province,
      @RequestParam(required = false) String district, @RequestParam(required = false) OrganizationId parentId,
      @RequestParam String adminUsername, @RequestParam String adminName, RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.get();
    try {
      String temporary = Passwords.temporary();
      Organization org = tx.execute(s -> {
        Organization o = organizations.create(user, name, kind, province, district, parentId);
        accounts.createWithTemporaryPassword(user, new NewAccount(adminUsername, adminName, temporary, o.id().value(), null, Set.of(Role.ORG_ADMIN), null));
        return o;
      });
      redirect.addFlashAttribute("flash", messages.get("admin.organization.created", org.name(), adminUsername, temporary));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return "redirect:/admin/organizations";
  }
}
