package org.sujarit.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Carries {@link ChangeBroadcast}s between the nodes through PostgreSQL's LISTEN/NOTIFY: {@code pg_notify}
 * runs in the changing transaction (PostgreSQL delivers it at commit), and each node keeps one
 * connection of its own (outside the pool) listening, which it opens again when it is lost. A node ignores
 * its own notifications: the module that made the change has already updated its memory.
 */
@Component
class ChangeNotifications implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);
  static final String CHANNEL = "sujarit_changes";
  static final String APPLICATION_NAME = "sujarit-changes";
  private static final int WAIT_MILLIS = 10_000;
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final JdbcClient jdbc;
  private final DatabaseConfiguration.PrimaryDatabase primary;
  private final ApplicationEventPublisher events;
  /** Per application context, not per JVM: tests run two nodes in one JVM. */
  private final String node = UUID.randomUUID().toString();
  private volatile boolean running;
  private volatile Connection listening;
  private Thread thread;

  ChangeNotifications(JdbcClient jdbc, DatabaseConfiguration.PrimaryDatabase primary, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.primary = primary;
    this.events = events;
  }

  @EventListener
  void on(ChangeBroadcast change) {
    jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, node + "\t" + change.topic() + "\t" + (change.key() == null ? "" : change.key()))
        .query().singleValue();
  }

  @Override
  public void start() {
    running = true;
    thread = new Thread(this::listen, "change-notifications");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void stop() {
    running = false;
    close(listening);
    if (thread != null) thread.interrupt();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void listen() {
    long backoff = 500;
    boolean reconnecting = false;
    while (running) {
      try (Connection c = DriverManager.getConnection(primary.url(), settings())) {
        listening = c;
        try (Statement s = c.createStatement()) {
          s.execute("listen " + CHANNEL);
        }
        if (reconnecting) {
          log.info("Change notifications: listening again; dropping what was kept, since changes may have been missed");
          deliver(new ChangeReceived(null, null));
        }
        backoff = 500;
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
          if (received == null || received.length == 0) {
            // a connection cut without a word (a firewall, a failover) is noticed only by using it
            if (!c.isValid(5)) throw new SQLException("listening connection no longer valid");
            continue;
          }
          for (PGNotification n : received) receive(n.getParameter());
        }
      } catch (SQLException e) {
        if (!running) return;
        reconnecting = true;
        log.warn("Change notifications: connection lost ({}); trying again in {} ms", e.getMessage(), backoff);
        try {
          Thread.sleep(backoff);
        } catch (InterruptedException ie) {
          return;
        }
        backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
      } finally {
        listening = null;
      }
    }
  }

  private Properties settings() {
    Properties p = new Properties();
    if (primary.user() != null) p.setProperty("user", primary.user());
    if (primary.password() != null) p.setProperty("password", primary.password());
    p.setProperty("ApplicationName", APPLICATION_NAME); // to tell it apart in pg_stat_activity
    return p;
  }

  private void receive(String payload) {
    String[] parts = payload.split("\t", -1);
    if (parts.length != 3 || parts[0].equals(node)) return;
    deliver(new ChangeReceived(parts[1], parts[2].isEmpty() ? null : parts[2]));
  }

  private void deliver(ChangeReceived change) {
    try {
      events.publishEvent(change);
    } catch (RuntimeException e) {
      log.warn("Change notifications: a listener failed on {}", change.topic(), e);
    }
  }

  private static void close(Connection c) {
    if (c == null) return;
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing only to wake the listening thread
    }
  }
}
