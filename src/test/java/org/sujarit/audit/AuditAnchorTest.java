package org.sujarit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;

/**
 * An anchor kept from the public site catches what the chain alone cannot: emptied by the tables'
 * owner it verifies as an intact empty chain, and rewritten with recomputed hashes as an intact
 * other chain. Each test tampers, so each gets a fresh database.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AuditAnchorTest {
  @Autowired AuditTrail trail;
  @Autowired AuditAnchors anchors;
  @Autowired Flyway flyway;
  @Autowired MockMvc mvc;
  @TempDir Path dir;
  Path kept;

  @BeforeEach
  void recordAndKeepTheLatestAnchor() throws Exception {
    record("planner");
    AuditAnchor published = anchors.publish().orElseThrow();
    assertThat(anchors.publish()).as("no new anchor while the chain has not grown").contains(published);
    // what a citizen or the NACC downloads, anonymously
    String json = mvc.perform(get("/audit/anchors/latest.json")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    kept = Files.writeString(dir.resolve("anchor.json"), json);
    assertThat(anchors.check(kept.toString()).intact()).isTrue();
  }

  @Test
  void anEmptiedChainIsDetectedAgainstTheLastAnchor() throws Exception {
    asOwner("delete from audit_entry", "delete from audit_head");
    assertThat(trail.verify().intact()).as("an empty chain is whole in itself").isTrue();
    AuditVerification v = anchors.check(kept.toString());
    assertThat(v.intact()).isFalse();
    assertThat(v.problem()).contains("removed");
    record("planner"); // refilled to more than the anchored length it is still not the anchored chain
    record("planner");
    assertThat(anchors.check(kept.toString()).problem()).contains("rewritten");
  }

  @Test
  void aRewrittenChainIsDetectedAndAForgedAnchorRefused() throws Exception {
    AuditAnchor real = AuditAnchors.parse(Files.readString(kept));
    asOwner("delete from audit_entry", "delete from audit_head");
    // the same number of entries, hashes recomputed by the trail itself
    for (long i = 0; i < real.chainLength(); i++) trail.record(new AuditEvent("forger", null, "plan", "p1/1", "item.budget", null, "{}"));
    assertThat(trail.verify().intact()).isTrue();
    AuditVerification v = anchors.check(kept.toString());
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(real.chainLength());
    assertThat(v.problem()).contains("rewritten");

    // a forger cannot make an anchor for the new chain: the signing key is not in the database
    AuditAnchor forged = new AuditAnchor(real.publishedAt(), real.chainLength(), trail.history("plan", "p1/1").get((int) real.chainLength() - 1).hash(),
        real.keyId(), real.algorithm(), real.publicKey(), real.signature());
    assertThat(anchors.check(forged).problem()).contains("not signed");
    AuditAnchor otherKey = new AuditAnchor(real.publishedAt(), real.chainLength(), forged.headHash(), AnchorKey.generate().id(),
        real.algorithm(), real.publicKey(), real.signature());
    assertThat(anchors.check(otherKey).intact()).isFalse();
  }

  @Test
  void thePublicSiteListsTheAnchorsAndTheKey() throws Exception {
    String list = mvc.perform(get("/audit/anchors.json")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(AuditAnchors.parse(list)).isEqualTo(AuditAnchors.parse(Files.readString(kept)));
    assertThat(mvc.perform(get("/audit/anchors/key.pem")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
        .startsWith("-----BEGIN PUBLIC KEY-----").contains(anchors.key().publicKeyBase64().substring(0, 20));
    assertThat(mvc.perform(get("/audit/anchors")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("หลักฐานยึดโยง", anchors.latest().orElseThrow().headHash(), "audit-verify --against");
  }

  private void record(String actor) {
    UUID org = UUID.randomUUID();
    for (int i = 1; i <= 5; i++) {
      trail.record(new AuditEvent(actor, org, "plan", "p1/1", "item.budget", "{\"amount\":" + i + "}", "{\"amount\":" + (i + 1) + "}"));
    }
  }

  /** As an attacker with the owner's password: triggers off, rows gone, triggers on. */
  private void asOwner(String... sql) {
    JdbcTemplate owner = new JdbcTemplate(flyway.getConfiguration().getDataSource());
    owner.execute("alter table audit_entry disable trigger user");
    owner.execute("alter table audit_head disable trigger user");
    for (String s : sql) owner.execute(s);
    owner.execute("alter table audit_entry enable trigger user");
    owner.execute("alter table audit_head enable trigger user");
  }
}
