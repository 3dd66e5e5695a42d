package org.sujarit.database;

import java.time.Duration;

/**
 * Where the rate limits keep their counts: in the database, shared by all nodes ({@code shared_count},
 * the bean), or in memory for a unit test of a limiter (the tests' {@code MemoryCounters}, on the same
 * keyed hashing and windows, so a limiter behaves the same on either).
 */
public interface Counters {
  /** Counts per fixed window ({@code window} long, from the epoch): a new window starts every count, and a new secret, afresh. */
  Counter fixedWindow(String limiter, Duration window);

  /** Counts forgotten once {@code quiet} passed without an addition. */
  Counter sliding(String limiter, Duration quiet);
}
