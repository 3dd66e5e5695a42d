package org.sujarit.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.IntegrationTest;
import org.sujarit.common.RuleViolation;
import org.sujarit.document.model.PlanRenderException;

/** Jobs on two nodes of one database ({@code jobs} and {@code otherNode}). */
@IntegrationTest
class DocumentJobsTest {
  @Autowired JdbcClient jdbc;
  @Autowired DocumentJobs jobs;
  DocumentJobs otherNode;
  final UUID owner = UUID.randomUUID();

  @AfterEach
  void stopOtherNode() {
    if (otherNode != null) otherNode.stop();
  }

  @Test
  void aJobRendersInTheBackgroundAndOnlyItsOwnerFindsItOnAnyNode() {
    otherNode = new DocumentJobs(jdbc, Clock.systemUTC());
    DocumentJobs.Job job = jobs.start(owner, "รายงาน.pdf", "application/pdf", () -> new byte[] {1, 2, 3});
    await().atMost(Duration.ofSeconds(5)).until(() -> otherNode.find(job.id(), owner).orElseThrow().status() == DocumentJobs.Status.DONE);
    assertThat(otherNode.find(job.id(), owner).orElseThrow().content()).containsExactly(1, 2, 3);
    assertThat(otherNode.find(job.id(), owner).orElseThrow().fileName()).isEqualTo("รายงาน.pdf");
    assertThat(jobs.find(job.id(), UUID.randomUUID())).isEmpty();
  }

  @Test
  void aJobWhoseNodeDiedIsReportedInterruptedOnTheOthers() {
    otherNode = new DocumentJobs(jdbc, Clock.systemUTC());
    CountDownLatch released = new CountDownLatch(1);
    DocumentJobs.Job job = otherNode.start(owner, "แผน.pdf", "application/pdf", () -> {
      while (released.getCount() > 0) { // deaf to interrupts, like a node that is gone
        try {
          released.await();
        } catch (InterruptedException ignored) {
          // keep waiting
        }
      }
      return new byte[0];
    });
    assertThat(jobs.find(job.id(), owner).orElseThrow().status()).isEqualTo(DocumentJobs.Status.RUNNING);
    otherNode.stop(); // kill -9: its heartbeat stops, the job is never finished
    jdbc.sql("update document_job set heartbeat_at = ? where id = ?")
        .params(Timestamp.from(Instant.now().minus(DocumentJobs.ABANDONED).minusSeconds(1)), job.id()).update();
    DocumentJobs.Job seen = jobs.find(job.id(), owner).orElseThrow();
    assertThat(seen.status()).isEqualTo(DocumentJobs.Status.FAILED);
    assertThat(seen.errorKey()).isEqualTo("document.interrupted");
    released.countDown();
  }

  @Test
  void aFailedJobSaysWhyInThaiOrByMessageKey() {
    DocumentJobs.Job thai = jobs.start(owner, "a.pdf", "application/pdf", () -> {
      throw new PlanRenderException("แผนไม่ได้ระบุชื่อองค์กร");
    });
    DocumentJobs.Job rule = jobs.start(owner, "b.pdf", "application/pdf", () -> {
      throw new RuleViolation("complaint.report.empty");
    });
    DocumentJobs.Job broken = jobs.start(owner, "c.pdf", "application/pdf", () -> {
      throw new IllegalStateException("boom");
    });
    await().atMost(Duration.ofSeconds(5)).until(() -> jobs.find(broken.id(), owner).orElseThrow().status() == DocumentJobs.Status.FAILED
        && jobs.find(thai.id(), owner).orElseThrow().status() == DocumentJobs.Status.FAILED
        && jobs.find(rule.id(), owner).orElseThrow().status() == DocumentJobs.Status.FAILED);
    assertThat(jobs.find(thai.id(), owner).orElseThrow().errorText()).isEqualTo("แผนไม่ได้ระบุชื่อองค์กร");
    assertThat(jobs.find(rule.id(), owner).orElseThrow().errorKey()).isEqualTo("complaint.report.empty");
    assertThat(jobs.find(broken.id(), owner).orElseThrow().errorKey()).isEqualTo("document.failed");
  }
}
