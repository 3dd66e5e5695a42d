package org.sujarit.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.account.signin.PasswordResets;
import org.sujarit.common.RuleViolation;
import org.sujarit.web.Messages;

/** "ลืมรหัสผ่าน": a reset link by e-mail where mail is configured, else the way to the organization's administrator. */
@Controller
class PasswordResetController {
  private final PasswordResets resets;
  private final Messages messages;

  PasswordResetController(PasswordResets resets, Messages messages) {
    this.resets = resets;
    this.messages = messages;
  }

  @GetMapping("/login/forgot")
  String forgot(Model model) {
    model.addAttribute("byMail", resets.byMail());
    return "account/forgot";
  }

  /** The same answer whether or not the account exists, so the form tells nobody which names are taken. */
  @PostMapping("/login/forgot")
  String request(@RequestParam(required = false) String username) {
    resets.request(username);
    return "redirect:/login/forgot?sent";
  }

  @GetMapping("/login/reset")
  String form(@RequestParam(required = false) String token, Model model) {
    model.addAttribute("usable", resets.usable(token));
    model.addAttribute("token", token);
    return "account/reset";
  }

  @PostMapping("/login/reset")
  String reset(@RequestParam(required = false) String token, @RequestParam(required = false) String newPassword,
      @RequestParam(required = false) String confirmPassword, Model model) {
    try {
      resets.reset(token, newPassword, confirmPassword);
      return "redirect:/login?reset";
    } catch (RuleViolation e) {
      model.addAttribute("usable", resets.usable(token));
      model.addAttribute("token", token);
      model.addAttribute("error", messages.of(e));
      model.addAttribute("errorField", e.field());
      return "account/reset";
    }
  }
}
