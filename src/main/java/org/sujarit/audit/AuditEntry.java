package org.sujarit.audit;

import java.time.Instant;
import java.util.UUID;

/** One recorded change with its place in the chain. */
public record AuditEntry(
    long seq,
    Instant occurredAt,
    String actor,
    UUID organizationId,
    String entityType,
    String entityId,
    String action,
    String before,
    String after,
    String prevHash,
    String hash) {}
