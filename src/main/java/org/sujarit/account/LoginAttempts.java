package org.sujarit.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins for one user name, or from
 * one address, within the window, further attempts are refused until the window has passed.
 */
@Component
class LoginAttempts {
  private static final int MAX_TRACKED_KEYS = 100_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final int maxFailures;
  private final int maxFailuresPerAddress;
  private final Duration window;
  private final Clock clock;

  LoginAttempts(@Value("${sujarit.security.login.max-failures:5}") int maxFailures,
      @Value("${sujarit.security.login.window:PT15M}") Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    // generous: many honest users may share one address (an office behind NAT, a reverse proxy)
    this.maxFailuresPerAddress = maxFailures * 10;
    this.window = window;
    this.clock = clock;
  }

  boolean blocked(String username, String address) {
    return count("u:" + key(username)) >= maxFailures || count("a:" + address) >= maxFailuresPerAddress;
  }

  void failed(String username, String address) {
    if (failures.size() > MAX_TRACKED_KEYS) prune();
    add("u:" + key(username));
    add("a:" + address);
  }

  void succeeded(String username) {
    failures.remove("u:" + key(username));
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase();
  }

  private int count(String key) {
    Deque<Instant> d = failures.get(key);
    if (d == null) return 0;
    synchronized (d) {
      expire(d);
      return d.size();
    }
  }

  private void add(String key) {
    Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (d) {
      expire(d);
      d.addLast(clock.instant());
    }
  }

  private void expire(Deque<Instant> d) {
    Instant cutoff = clock.instant().minus(window);
    while (!d.isEmpty() && d.peekFirst().isBefore(cutoff)) d.removeFirst();
  }

  private void prune() {
    failures.entrySet().removeIf(e -> {
      synchronized (e.getValue()) {
        expire(e.getValue());
        return e.getValue().isEmpty();
      }
    });
  }
}
