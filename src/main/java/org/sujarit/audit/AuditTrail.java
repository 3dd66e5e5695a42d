package org.sujarit.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Appends entries to the hash chain and verifies it (the SQL is {@link AuditRepository}'s). */
@Service
public class AuditTrail {
  static final String GENESIS = "0".repeat(64);
  private static final char SEP = '\u001F';

  private final AuditRepository repository;
  private final Clock clock;

  AuditTrail(AuditRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Records a change in the transaction of the change itself: both land, or neither. */
  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(AuditEvent event) {
    append(event);
  }

  /** For changes made outside a caller's transaction (e.g. a sign-in). */
  @Transactional
  public void record(AuditEvent event) {
    append(event);
  }

  private void append(AuditEvent e) {
    repository.lockChain();
    var tail = repository.tail(e.organizationId());
    long seq = tail.head().map(h -> h.seq() + 1).orElse(1L);
    String prev = tail.head().map(AuditRepository.Head::hash).orElse(GENESIS);
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String hash = hash(seq, at, e.actor(), e.organizationId(), e.entityType(), e.entityId(), e.action(), e.before(), e.after(), prev);
    repository.append(seq, tail.nextOrgSeq(), at, e, prev, hash);
  }

  /** Walks the whole chain in order; reports the first entry that does not match (global numbers and count). */
  // one snapshot for the walk and the head: under READ COMMITTED an entry appended between the two reads
  // looked like entries removed (seen during the deadline-week benchmark)
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public AuditVerification verify() {
    return walk().whole();
  }

  /**
   * The same walk, told as an organization's user may see it: the count and the number of the broken
   * entry are the organization's own ({@link AuditEntry#orgSeq()}), a break elsewhere is named as such.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public AuditVerification verify(UUID organizationId) {
    Walk w = walk();
    long own = w.perOrganization().getOrDefault(organizationId, 0L);
    if (w.whole().intact()) return AuditVerification.ok(own);
    if (w.broken() != null && organizationId.equals(w.broken().organizationId()) && w.broken().orgSeq() != null) {
      return AuditVerification.broken(own, w.broken().orgSeq(), "entry " + w.broken().orgSeq() + " of this organization does not verify");
    }
    return AuditVerification.broken(own, -1, "the chain is broken outside this organization's entries");
  }

  /** The result of one walk: the whole, each organization's count, and the broken entry if one is known. */
  private record Walk(AuditVerification whole, Map<UUID, Long> perOrganization, AuditEntry broken) {}

  private Walk walk() {
    AtomicLong checked = new AtomicLong();
    AtomicReference<String> prev = new AtomicReference<>(GENESIS);
    AtomicLong expectedSeq = new AtomicLong(1);
    AtomicReference<AuditVerification> broken = new AtomicReference<>();
    AtomicReference<AuditEntry> brokenEntry = new AtomicReference<>();
    Map<UUID, Long> perOrg = new HashMap<>();
    repository.each(a -> {
      if (broken.get() != null) return;
      checked.incrementAndGet();
      Long expectedOrgSeq = a.organizationId() == null ? null : perOrg.merge(a.organizationId(), 1L, Long::sum);
      if (a.seq() != expectedSeq.get()) {
        broken.set(AuditVerification.broken(checked.get(), expectedSeq.get(), "entry " + expectedSeq.get() + " is missing"));
      } else if (!a.prevHash().equals(prev.get())) {
        broken.set(AuditVerification.broken(checked.get(), a.seq(), "entry " + a.seq() + " does not link to the entry before it"));
      } else if (!a.hash().equals(hash(a))) {
        broken.set(AuditVerification.broken(checked.get(), a.seq(), "entry " + a.seq() + " was changed after it was written"));
      } else if (!java.util.Objects.equals(a.orgSeq(), expectedOrgSeq)) {
        broken.set(AuditVerification.broken(checked.get(), a.seq(), "entry " + a.seq() + " has the wrong number in its organization"));
      }
      if (broken.get() != null && a.seq() == broken.get().firstBrokenSeq()) brokenEntry.set(a);
      prev.set(a.hash());
      expectedSeq.incrementAndGet();
    });
    if (broken.get() != null) return new Walk(broken.get(), perOrg, brokenEntry.get());
    var head = repository.head();
    long last = expectedSeq.get() - 1;
    if (head.isPresent() && (head.get().seq() != last || !head.get().hash().equals(prev.get()))) {
      return new Walk(AuditVerification.broken(checked.get(), last + 1, "entries after " + last + " were removed"), perOrg, null);
    }
    if (head.isEmpty() && last > 0) return new Walk(AuditVerification.broken(checked.get(), 1, "the chain head is missing"), perOrg, null);
    return new Walk(AuditVerification.ok(checked.get()), perOrg, null);
  }

  /** The newest entries of one organization, newest first, before its own number {@code beforeOrgSeq} (0: the newest). */
  @Transactional(readOnly = true)
  public List<AuditEntry> recent(UUID organizationId, int limit, long beforeOrgSeq) {
    return repository.recent(organizationId, limit, beforeOrgSeq <= 0 ? Long.MAX_VALUE : beforeOrgSeq);
  }

  /** Every entry about one entity (e.g. a plan), oldest first. */
  @Transactional(readOnly = true)
  public List<AuditEntry> history(String entityType, String entityId) {
    return repository.history(entityType, entityId);
  }

  private static String hash(AuditEntry a) {
    return hash(a.seq(), a.occurredAt(), a.actor(), a.organizationId(), a.entityType(), a.entityId(), a.action(),
        a.before(), a.after(), a.prevHash());
  }

  static String hash(long seq, Instant at, String actor, UUID org, String type, String id, String action, String before,
      String after, String prev) {
    StringBuilder sb = new StringBuilder(256);
    for (Object o : new Object[] {seq, at.toString(), actor, org, type, id, action, before, after, prev}) {
      sb.append(o == null ? "\u0000" : o.toString()).append(SEP);
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
