package org.sujarit.audit.reading;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.sujarit.access.AccessRefusedException;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.OrganizationScope;
import org.sujarit.access.Permission;
import org.sujarit.audit.AuditEntry;
import org.sujarit.audit.AuditTrail;
import org.sujarit.audit.AuditVerification;

/**
 * Reading the audit trail with READ_AUDIT: auditors and organization administrators their own
 * organization, the system administrator any; checking the chain is open to anyone who may read
 * some organization's trail.
 */
@Service
public class AuditReading {
  private final AuditTrail trail;

  AuditReading(AuditTrail trail) {
    this.trail = trail;
  }

  /**
   * The newest entries of the organization ({@code null}: the user's own), or nothing when the user
   * belongs to none and named none (then READ_AUDIT on the whole system is required).
   */
  public Optional<List<AuditEntry>> recent(CurrentUser user, UUID organization, int limit, long beforeSeq) {
    UUID org = organization != null ? organization : user.organizationId();
    if (org == null) {
      user.require(Permission.READ_AUDIT);
      return Optional.empty();
    }
    user.require(Permission.READ_AUDIT, new OrganizationScope(org, null));
    return Optional.of(trail.recent(org, limit, beforeSeq));
  }

  /**
   * Anyone who may read some organization's audit trail may check that the chain is whole; an
   * organization's user is told its own count and numbers only, not the other organizations' volume.
   */
  public AuditVerification verify(CurrentUser user) {
    requireVerifier(user);
    return user.may(Permission.READ_AUDIT) ? trail.verify() : trail.verify(user.organizationId());
  }

  /** The same right as {@link #verify}: e.g. to ask for an anchor now. */
  public void requireVerifier(CurrentUser user) {
    boolean allowed = user.may(Permission.READ_AUDIT)
        || (user.organizationId() != null && user.may(Permission.READ_AUDIT, new OrganizationScope(user.organizationId(), null)));
    if (!allowed) throw new AccessRefusedException(Permission.READ_AUDIT);
  }
}
