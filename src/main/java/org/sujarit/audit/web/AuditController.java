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
import org.sujarit.access.OrganizationScope;
import org.sujarit.access.Permission;
import org.sujarit.audit.AuditAnchors;
import org.sujarit.audit.AuditTrail;
import org.sujarit.audit.AuditVerification;

/**
 * The audit trail of the user's organization, and verification of the whole chain. Auditors and
 * organization administrators see their own organization, numbered on its own; the system
 * administrator any.
 */
@Controller
class AuditController {
  private static final int PAGE = 100;
  private final AuditTrail trail;
  private final AuditAnchors anchors;

  AuditController(AuditTrail trail, AuditAnchors anchors) {
    this.trail = trail;
    this.anchors = anchors;
  }

  @GetMapping("/audit")
  String page(@RequestParam(required = false) UUID organization, @RequestParam(defaultValue = "0") long before, Model model) {
    CurrentUser user = CurrentUsers.get();
    UUID org = organization != null ? organization : user.organizationId();
    if (org != null) {
      user.require(Permission.READ_AUDIT, new OrganizationScope(org, null));
      model.addAttribute("entries", trail.recent(org, PAGE, before));
    } else {
      user.require(Permission.READ_AUDIT);
    }
    model.addAttribute("organization", org);
    return "audit/audit";
  }

  @PostMapping("/audit/verify")
  String verifyPage(Model model, @RequestParam(required = false) UUID organization) {
    model.addAttribute("verification", verify());
    return page(organization, 0, model);
  }

  /** An anchor now, besides the hourly ones (e.g. before an inspection); a broken chain is shown, not signed. */
  @PostMapping("/audit/anchor")
  String anchor(Model model) {
    requireVerifier();
    try {
      anchors.publish();
      return "redirect:/audit/anchors";
    } catch (IllegalStateException e) {
      model.addAttribute("verification", verify());
      return page(null, 0, model);
    }
  }

  @GetMapping("/api/audit/verify")
  @ResponseBody
  ResponseEntity<Map<String, Object>> verifyApi() {
    AuditVerification v = verify();
    return ResponseEntity.ok(Map.of("intact", v.intact(), "entriesChecked", v.entriesChecked(),
        "firstBrokenSeq", v.firstBrokenSeq(), "problem", v.problem() == null ? "" : v.problem()));
  }

  /**
   * Anyone who may read some organization's audit trail may check that the chain is whole; an
   * organization's user is told its own count and numbers only, not the other organizations' volume.
   */
  private AuditVerification verify() {
    requireVerifier();
    CurrentUser user = CurrentUsers.get();
    return user.may(Permission.READ_AUDIT) ? trail.verify() : trail.verify(user.organizationId());
  }

  private static void requireVerifier() {
    CurrentUser user = CurrentUsers.get();
    boolean allowed = user.may(Permission.READ_AUDIT)
        || (user.organizationId() != null && user.may(Permission.READ_AUDIT, new OrganizationScope(user.organizationId(), null)));
    if (!allowed) throw new org.sujarit.access.AccessRefusedException(Permission.READ_AUDIT);
  }
}
