package org.sujarit.account.web;

import jakarta.servlet.http.HttpSession;
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
import org.sujarit.account.Accounts;
import org.sujarit.account.lookup.AccountLookup;
import org.sujarit.account.signin.TwoFactor;
import org.sujarit.account.UserAccount;
import org.sujarit.common.RuleViolation;
import org.sujarit.web.Messages;

/**
 * Turning one's own second factor on (secret as a QR code, as text and as an otpauth link, confirmed with a code;
 * recovery codes shown once) and off, and the administrator's reset for a member who lost their phone.
 */
@Controller
class TwoFactorController {
  /** The secret being enrolled stays in the session, never in the database, until a code confirms it. */
  private static final String ENROLMENT = "twoFactor.secret";

  private final TwoFactor twoFactor;
  private final Accounts accounts;
  private final AccountLookup accountLookup;
  private final Messages messages;

  TwoFactorController(TwoFactor twoFactor, Accounts accounts, AccountLookup accountLookup, Messages messages) {
    this.twoFactor = twoFactor;
    this.accounts = accounts;
    this.accountLookup = accountLookup;
    this.messages = messages;
  }

  @GetMapping("/account/two-factor")
  String page(HttpSession session, Model model) {
    CurrentUser user = CurrentUsers.get();
    model.addAttribute("offered", TwoFactor.offeredTo(user));
    boolean enrolled = twoFactor.enrolled(user.userId());
    model.addAttribute("enrolled", enrolled);
    if (enrolled) model.addAttribute("recoveryLeft", twoFactor.recoveryCodesLeft(user.userId()));
    if (session.getAttribute(ENROLMENT) instanceof String secret && !enrolled) {
      var enrolment = new TwoFactor.Enrolment(secret, twoFactor.uriOf(user, secret));
      model.addAttribute("enrolment", enrolment);
      model.addAttribute("qr", QrSvg.of(enrolment.uri(), messages.get("two-factor.qr.label")));
    }
    return "account/two-factor";
  }

  @PostMapping("/account/two-factor/start")
  String start(HttpSession session) {
    session.setAttribute(ENROLMENT, twoFactor.start(CurrentUsers.get()).secret());
    return "redirect:/account/two-factor";
  }

  @PostMapping("/account/two-factor/confirm")
  String confirm(@RequestParam(required = false) String code, HttpSession session, Model model, RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.get();
    try {
      model.addAttribute("recoveryCodes", twoFactor.confirm(user, (String) session.getAttribute(ENROLMENT), code));
      session.removeAttribute(ENROLMENT);
      model.addAttribute("offered", true);
      model.addAttribute("enrolled", true);
      return "account/two-factor";
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
      return "redirect:/account/two-factor";
    }
  }

  @PostMapping("/account/two-factor/disable")
  String disable(@RequestParam(required = false) String code, RedirectAttributes redirect) {
    try {
      twoFactor.disable(CurrentUsers.get(), code);
      redirect.addFlashAttribute("flash", messages.get("two-factor.disabled"));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return "redirect:/account/two-factor";
  }

  @PostMapping("/members/{accountId}/reset-two-factor")
  String reset(@PathVariable UUID accountId, RedirectAttributes redirect) {
    UserAccount account = accountLookup.find(accountId).orElseThrow(() -> new RuleViolation("account.not-found"));
    twoFactor.reset(CurrentUsers.get(), accountId);
    redirect.addFlashAttribute("flash", messages.get("members.two-factor-reset", account.username()));
    return account.organizationId() == null ? "redirect:/admin/organizations" : "redirect:/organizations/" + account.organizationId() + "/members";
  }
}
