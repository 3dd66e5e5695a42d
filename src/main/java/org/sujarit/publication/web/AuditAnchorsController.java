package org.sujarit.publication.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.sujarit.audit.AuditAnchor;
import org.sujarit.audit.AuditAnchors;

/**
 * The audit trail's anchors on the public site, so that anyone (a citizen, the NACC) can keep one
 * and later run {@code audit-verify --against} it: a page, the list and the newest as JSON, and the
 * public key that signs them. They say how long the installation's chain is, nothing of its content.
 */
@Controller
class AuditAnchorsController {
  private static final CacheControl SHORT = CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic();
  private final AuditAnchors anchors;

  AuditAnchorsController(AuditAnchors anchors) {
    this.anchors = anchors;
  }

  @GetMapping("/audit/anchors")
  String page(Model model) {
    List<AuditAnchor> newestFirst = new java.util.ArrayList<>(anchors.all());
    java.util.Collections.reverse(newestFirst);
    model.addAttribute("anchors", newestFirst.subList(0, Math.min(200, newestFirst.size())));
    model.addAttribute("keyId", anchors.key().id());
    return "publication/anchors";
  }

  @GetMapping(value = "/audit/anchors.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> list() {
    return ResponseEntity.ok().cacheControl(SHORT).body(Map.of("keyId", anchors.key().id(), "algorithm", "Ed25519",
        "publicKey", anchors.key().publicKeyBase64(), "anchors", anchors.all()));
  }

  @GetMapping(value = "/audit/anchors/latest.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<AuditAnchor> latest() {
    return anchors.latest().map(a -> ResponseEntity.ok().cacheControl(SHORT)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sujarit-audit-anchor-" + a.chainLength() + ".json\"")
        .body(a)).orElse(ResponseEntity.notFound().build());
  }

  @GetMapping(value = "/audit/anchors/key.pem", produces = "application/x-pem-file")
  @ResponseBody
  ResponseEntity<String> key() {
    return ResponseEntity.ok().cacheControl(SHORT)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sujarit-audit-" + anchors.key().id() + ".pem\"")
        .body(anchors.key().publicKeyPem());
  }
}
