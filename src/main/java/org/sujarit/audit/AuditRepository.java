package org.sujarit.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code audit_entry} and {@code audit_head} as {@link AuditTrail} appends and walks them and {@link AuditAnchors} signs them. */
@Repository
class AuditRepository {
  /** Serializes appends across the whole installation (pg_advisory_xact_lock key). */
  private static final long CHAIN_LOCK = 0x5355_4A41_5249_54L;

  /** The chain's last entry: its number and hash. */
  record Head(long seq, String hash) {}

  private final JdbcClient jdbc;

  AuditRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Holds the chain for appending until the transaction ends. */
  void lockChain() {
    jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
  }

  Optional<Head> head() {
    return jdbc.sql("select seq, hash from audit_head where id = 1").query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional();
  }

  /** The hash of entry {@code seq}, when the chain still has it. */
  Optional<String> hashAt(long seq) {
    return jdbc.sql("select hash from audit_entry where seq = ?").param(seq).query(String.class).optional();
  }

  /** Where the next entry goes: the chain's head (none when empty) and the organization's next number. */
  record Tail(Optional<Head> head, Long nextOrgSeq) {}

  /**
   * One statement after {@link #lockChain()} (a statement's snapshot is taken when it starts, so the
   * lock is a statement of its own): appends wait for each other, and every round trip less is time
   * the next one does not wait.
   */
  Tail tail(UUID organizationId) {
    return jdbc.sql("""
        select h.seq, h.hash, case when cast(? as uuid) is null then null
          else (select coalesce(max(org_seq), 0) + 1 from audit_entry where organization_id = ?) end as next_org_seq
        from (select 1) one left join audit_head h on h.id = 1""")
        .params(organizationId, organizationId)
        .query((rs, n) -> new Tail(rs.getString("hash") == null ? Optional.empty() : Optional.of(new Head(rs.getLong("seq"), rs.getString("hash"))),
            rs.getObject("next_org_seq") == null ? null : rs.getLong("next_org_seq")))
        .single();
  }

  /** Appends the entry and makes it the head, in one statement. */
  void append(long seq, Long orgSeq, Instant at, AuditEvent e, String prev, String hash) {
    jdbc.sql("""
        with entry as (
          insert into audit_entry (seq, org_seq, occurred_at, actor, organization_id, entity_type, entity_id, action,
                                   before_state, after_state, prev_hash, hash)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))
        insert into audit_head (id, seq, hash) values (1, ?, ?)
        on conflict (id) do update set seq = excluded.seq, hash = excluded.hash""")
        .params(seq, orgSeq, Timestamp.from(at), e.actor(), e.organizationId(), e.entityType(), e.entityId(), e.action(),
            e.before(), e.after(), prev, hash, seq, hash)
        .update();
  }

  /** Every entry in order, streamed (the chain may be long). */
  void each(Consumer<AuditEntry> entry) {
    jdbc.sql("select * from audit_entry order by seq").query(rs -> {
      entry.accept(map(rs));
    });
  }

  List<AuditEntry> recent(UUID organizationId, int limit, long beforeOrgSeq) {
    return jdbc.sql("""
        select * from audit_entry where organization_id = ? and org_seq < ? order by org_seq desc limit ?""")
        .params(organizationId, beforeOrgSeq, limit)
        .query((rs, n) -> map(rs)).list();
  }

  List<AuditEntry> history(String entityType, String entityId) {
    return jdbc.sql("select * from audit_entry where entity_type = ? and entity_id = ? order by seq")
        .params(entityType, entityId).query((rs, n) -> map(rs)).list();
  }

  private static AuditEntry map(ResultSet rs) throws SQLException {
    return new AuditEntry(rs.getLong("seq"), rs.getObject("org_seq", Long.class), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
        rs.getObject("organization_id", UUID.class), rs.getString("entity_type"), rs.getString("entity_id"),
        rs.getString("action"), rs.getString("before_state"), rs.getString("after_state"), rs.getString("prev_hash"),
        rs.getString("hash"));
  }
}
