package org.sujarit.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.account.signin.SecondStep;
import org.sujarit.web.Messages;

/** The code page of the sign-in of accounts with a second factor. */
@Controller
class SecondStepController {
  private final SecondStep secondStep;
  private final Messages messages;

  SecondStepController(SecondStep secondStep, Messages messages) {
    this.secondStep = secondStep;
    this.messages = messages;
  }

  @GetMapping("/login/code")
  String form() {
    return secondStep.pending() ? "account/code" : "redirect:/login";
  }

  @PostMapping("/login/code")
  String code(@RequestParam(required = false) String code, Model model, HttpServletRequest request, HttpServletResponse response)
      throws IOException, jakarta.servlet.ServletException {
    SecondStep.Outcome outcome = secondStep.complete(code, request, response);
    if (outcome instanceof SecondStep.SignedIn) return null; // the response already redirects to the page first asked for
    if (outcome instanceof SecondStep.NotStarted) return "redirect:/login";
    model.addAttribute("error", outcome instanceof SecondStep.Wait w ? messages.get("login.wait", w.seconds())
        : outcome instanceof SecondStep.Unreadable ? messages.get("two-factor.secret-unreadable") : messages.get("two-factor.code-wrong"));
    return "account/code";
  }
}
