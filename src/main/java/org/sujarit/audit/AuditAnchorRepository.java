package org.sujarit.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code audit_anchor} as {@link AuditAnchors} publishes and lists it. */
@Repository
class AuditAnchorRepository {
  private final JdbcClient jdbc;

  AuditAnchorRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(AuditAnchor a) {
    jdbc.sql("""
        insert into audit_anchor (published_at, chain_length, head_hash, key_id, public_key, signature)
        values (?, ?, ?, ?, ?, ?)""")
        .params(Timestamp.from(a.publishedAt()), a.chainLength(), a.headHash(), a.keyId(), a.publicKey(), a.signature()).update();
  }

  Optional<AuditAnchor> latest() {
    return jdbc.sql("select * from audit_anchor order by id desc limit 1").query(AuditAnchorRepository::map).optional();
  }

  /** Every anchor, oldest first. */
  List<AuditAnchor> all() {
    return jdbc.sql("select * from audit_anchor order by id").query(AuditAnchorRepository::map).list();
  }

  private static AuditAnchor map(ResultSet rs, int n) throws SQLException {
    return new AuditAnchor(rs.getTimestamp("published_at").toInstant(), rs.getLong("chain_length"), rs.getString("head_hash"),
        rs.getString("key_id"), AuditAnchor.ALGORITHM, rs.getString("public_key"), rs.getString("signature"));
  }
}
