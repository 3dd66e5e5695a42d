package org.sujarit.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded change with its place in the chain ({@code seq}, the whole installation's) and in its
 * organization ({@code orgSeq}, 1, 2, 3 … per organization; null for changes of no organization).
 */
public record AuditEntry(
    long seq,
    Long orgSeq,
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
