package org.sujarit.database;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link Counters} in this process's memory, for unit tests of the limiters; windows past are dropped as they end. */
public final class MemoryCounters extends KeyedCounters {
  private final Map<String, byte[]> secrets = new HashMap<>();
  private final Map<String, Entry> counts = new HashMap<>();

  private record Entry(String limiter, long epoch, int count, Instant last, Instant expires) {
    boolean alive(Slot s) {
      return limiter.equals(s.limiter()) && epoch == s.epoch() && !expires.isBefore(s.now());
    }
  }

  public MemoryCounters(Clock clock) {
    super(clock);
  }

  @Override
  synchronized byte[] secret(String limiter, long epoch, Instant expires) {
    Instant now = clock.instant();
    counts.values().removeIf(e -> e.expires().isBefore(now));
    String id = limiter + "\n" + epoch;
    byte[] known = secrets.get(id);
    if (known != null) return known;
    // a new window: the secrets of the limiter's windows before it are thrown away
    secrets.keySet().removeIf(s -> s.startsWith(limiter + "\n"));
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    secrets.put(id, secret);
    return secret;
  }

  @Override
  synchronized Map<String, Counter.Tally> read(Slot slot, List<byte[]> keys) {
    Map<String, Counter.Tally> found = new HashMap<>();
    for (byte[] k : keys) {
      Entry e = counts.get(id(slot, k));
      if (e != null && e.alive(slot)) found.put(hex(k), new Counter.Tally(e.count(), e.last()));
    }
    return found;
  }

  @Override
  synchronized void add(Slot slot, List<byte[]> keys) {
    for (byte[] k : keys) counts.compute(id(slot, k), (id, e) -> next(slot, e));
  }

  @Override
  synchronized boolean addBelow(Slot slot, byte[] key, int limit) {
    Entry e = counts.get(id(slot, key));
    if (e != null && e.alive(slot) && e.count() >= limit) return false;
    counts.put(id(slot, key), next(slot, e));
    return true;
  }

  @Override
  synchronized void undo(Slot slot, byte[] key) {
    counts.computeIfPresent(id(slot, key), (id, e) -> e.count() > 0 ? new Entry(e.limiter(), e.epoch(), e.count() - 1, e.last(), e.expires()) : e);
  }

  @Override
  synchronized void remove(Slot slot, List<byte[]> keys) {
    for (byte[] k : keys) counts.remove(id(slot, k));
  }

  @Override
  synchronized int held(Slot slot) {
    return (int) counts.values().stream().filter(e -> e.alive(slot) && e.count() > 0).count();
  }

  private static Entry next(Slot slot, Entry e) {
    int count = e == null || !e.alive(slot) ? 1 : e.count() + 1;
    return new Entry(slot.limiter(), slot.epoch(), count, slot.now(), slot.expires());
  }

  private static String id(Slot slot, byte[] key) {
    return slot.limiter() + "\n" + slot.epoch() + "\n" + hex(key);
  }
}
