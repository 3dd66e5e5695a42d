package org.sujarit.account.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Role;
import org.sujarit.account.Accounts;
import org.sujarit.account.lookup.AccountLookup;
import org.sujarit.account.NewAccount;
import org.sujarit.account.Passwords;
import org.sujarit.account.UserAccount;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.web.Messages;

/**
 * An organization's members, managed by its ORG_ADMIN: new accounts, roles, temporary passwords
 * and disabling, without a central help desk. Temporary passwords are shown once, to hand over.
 */
@Controller
class MembersController {
  private final Accounts accounts;
  private final AccountLookup accountLookup;
  private final Organizations organizations;
  private final Messages messages;

  MembersController(Accounts accounts, AccountLookup accountLookup, Organizations organizations, Messages messages) {
    this.accounts = accounts;
    this.accountLookup = accountLookup;
    this.organizations = organizations;
    this.messages = messages;
  }

  @GetMapping("/organizations/{id}/members")
  String members(@PathVariable OrganizationId id, Model model) {
    CurrentUser user = CurrentUsers.get();
    List<UserAccount> members = accounts.members(user, id);
    Organization org = organizations.get(user, id);
    model.addAttribute("organization", org);
    model.addAttribute("members", members);
    model.addAttribute("units", organizations.units(user, id));
    model.addAttribute("roles", Role.organizationalRoles());
    return "account/members";
  }

  @PostMapping("/organizations/{id}/members")
  String create(@PathVariable OrganizationId id, @RequestParam String username, @RequestParam String displayName,
      @RequestParam(required = false) Set<Role> roles, @RequestParam(required = false) UUID unitId, RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.get();
    try {
      String temporary = Passwords.temporary();
      UserAccount created = accounts.createWithTemporaryPassword(user, new NewAccount(username, displayName, temporary, id.value(), unitId,
          roles == null ? Set.of() : EnumSet.copyOf(roles), null));
      redirect.addFlashAttribute("flash", messages.get("members.created", created.username(), temporary));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return "redirect:/organizations/" + id + "/members";
  }

  @PostMapping("/members/{accountId}/roles")
  String roles(@PathVariable UUID accountId, @RequestParam(required = false) Set<Role> roles,
      @RequestParam(required = false) UUID unitId, RedirectAttributes redirect) {
    UserAccount account = accountLookup.find(accountId).orElseThrow(() -> new RuleViolation("account.not-found"));
    try {
      accounts.changeRoles(CurrentUsers.get(), accountId, roles == null ? Set.of() : EnumSet.copyOf(roles), unitId);
      redirect.addFlashAttribute("flash", messages.get("members.roles-saved", account.username()));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return back(account);
  }

  @PostMapping("/members/{accountId}/reset-password")
  String resetPassword(@PathVariable UUID accountId, RedirectAttributes redirect) {
    UserAccount account = accountLookup.find(accountId).orElseThrow(() -> new RuleViolation("account.not-found"));
    String temporary = accounts.resetPassword(CurrentUsers.get(), accountId);
    redirect.addFlashAttribute("flash", messages.get("members.password-reset", account.username(), temporary));
    return back(account);
  }

  @PostMapping("/members/{accountId}/email")
  String email(@PathVariable UUID accountId, @RequestParam(required = false) String email, RedirectAttributes redirect) {
    UserAccount account = accountLookup.find(accountId).orElseThrow(() -> new RuleViolation("account.not-found"));
    try {
      accounts.setEmail(CurrentUsers.get(), accountId, email);
      redirect.addFlashAttribute("flash", messages.get("members.email-saved", account.username()));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return back(account);
  }

  @PostMapping("/members/{accountId}/enabled")
  String enabled(@PathVariable UUID accountId, @RequestParam boolean enabled, RedirectAttributes redirect) {
    UserAccount account = accountLookup.find(accountId).orElseThrow(() -> new RuleViolation("account.not-found"));
    try {
      accounts.setEnabled(CurrentUsers.get(), accountId, enabled);
      redirect.addFlashAttribute("flash", messages.get(enabled ? "members.enabled" : "members.disabled", account.username()));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return back(account);
  }

  private static String back(UserAccount account) {
    return account.organizationId() == null ? "redirect:/admin/organizations" : "redirect:/organizations/" + account.organizationId() + "/members";
  }
}
