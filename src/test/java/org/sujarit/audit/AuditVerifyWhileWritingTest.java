package org.sujarit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.IntegrationTest;

/** The trail is verified (daily anchor, the audit page) while users go on writing. */
@IntegrationTest
class AuditVerifyWhileWritingTest {
  @Autowired AuditTrail trail;

  @Test
  void entriesAppendedDuringTheWalkAreNotTakenForRemovedOnes() throws Exception {
    UUID org = UUID.randomUUID();
    for (int i = 0; i < 1500; i++) trail.record(new AuditEvent("planner", org, "plan", "p/1", "item.budget", null, "{\"amount\":" + i + "}"));
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicLong written = new AtomicLong();
    Thread writer = new Thread(() -> {
      while (writing.get()) {
        trail.record(new AuditEvent("planner", org, "plan", "p/1", "item.budget", null, "{}"));
        written.incrementAndGet();
      }
    });
    writer.start();
    try {
      for (int i = 0; i < 15; i++) {
        AuditVerification v = trail.verify();
        assertThat(v.intact()).as("walk %d: %s", i, v).isTrue();
        assertThat(trail.verify(org).intact()).isTrue();
      }
    } finally {
      writing.set(false);
      writer.join();
    }
    assertThat(written.get()).as("entries appended meanwhile").isPositive();
  }
}
