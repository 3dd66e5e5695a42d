package org.sujarit.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed with SIGKILL leaves its PostgreSQL running, holding the data directory; the next start
 * would then fail or attach to the orphan. Stop it first.
 */
final class StalePostmaster {
  private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
  private static final Duration WAIT = Duration.ofSeconds(20);

  private StalePostmaster() {}

  static void stopIfRunning(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) return;
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) return;
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).strip());
    } catch (NumberFormatException e) {
      return;
    }
    Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(StalePostmaster::isPostgres);
    if (handle.isEmpty()) return;
    log.warn("Stopping PostgreSQL (pid {}) left running by an earlier process on {}", pid, dataDir);
    // SIGTERM = smart shutdown; its clients died with the old JVM, so it stops promptly
    handle.get().destroy();
    try {
      handle.get().onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      log.warn("PostgreSQL pid {} did not stop in {} s; forcing", pid, WAIT.toSeconds());
      handle.get().destroyForcibly();
    }
  }

  private static boolean isPostgres(ProcessHandle p) {
    return p.info().command().map(c -> c.endsWith("postgres")).orElse(false);
  }
}
