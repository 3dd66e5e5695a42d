package org.sujarit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.sujarit.IntegrationTest;

/** Each test tampers with the chain, so each gets a fresh database. */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AuditTamperingTest {
  @Autowired AuditTrail trail;
  @Autowired JdbcTemplate jdbc;
  long last;

  @BeforeEach
  void record() {
    UUID org = UUID.randomUUID();
    for (int i = 1; i <= 5; i++) {
      trail.record(new AuditEvent("planner", org, "plan", "p1/1", "item.budget", "{\"amount\":" + i + "}", "{\"amount\":" + (i + 1) + "}"));
    }
    last = jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteEntries() {
    assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'someone' where seq = ?", last))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from audit_entry where seq = ?", last)).hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.execute("truncate audit_entry")).hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.execute("truncate audit_head")).hasMessageContaining("append-only");
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void detectsAnEditedEntry() {
    tamper("update audit_entry set after_state = '{\"amount\":999}' where seq = " + (last - 2));
    AuditVerification v = trail.verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(last - 2);
  }

  @Test
  void detectsADeletedEntryInTheMiddle() {
    tamper("delete from audit_entry where seq = " + (last - 1));
    AuditVerification v = trail.verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(last - 1);
  }

  @Test
  void detectsRemovalOfTheNewestEntries() {
    tamper("delete from audit_entry where seq >= " + (last - 1));
    AuditVerification v = trail.verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.problem()).contains("removed");
  }

  @Test
  void detectsAnEntryRewrittenWithARecomputedHash() {
    // a forger who rewrites one entry and its own hash still breaks the link from the next entry
    AuditEntry e = trail.history("plan", "p1/1").get(1);
    String forged = AuditTrail.hash(e.seq(), e.occurredAt(), "forger", e.organizationId(), e.entityType(), e.entityId(), e.action(),
        e.before(), e.after(), e.prevHash());
    tamper("update audit_entry set actor = 'forger', hash = '" + forged + "' where seq = " + e.seq());
    AuditVerification v = trail.verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(e.seq() + 1);
  }

  private void tamper(String sql) {
    jdbc.execute("alter table audit_entry disable trigger audit_entry_no_update");
    jdbc.execute(sql);
    jdbc.execute("alter table audit_entry enable trigger audit_entry_no_update");
  }
}
