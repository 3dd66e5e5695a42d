package org.sujarit.database;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the database and the memory store share: the windows, and the keys hashed with HMAC-SHA256
 * under a random secret per limiter and window (kept for ever by sliding counters), so that no store
 * holds an address or a user name as given. The stores only count hashes.
 */
abstract class KeyedCounters implements Counters {
  protected final Clock clock;

  KeyedCounters(Clock clock) {
    this.clock = clock;
  }

  /** Where one operation counts: the limiter's window at this moment, and when a count added now expires. */
  record Slot(String limiter, long epoch, Instant now, Instant expires) {}

  /** The secret of a limiter's window, the same on every node; {@code expires} null for a sliding counter's. */
  abstract byte[] secret(String limiter, long epoch, Instant expires);

  /** The live tallies of the hashes (hex) that have one. */
  abstract Map<String, Counter.Tally> read(Slot slot, List<byte[]> keys);

  abstract void add(Slot slot, List<byte[]> keys);

  abstract boolean addBelow(Slot slot, byte[] key, int limit);

  abstract void undo(Slot slot, byte[] key);

  abstract void remove(Slot slot, List<byte[]> keys);

  abstract int held(Slot slot);

  @Override
  public Counter fixedWindow(String limiter, Duration window) {
    return new Keyed(limiter, window, false);
  }

  @Override
  public Counter sliding(String limiter, Duration quiet) {
    return new Keyed(limiter, quiet, true);
  }

  static String hex(byte[] hash) {
    return HexFormat.of().formatHex(hash);
  }

  private final class Keyed implements Counter {
    private final String limiter;
    private final Duration length;
    private final boolean sliding;

    Keyed(String limiter, Duration length, boolean sliding) {
      this.limiter = limiter;
      this.length = length;
      this.sliding = sliding;
    }

    @Override
    public List<Tally> tallies(String... keys) {
      Slot s = slot();
      List<byte[]> hashes = hashes(s, keys);
      Map<String, Tally> found = read(s, distinct(hashes));
      return hashes.stream().map(h -> found.getOrDefault(hex(h), Tally.NONE)).toList();
    }

    @Override
    public void add(String... keys) {
      Slot s = slot();
      KeyedCounters.this.add(s, distinct(hashes(s, keys)));
    }

    @Override
    public boolean addBelow(String key, int limit) {
      if (limit <= 0) return false;
      Slot s = slot();
      return KeyedCounters.this.addBelow(s, hashes(s, key).get(0), limit);
    }

    @Override
    public void undo(String key) {
      Slot s = slot();
      KeyedCounters.this.undo(s, hashes(s, key).get(0));
    }

    @Override
    public void remove(String... keys) {
      Slot s = slot();
      KeyedCounters.this.remove(s, distinct(hashes(s, keys)));
    }

    @Override
    public int held() {
      return KeyedCounters.this.held(slot());
    }

    private Slot slot() {
      Instant now = clock.instant();
      if (sliding) return new Slot(limiter, 0, now, now.plus(length));
      long epoch = Math.floorDiv(now.toEpochMilli(), length.toMillis());
      return new Slot(limiter, epoch, now, Instant.ofEpochMilli((epoch + 1) * length.toMillis()));
    }

    private List<byte[]> hashes(Slot s, String... keys) {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret(s.limiter(), s.epoch(), sliding ? null : s.expires()), "HmacSHA256"));
        List<byte[]> out = new ArrayList<>(keys.length);
        for (String k : keys) out.add(mac.doFinal(String.valueOf(k).getBytes(StandardCharsets.UTF_8)));
        return out;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Each hash once, in one order everywhere: statements that lock several rows take them in the same order, never deadlocking. */
  private static List<byte[]> distinct(List<byte[]> hashes) {
    Map<String, byte[]> unique = new LinkedHashMap<>();
    hashes.stream().sorted(Arrays::compareUnsigned).forEach(h -> unique.putIfAbsent(hex(h), h));
    return List.copyOf(unique.values());
  }
}
