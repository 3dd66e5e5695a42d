package org.sujarit.database;

import java.lang.management.ManagementFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes a scheduled job run once across all nodes on one database: each run has a slot (e.g. the day
 * for a daily job), and only the node that first claims the slot runs it.
 */
@Component
public class ScheduledRuns {
  private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  private final JdbcClient jdbc;

  ScheduledRuns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** @return true for the one caller (on any node) that should run {@code job} for {@code slot} */
  public boolean claim(String job, String slot) {
    return jdbc.sql("insert into scheduled_run (job, slot, node) values (?, ?, ?) on conflict do nothing")
        .params(job, slot, NODE).update() == 1;
  }
}
