package org.sujarit.audit;

import java.util.UUID;

/**
 * A change to record, published by the module that made it (in the same transaction). before and
 * after are JSON texts of the changed part, null where it did not exist.
 */
public record AuditEvent(
    String actor, UUID organizationId, String entityType, String entityId, String action, String before, String after) {

  public AuditEvent {
    if (actor == null || actor.isBlank()) actor = "system";
  }
}
