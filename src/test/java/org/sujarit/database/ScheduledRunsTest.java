package org.sujarit.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.sujarit.IntegrationTest;

/** Claims older than the kept period are purged, the once-markers never; a job run once runs once, unless it failed. */
@IntegrationTest
class ScheduledRunsTest {
  @Autowired ScheduledRuns runs;
  @Autowired JdbcTemplate jdbc;

  @Test
  void oldClaimsArePurgedRecentOnesAndOnceMarkersKept() {
    String job = "purge-probe-" + System.nanoTime();
    assertThat(runs.claim(job, "old")).isTrue();
    assertThat(runs.claim(job, "recent")).isTrue();
    assertThat(runs.once(job + "-once", () -> {})).isTrue();
    jdbc.update("update scheduled_run set claimed_at = now() - interval '91 days' where job like ? and slot <> 'recent'", job + "%");

    assertThat(runs.purge(Duration.ofDays(90))).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.queryForList("select job || '/' || slot from scheduled_run where job like ? order by 1", String.class, job + "%"))
        .containsExactly(job + "-once/once", job + "/recent");
    assertThat(runs.claim(job, "old")).as("a purged slot is no longer claimed").isTrue();
  }

  @Test
  void aJobRunsOnceAndAgainOnlyIfItFailed() {
    String job = "once-probe-" + System.nanoTime();
    AtomicInteger ran = new AtomicInteger();
    assertThatThrownBy(() -> runs.once(job, () -> {
      ran.incrementAndGet();
      throw new IllegalStateException("failed");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(runs.once(job, ran::incrementAndGet)).isTrue();
    assertThat(runs.once(job, ran::incrementAndGet)).isFalse();
    assertThat(ran).hasValue(2);
  }
}
