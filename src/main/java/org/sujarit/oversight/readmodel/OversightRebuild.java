package org.sujarit.oversight.readmodel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Permission;

/**
 * Rebuilds the read model in the background: on start when it is empty or stale (an upgrade, organizations
 * added behind its back), and when the system administrator asks. A rebuild of the whole country takes
 * seconds to a minute, so neither the start nor the request waits for it; across nodes only one rebuilds
 * ({@link OversightReadModel#rebuildIfStale}).
 */
@Component
@ConditionalOnWebApplication
public class OversightRebuild {
  private static final Logger log = LoggerFactory.getLogger(OversightRebuild.class);

  private final OversightReadModel model;
  private final boolean onStart;
  private final AtomicBoolean running = new AtomicBoolean();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "oversight-rebuild");
    t.setDaemon(true);
    return t;
  });

  OversightRebuild(OversightReadModel model, @Value("${sujarit.oversight.rebuild-on-start:true}") boolean onStart) {
    this.model = model;
    this.onStart = onStart;
  }

  @EventListener(ApplicationReadyEvent.class)
  void started() {
    if (onStart) submit(() -> model.rebuildIfStale().ifPresent(n -> log.info("Oversight read model was stale: rebuilt {} organizations", n)));
  }

  /** @return false when a rebuild already runs on this node */
  public boolean start(CurrentUser user) {
    user.require(Permission.ADMINISTER_SYSTEM);
    return submit(() -> model.rebuildUnlessRunning().ifPresentOrElse(n -> log.info("Oversight read model rebuilt for {}: {} organizations",
        user.username(), n), () -> log.info("Oversight rebuild asked for by {} skipped: another node rebuilds", user.username())));
  }

  /** Whether a rebuild runs on this node now. */
  public boolean running() {
    return running.get();
  }

  private boolean submit(Runnable rebuild) {
    if (!running.compareAndSet(false, true)) return false;
    worker.submit(() -> {
      try {
        rebuild.run();
      } catch (RuntimeException e) {
        log.warn("Oversight read model rebuild failed", e);
      } finally {
        running.set(false);
      }
    });
    return true;
  }
}
