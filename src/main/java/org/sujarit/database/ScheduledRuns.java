package org.sujarit.database;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.sujarit.common.ThaiDates;

/**
 * Makes a scheduled job run once across all nodes on one database: each run has a slot (e.g. the day
 * for a daily job), and only the node that first claims the slot runs it. A job that must run once
 * in the installation's life ({@link #once}) claims the slot {@value #ONCE}, which is kept for ever;
 * other claims are deleted once a day after {@code sujarit.scheduled-runs.keep} (90 days).
 */
@Component
public class ScheduledRuns {
  static final String ONCE = "once";
  private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration keep;

  ScheduledRuns(JdbcClient jdbc, Clock clock, @Value("${sujarit.scheduled-runs.keep:P90D}") Duration keep) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.keep = keep;
  }

  /** @return true for the one caller (on any node) that should run {@code job} for {@code slot} */
  public boolean claim(String job, String slot) {
    return jdbc.sql("insert into scheduled_run (job, slot, node) values (?, ?, ?) on conflict do nothing")
        .params(job, slot, NODE).update() == 1;
  }

  /**
   * Runs {@code work} if no node ever ran {@code job}: true when this call ran it. Work that throws
   * gives the claim back, so that the next start tries again.
   */
  public boolean once(String job, Runnable work) {
    if (!claim(job, ONCE)) return false;
    try {
      work.run();
      return true;
    } catch (RuntimeException e) {
      jdbc.sql("delete from scheduled_run where job = ? and slot = ?").params(job, ONCE).update();
      throw e;
    }
  }

  @Scheduled(cron = "${sujarit.scheduled-runs.cleanup-cron:0 45 3 * * *}", zone = "Asia/Bangkok")
  void purgeOnce() {
    if (claim("scheduled-run-cleanup", LocalDate.now(clock.withZone(ThaiDates.BANGKOK)).toString())) purge(keep);
  }

  /** Deletes the claims older than {@code age} (never those of {@link #once}): the number deleted. */
  int purge(Duration age) {
    return jdbc.sql("delete from scheduled_run where claimed_at < ? and slot <> ?")
        .params(Timestamp.from(clock.instant().minus(age)), ONCE).update();
  }
}
