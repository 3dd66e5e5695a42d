package org.sujarit.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.common.ManualClock;
import org.sujarit.IntegrationTest;

/**
 * The shared counts of the rate limits: the database and the memory store behave alike (windows, quiet
 * times, limits), many threads on one key count exactly, no key is stored as given, and ended windows go
 * with their secrets.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountersTest {
  static final Instant START = Instant.parse("2026-01-05T02:10:00Z");

  @Autowired Counters shared;
  @Autowired DatabaseConfiguration.PrimaryDatabase primary;
  @Autowired DatabaseProperties props;
  @Autowired JdbcClient jdbc;
  final ManualClock clock = new ManualClock(START);
  DatabaseCounters database;

  @BeforeAll
  void start() {
    database = new DatabaseCounters(primary, props, clock, 2);
  }

  @AfterAll
  void stop() {
    database.destroy();
  }

  @BeforeEach
  void startOfTheWindow() {
    clock.now = START;
  }

  Stream<Counters> stores() {
    return Stream.of(new MemoryCounters(clock), database);
  }

  @ParameterizedTest
  @MethodSource("stores")
  void slidingCountsAreForgottenAfterTheQuietTime(Counters counters) {
    Counter c = counters.sliding("test-sliding-" + counters.getClass().getSimpleName(), Duration.ofHours(1));
    Instant start = clock.now;
    c.add("p:planner\n198.51.100.7", "u:planner", "a:198.51.100.7");
    c.add("u:planner", "u:planner");
    assertThat(c.tallies("u:planner", "a:198.51.100.7", "u:nobody")).containsExactly(new Counter.Tally(2, start),
        new Counter.Tally(1, start), Counter.Tally.NONE);
    clock.now = start.plus(Duration.ofMinutes(59));
    c.add("u:planner");
    clock.now = start.plus(Duration.ofMinutes(119));
    assertThat(c.tallies("u:planner").get(0).count()).as("a failure within the quiet time keeps the count").isEqualTo(3);
    assertThat(c.tallies("a:198.51.100.7")).containsExactly(Counter.Tally.NONE);
    c.add("a:198.51.100.7");
    assertThat(c.tallies("a:198.51.100.7").get(0).count()).as("starts afresh").isOne();
    c.remove("u:planner", "u:nobody");
    assertThat(c.tallies("u:planner")).containsExactly(Counter.Tally.NONE);
  }

  @ParameterizedTest
  @MethodSource("stores")
  void fixedWindowsCountUpToTheLimitAndEndTogether(Counters counters) {
    Counter c = counters.fixedWindow("test-fixed-" + counters.getClass().getSimpleName(), Duration.ofHours(1));
    for (int i = 0; i < 3; i++) assertThat(c.addBelow("org-a", 3)).isTrue();
    assertThat(c.addBelow("org-a", 3)).isFalse();
    assertThat(c.addBelow("org-b", 0)).isFalse();
    c.undo("org-a");
    assertThat(c.tallies("org-a").get(0).count()).isEqualTo(2);
    assertThat(c.addBelow("org-a", 3)).isTrue();
    c.add("org-b");
    assertThat(c.held()).isEqualTo(2);
    clock.now = Instant.parse("2026-01-05T03:00:00Z"); // the next window
    assertThat(c.held()).isZero();
    assertThat(c.tallies("org-a")).containsExactly(Counter.Tally.NONE);
    assertThat(c.addBelow("org-a", 3)).isTrue();
  }

  @Test
  void manyThreadsOnOneKeyCountExactly() throws Exception {
    Counter c = shared.fixedWindow("test-threads", Duration.ofHours(1));
    Counter limited = shared.fixedWindow("test-threads-limited", Duration.ofHours(1));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Integer>> work = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        work.add(() -> {
          int granted = 0;
          for (int i = 0; i < 100; i++) {
            c.add("one-key");
            if (limited.addBelow("one-key", 500)) granted++;
          }
          return granted;
        });
      }
      int granted = 0;
      for (Future<Integer> f : pool.invokeAll(work)) granted += f.get();
      assertThat(c.tallies("one-key").get(0).count()).isEqualTo(1600);
      assertThat(granted).as("granted below the limit of 500").isEqualTo(500);
      assertThat(limited.tallies("one-key").get(0).count()).isEqualTo(500);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void noKeyIsStoredAsGivenAndEndedWindowsGoWithTheirSecrets() {
    Counter c = database.fixedWindow("test-private", Duration.ofHours(1));
    c.add("198.51.100.77");
    List<byte[]> keys = jdbc.sql("select key from shared_count where limiter = 'test-private'").query(byte[].class).list();
    assertThat(keys).hasSize(1);
    assertThat(keys.get(0)).hasSize(32);
    assertThat(new String(keys.get(0), StandardCharsets.ISO_8859_1)).doesNotContain("198.51");
    assertThat(jdbc.sql("select count(*) from shared_count_secret where limiter = 'test-private'").query(Integer.class).single()).isOne();

    clock.now = Instant.parse("2026-01-05T03:00:01Z");
    assertThat(database.purge()).isPositive();
    assertThat(jdbc.sql("select count(*) from shared_count where limiter = 'test-private'").query(Integer.class).single()).isZero();
    assertThat(jdbc.sql("select count(*) from shared_count_secret where limiter = 'test-private'").query(Integer.class).single()).isZero();
  }

  /** Prints what a check costs on this machine (a round trip to the embedded server). */
  @Test
  void measureACheck() {
    Counter c = shared.fixedWindow("test-cost", Duration.ofHours(1));
    Counter s = shared.sliding("test-cost-sliding", Duration.ofHours(1));
    for (int i = 0; i < 300; i++) {
      c.addBelow("warm-" + (i % 50), Integer.MAX_VALUE);
      s.tallies("p:x", "u:x", "a:x");
    }
    int n = 2000;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) c.addBelow("key-" + (i % 50), Integer.MAX_VALUE);
    long t1 = System.nanoTime();
    for (int i = 0; i < n; i++) s.tallies("p:x" + (i % 50), "u:x", "a:x");
    long t2 = System.nanoTime();
    for (int i = 0; i < n; i++) s.add("p:x" + (i % 50), "u:x", "a:x");
    long t3 = System.nanoTime();
    System.out.printf("shared counts, per call: addBelow %d µs, tallies of 3 keys %d µs, add of 3 keys %d µs%n", (t1 - t0) / n / 1000,
        (t2 - t1) / n / 1000, (t3 - t2) / n / 1000);
    assertThat(c.tallies("key-1").get(0).count()).isEqualTo(n / 50);
  }
}
