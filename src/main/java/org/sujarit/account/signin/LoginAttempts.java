package org.sujarit.account.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.sujarit.database.Counter;
import org.sujarit.database.Counters;

/**
 * Slows down password guessing without locking anybody out. Failures are counted per user name
 * <em>and address</em>: after a few free ones, each further attempt from that pair must wait twice as
 * long as the one before (1 s, 2 s, 4 s … up to {@code max-delay}). The user name alone has a second,
 * larger budget against guessing from many addresses; its delay grows one second per failure and
 * stops at {@code name-max-delay} (30 s), so whoever knows the right password waits at most that long
 * from a clean address, however hard others hammer. Attempts refused for waiting are not counted.
 * Counted in the database ({@link Counters}), so that all nodes add up to one count; while it cannot be
 * reached the sign-in fails as its password check would, with the outage page (web/DatabaseOutageFilter).
 */
@Component
class LoginAttempts {
  // one address for all names: generous, since many honest users may share one (an office behind NAT)
  private static final int ADDRESS_FREE_FACTOR = 10;

  private final Counter failures;
  private final int freeFailures;
  private final Duration maxDelay;
  private final int nameFreeFailures;
  private final Duration nameMaxDelay;
  private final Clock clock;

  @Autowired
  LoginAttempts(@Value("${sujarit.security.login.free-failures:3}") int freeFailures,
      @Value("${sujarit.security.login.max-delay:PT15M}") Duration maxDelay,
      @Value("${sujarit.security.login.name-free-failures:10}") int nameFreeFailures,
      @Value("${sujarit.security.login.name-max-delay:PT30S}") Duration nameMaxDelay,
      @Value("${sujarit.security.login.forget-after:PT1H}") Duration forgetAfter, Clock clock, Counters counters) {
    this.freeFailures = freeFailures;
    this.maxDelay = maxDelay;
    this.nameFreeFailures = nameFreeFailures;
    this.nameMaxDelay = nameMaxDelay;
    this.failures = counters.sliding("sign-in", forgetAfter);
    this.clock = clock;
  }

  /** How long this name from this address must still wait before its password is checked; zero when it may try now. */
  Duration wait(String username, String address) {
    Instant now = clock.instant();
    List<Counter.Tally> t = failures.tallies(pairKey(username, address), nameKey(username), addressKey(address));
    Duration pair = remaining(t.get(0), now, n -> doubling(n, freeFailures));
    Duration name = remaining(t.get(1), now, this::linear);
    Duration addr = remaining(t.get(2), now, n -> doubling(n, freeFailures * ADDRESS_FREE_FACTOR));
    Duration longest = pair.compareTo(name) >= 0 ? pair : name;
    return longest.compareTo(addr) >= 0 ? longest : addr;
  }

  void failed(String username, String address) {
    failures.add(pairKey(username, address), nameKey(username), addressKey(address));
  }

  /** The right password: the pair and the name start afresh (the address keeps its count for other names). */
  void succeeded(String username, String address) {
    failures.remove(pairKey(username, address), nameKey(username));
  }

  /** Delay after {@code n} failures: none for the {@code free} ones, then 1 s, 2 s, 4 s … */
  private Duration doubling(int n, int free) {
    int over = n - free;
    if (over <= 0) return Duration.ZERO;
    if (over > 40) return maxDelay;
    Duration d = Duration.ofSeconds(1L << (over - 1));
    return d.compareTo(maxDelay) > 0 ? maxDelay : d;
  }

  /** Delay after {@code n} failures of one name from anywhere: one second more per failure, never beyond the short cap. */
  private Duration linear(int n) {
    int over = n - nameFreeFailures;
    if (over <= 0) return Duration.ZERO;
    Duration d = Duration.ofSeconds(over);
    return d.compareTo(nameMaxDelay) > 0 ? nameMaxDelay : d;
  }

  private static Duration remaining(Counter.Tally f, Instant now, java.util.function.IntFunction<Duration> delay) {
    if (f.count() == 0) return Duration.ZERO;
    Duration left = Duration.between(now, f.last().plus(delay.apply(f.count())));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static String pairKey(String username, String address) {
    return "p:" + name(username) + "\n" + address;
  }

  private static String nameKey(String username) {
    return "u:" + name(username);
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }

  private static String name(String username) {
    return username == null ? "" : username.strip().toLowerCase();
  }
}
