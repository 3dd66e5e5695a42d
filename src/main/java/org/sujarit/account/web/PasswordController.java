package org.sujarit.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.access.CurrentUsers;
import org.sujarit.account.Accounts;
import org.sujarit.account.lookup.AccountLookup;
import org.sujarit.common.RuleViolation;
import org.sujarit.web.Messages;

/** Changing one's own password (after receiving a temporary one, for example). */
@Controller
class PasswordController {
  private final Accounts accounts;
  private final AccountLookup accountLookup;
  private final Messages messages;

  PasswordController(Accounts accounts, AccountLookup accountLookup, Messages messages) {
    this.accounts = accounts;
    this.accountLookup = accountLookup;
    this.messages = messages;
  }

  @GetMapping("/account/password")
  String form(Model model) {
    model.addAttribute("email", accountLookup.find(CurrentUsers.get().userId()).map(a -> a.email()).orElse(null));
    return "account/password";
  }

  /** The address password reset links are sent to. */
  @PostMapping("/account/email")
  String email(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String email,
      RedirectAttributes redirect) {
    try {
      accounts.changeOwnEmail(CurrentUsers.get(), currentPassword, email);
      redirect.addFlashAttribute("flash", messages.get("account.email.saved"));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return "redirect:/account/password";
  }

  @PostMapping("/account/password")
  String change(@RequestParam String currentPassword, @RequestParam String newPassword, @RequestParam String confirmPassword,
      Model model, RedirectAttributes redirect) {
    try {
      if (!newPassword.equals(confirmPassword)) throw RuleViolation.field("confirmPassword", "password.mismatch");
      accounts.changeOwnPassword(CurrentUsers.get(), currentPassword, newPassword);
      redirect.addFlashAttribute("flash", messages.get("password.changed"));
      return "redirect:/";
    } catch (RuleViolation e) {
      model.addAttribute("error", messages.of(e));
      model.addAttribute("errorField", e.field());
      return form(model);
    }
  }
}
