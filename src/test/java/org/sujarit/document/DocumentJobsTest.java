package org.sujarit.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sujarit.common.RuleViolation;

class DocumentJobsTest {
  final DocumentJobs jobs = new DocumentJobs(Clock.systemUTC());
  final UUID owner = UUID.randomUUID();

  @Test
  void aJobRendersInTheBackgroundAndOnlyItsOwnerFindsIt() {
    DocumentJobs.Job job = jobs.start(owner, "รายงาน.pdf", "application/pdf", () -> new byte[] {1, 2, 3});
    await().atMost(Duration.ofSeconds(5)).until(() -> jobs.find(job.id(), owner).orElseThrow().status() == DocumentJobs.Status.DONE);
    assertThat(jobs.find(job.id(), owner).orElseThrow().content()).containsExactly(1, 2, 3);
    assertThat(jobs.find(job.id(), UUID.randomUUID())).isEmpty();
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
