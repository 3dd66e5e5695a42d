package org.sujarit.document;

import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sujarit.common.RuleViolation;
import org.sujarit.document.model.PlanRenderException;

/**
 * Documents rendered in the background so that the page can show progress instead of a frozen
 * link; any module starts a job with what it has read (access checked) in the request. A job belongs
 * to the user who started it; finished files are kept a short while. A {@link PlanRenderException}
 * fails the job with its Thai message, a {@link RuleViolation} with its message key, anything else
 * with {@code document.failed}.
 *
 * <p>Jobs live in {@code document_job}, so that with several nodes behind a load balancer the status
 * poll and the download may land on any node, and a finished file outlives the node that made it. The
 * node rendering a job touches its heartbeat; a job whose heartbeat stopped (its node died) is reported
 * as interrupted rather than running for ever.
 */
@Component
public class DocumentJobs {
  private static final Logger log = LoggerFactory.getLogger(DocumentJobs.class);
  private static final Duration KEEP = Duration.ofMinutes(15);
  private static final Duration HEARTBEAT = Duration.ofSeconds(10);
  /** A heartbeat this old means the node is gone (six missed beats). */
  static final Duration ABANDONED = HEARTBEAT.multipliedBy(6);
  /** Jobs waiting or running on one node (two render at a time). */
  private static final int MAX_JOBS = 50;

  public enum Status { RUNNING, DONE, FAILED }

  /** {@code errorKey}: a message key; {@code errorText}: a message already in Thai (from the renderer). */
  public record Job(UUID id, UUID owner, String fileName, String mediaType, Instant started, Status status, byte[] content,
      String errorKey, String errorText) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  /** Per instance, not per JVM: tests run two nodes in one JVM. */
  private final String node = UUID.randomUUID().toString();
  private final ExecutorService workers = Executors.newFixedThreadPool(2, daemon("document-job"));
  private final ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor(daemon("document-job-heartbeat"));

  DocumentJobs(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    heart.scheduleWithFixedDelay(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Starts rendering; {@code render} runs on a worker thread and must not need the request. */
  public Job start(UUID owner, String fileName, String mediaType, Supplier<byte[]> render) {
    Instant now = clock.instant();
    jdbc.sql("delete from document_job where started_at < ?").param(Timestamp.from(now.minus(KEEP))).update();
    int running = jdbc.sql("select count(*) from document_job where node = ? and status = 'RUNNING'").param(node).query(Integer.class).single();
    if (running >= MAX_JOBS) throw new RuleViolation("document.busy");
    Job job = new Job(UUID.randomUUID(), owner, fileName, mediaType, now, Status.RUNNING, null, null, null);
    jdbc.sql("""
        insert into document_job (id, owner, file_name, media_type, node, started_at, heartbeat_at, status)
        values (?, ?, ?, ?, ?, ?, ?, 'RUNNING')""")
        .params(job.id(), owner, fileName, mediaType, node, Timestamp.from(now), Timestamp.from(now)).update();
    workers.submit(() -> {
      try {
        finish(job.id(), Status.DONE, render.get(), null, null);
      } catch (PlanRenderException e) {
        finish(job.id(), Status.FAILED, null, null, e.getMessage());
      } catch (RuleViolation e) {
        finish(job.id(), Status.FAILED, null, e.messageKey(), null);
      } catch (RuntimeException e) {
        log.warn("document job {} failed", job.id(), e);
        finish(job.id(), Status.FAILED, null, "document.failed", null);
      }
    });
    return job;
  }

  /** The job, if it exists and belongs to {@code owner}, started on any node. */
  public Optional<Job> find(UUID id, UUID owner) {
    Instant abandoned = clock.instant().minus(ABANDONED);
    return jdbc.sql("select * from document_job where id = ? and owner = ?").params(id, owner).query((rs, n) -> job(rs, abandoned)).optional();
  }

  @PreDestroy
  void stop() {
    heart.shutdownNow();
    workers.shutdownNow();
  }

  private void finish(UUID id, Status status, byte[] content, String errorKey, String errorText) {
    try {
      jdbc.sql("update document_job set status = ?, content = ?, error_key = ?, error_text = ? where id = ?")
          .params(status.name(), content, errorKey, errorText, id).update();
    } catch (RuntimeException e) {
      log.warn("document job {} finished but could not be recorded", id, e); // its heartbeat stops: reported as interrupted
    }
  }

  private void beat() {
    try {
      jdbc.sql("update document_job set heartbeat_at = ? where node = ? and status = 'RUNNING'")
          .params(Timestamp.from(clock.instant()), node).update();
    } catch (RuntimeException e) {
      log.warn("document job heartbeat failed: {}", e.getMessage()); // the database is away; try again on the next beat
    }
  }

  private static Job job(ResultSet rs, Instant abandoned) throws SQLException {
    Status status = Status.valueOf(rs.getString("status"));
    String errorKey = rs.getString("error_key");
    if (status == Status.RUNNING && rs.getTimestamp("heartbeat_at").toInstant().isBefore(abandoned)) {
      status = Status.FAILED;
      errorKey = "document.interrupted";
    }
    return new Job(rs.getObject("id", UUID.class), rs.getObject("owner", UUID.class), rs.getString("file_name"),
        rs.getString("media_type"), rs.getTimestamp("started_at").toInstant(), status, rs.getBytes("content"), errorKey,
        rs.getString("error_text"));
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
