package org.sujarit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.flywaydb.core.Flyway;
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
  @Autowired Flyway flyway;
  long last;
  final UUID org = UUID.randomUUID();

  @BeforeEach
  void record() {
    for (int i = 1; i <= 5; i++) {
      trail.record(new AuditEvent("planner", org, "plan", "p1/1", "item.budget", "{\"amount\":" + i + "}", "{\"amount\":" + (i + 1) + "}"));
    }
    last = jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void theApplicationsRoleMayNotChangeDeleteOrUnguardEntries() {
    assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("sujarit_app");
    assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'someone' where seq = ?", last))
        .rootCause().hasMessageContaining("permission denied");
    assertThatThrownBy(() -> jdbc.update("delete from audit_entry where seq = ?", last)).rootCause().hasMessageContaining("permission denied");
    assertThatThrownBy(() -> jdbc.execute("truncate audit_entry")).rootCause().hasMessageContaining("permission denied");
    assertThatThrownBy(() -> jdbc.execute("truncate audit_head")).rootCause().hasMessageContaining("permission denied");
    assertThatThrownBy(() -> jdbc.execute("alter table audit_entry disable trigger audit_entry_no_update"))
        .rootCause().hasMessageContaining("must be owner");
    assertThatThrownBy(() -> jdbc.execute("alter table audit_entry disable trigger all")).rootCause().hasMessageContaining("must be owner");
    assertThatThrownBy(() -> jdbc.execute("drop table audit_entry")).rootCause().hasMessageContaining("must be owner");
    assertThat(jdbc.queryForObject("""
        select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relowner = current_user::regrole""", Long.class)).as("tables the application owns").isZero();
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void evenTheOwnerMustDisableTheTriggersToChangeOrDeleteEntries() {
    JdbcTemplate owner = owner();
    assertThatThrownBy(() -> owner.update("update audit_entry set actor = 'someone' where seq = ?", last))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> owner.update("delete from audit_entry where seq = ?", last)).hasMessageContaining("append-only");
    assertThatThrownBy(() -> owner.execute("truncate audit_entry")).hasMessageContaining("append-only");
    assertThatThrownBy(() -> owner.execute("truncate audit_head")).hasMessageContaining("append-only");
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void eachOrganizationSeesItsOwnNumbersAndCountOnly() {
    UUID other = UUID.randomUUID();
    for (int i = 1; i <= 3; i++) trail.record(new AuditEvent("auditor", other, "unit", "u" + i, "create", null, "{}"));
    assertThat(trail.recent(other, 100, 0)).extracting(AuditEntry::orgSeq).containsExactly(3L, 2L, 1L);
    assertThat(trail.recent(other, 100, 3)).extracting(AuditEntry::orgSeq).containsExactly(2L, 1L);
    assertThat(trail.verify(other).entriesChecked()).isEqualTo(3);
    assertThat(trail.verify(org).entriesChecked()).isEqualTo(5);
    assertThat(trail.verify().entriesChecked()).isGreaterThanOrEqualTo(8);

    AuditEntry third = trail.recent(org, 100, 0).get(2);
    tamper("update audit_entry set after_state = '{}' where seq = " + third.seq());
    AuditVerification own = trail.verify(org);
    assertThat(own.intact()).isFalse();
    assertThat(own.firstBrokenSeq()).as("the organization's own number").isEqualTo(third.orgSeq()).isEqualTo(3);
    AuditVerification elsewhere = trail.verify(other);
    assertThat(elsewhere.intact()).isFalse();
    assertThat(elsewhere.firstBrokenSeq()).isEqualTo(-1);
    assertThat(elsewhere.entriesChecked()).isLessThanOrEqualTo(3);
    assertThat(elsewhere.problem()).doesNotContain(Long.toString(third.seq()));
  }

  @Test
  void detectsARenumberedEntry() {
    tamper("update audit_entry set org_seq = 9 where seq = " + last);
    assertThat(trail.verify().problem()).contains("wrong number");
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

  /** As an attacker with the owner's password would: the application's own role cannot. */
  private void tamper(String sql) {
    JdbcTemplate owner = owner();
    owner.execute("alter table audit_entry disable trigger audit_entry_no_update");
    owner.execute(sql);
    owner.execute("alter table audit_entry enable trigger audit_entry_no_update");
  }

  /** The migrations' connection is the owner's. */
  private JdbcTemplate owner() {
    return new JdbcTemplate(flyway.getConfiguration().getDataSource());
  }
}
