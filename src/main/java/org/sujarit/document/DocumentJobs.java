package org.sujarit.document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.sujarit.common.RuleViolation;

/**
 * Documents rendered in the background so that the page can show progress instead of a frozen
 * link; any module starts a job with what it has read (access checked) in the request. A job belongs
 * to the user who started it; finished files are kept a short while, and only a bounded number at
 * once. A {@link PlanRenderException} fails the job with its Thai message, a {@link RuleViolation} with
 * its message key, anything else with {@code document.failed}.
 */
@Component
public class DocumentJobs {
  private static final Logger log = LoggerFactory.getLogger(DocumentJobs.class);
  private static final Duration KEEP = Duration.ofMinutes(15);
  private static final int MAX_JOBS = 50;

  public enum Status { RUNNING, DONE, FAILED }

  /** {@code errorKey}: a message key; {@code errorText}: a message already in Thai (from the renderer). */
  public record Job(UUID id, UUID owner, String fileName, String mediaType, Instant started, Status status, byte[] content,
      String errorKey, String errorText) {}

  private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
  private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "document-job");
    t.setDaemon(true);
    return t;
  });
  private final Clock clock;

  DocumentJobs(Clock clock) {
    this.clock = clock;
  }

  /** Starts rendering; {@code render} runs on a worker thread and must not need the request. */
  public Job start(UUID owner, String fileName, String mediaType, Supplier<byte[]> render) {
    expire();
    if (jobs.size() >= MAX_JOBS) throw new RuleViolation("document.busy");
    Job job = new Job(UUID.randomUUID(), owner, fileName, mediaType, clock.instant(), Status.RUNNING, null, null, null);
    jobs.put(job.id(), job);
    workers.submit(() -> {
      try {
        byte[] bytes = render.get();
        jobs.computeIfPresent(job.id(), (k, j) -> finished(j, Status.DONE, bytes, null, null));
      } catch (PlanRenderException e) {
        jobs.computeIfPresent(job.id(), (k, j) -> finished(j, Status.FAILED, null, null, e.getMessage()));
      } catch (RuleViolation e) {
        jobs.computeIfPresent(job.id(), (k, j) -> finished(j, Status.FAILED, null, e.messageKey(), null));
      } catch (RuntimeException e) {
        log.warn("document job {} failed", job.id(), e);
        jobs.computeIfPresent(job.id(), (k, j) -> finished(j, Status.FAILED, null, "document.failed", null));
      }
    });
    return job;
  }

  /** The job, if it exists and belongs to {@code owner}. */
  public Optional<Job> find(UUID id, UUID owner) {
    return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner().equals(owner));
  }

  private static Job finished(Job j, Status status, byte[] content, String errorKey, String errorText) {
    return new Job(j.id(), j.owner(), j.fileName(), j.mediaType(), j.started(), status, content, errorKey, errorText);
  }

  private void expire() {
    Instant cutoff = clock.instant().minus(KEEP);
    jobs.values().removeIf(j -> j.status() != Status.RUNNING && j.started().isBefore(cutoff));
  }
}
