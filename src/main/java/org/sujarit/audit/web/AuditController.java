package org.sujarit.audit.web;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.audit.AuditAnchors;
import org.sujarit.audit.AuditVerification;
import org.sujarit.audit.reading.AuditReading;

/**
 * The audit trail of the user's organization, and verification of the whole chain. Auditors and
 * organization administrators see their own organization, numbered on its own; the system
 * administrator any.
 */
@Controller
class AuditController {
  private static final int PAGE = 100;
  private final AuditReading audit;
  private final AuditAnchors anchors;

  AuditController(AuditReading audit, AuditAnchors anchors) {
    this.audit = audit;
    this.anchors = anchors;
  }

  @GetMapping("/audit")
  String page(@RequestParam(required = false) UUID organization, @RequestParam(defaultValue = "0") long before, Model model) {
    CurrentUser user = CurrentUsers.get();
    audit.recent(user, organization, PAGE, before).ifPresent(entries -> model.addAttribute("entries", entries));
    model.addAttribute("organization", organization != null ? organization : user.organizationId());
    return "audit/audit";
  }

  @PostMapping("/audit/verify")
  String verifyPage(Model model, @RequestParam(required = false) UUID organization) {
    model.addAttribute("verification", audit.verify(CurrentUsers.get()));
    return page(organization, 0, model);
  }

  /** An anchor now, besides the hourly ones (e.g. before an inspection); a broken chain is shown, not signed. */
  @PostMapping("/audit/anchor")
  String anchor(Model model) {
    audit.requireVerifier(CurrentUsers.get());
    try {
      anchors.publish();
      return "redirect:/audit/anchors";
    } catch (IllegalStateException e) {
      model.addAttribute("verification", audit.verify(CurrentUsers.get()));
      return page(null, 0, model);
    }
  }

  @GetMapping("/api/audit/verify")
  @ResponseBody
  ResponseEntity<Map<String, Object>> verifyApi() {
    AuditVerification v = audit.verify(CurrentUsers.get());
    return ResponseEntity.ok(Map.of("intact", v.intact(), "entriesChecked", v.entriesChecked(),
        "firstBrokenSeq", v.firstBrokenSeq(), "problem", v.problem() == null ? "" : v.problem()));
  }
}
