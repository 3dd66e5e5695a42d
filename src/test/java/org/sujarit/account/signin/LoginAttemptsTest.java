package org.sujarit.account.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sujarit.common.ManualClock;
import org.sujarit.database.MemoryCounters;

class LoginAttemptsTest {
  final ManualClock clock = new ManualClock(Instant.parse("2026-01-05T02:00:00Z"));
  final LoginAttempts attempts = new LoginAttempts(3, Duration.ofMinutes(15), 10, Duration.ofSeconds(30), Duration.ofHours(1), clock,
      new MemoryCounters(clock));

  /** Fails once as soon as allowed and returns how long the next attempt must then wait. */
  private Duration failWhenAllowed(String name, String address) {
    clock.pass(attempts.wait(name, address));
    attempts.failed(name, address);
    return attempts.wait(name, address);
  }

  @Test
  void anAttackerWaitsTwiceAsLongAfterEachFailureUpToTheCap() {
    for (int i = 0; i < 3; i++) assertThat(failWhenAllowed("executive", "198.51.100.7")).as("free failure %d", i + 1).isZero();
    assertThat(failWhenAllowed("executive", "198.51.100.7")).isEqualTo(Duration.ofSeconds(1));
    assertThat(failWhenAllowed("executive", "198.51.100.7")).isEqualTo(Duration.ofSeconds(2));
    assertThat(failWhenAllowed("executive", "198.51.100.7")).isEqualTo(Duration.ofSeconds(4));
    assertThat(failWhenAllowed("executive", "198.51.100.7")).isEqualTo(Duration.ofSeconds(8));
    Duration last = Duration.ZERO;
    for (int i = 0; i < 20; i++) last = failWhenAllowed("executive", "198.51.100.7");
    assertThat(last).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void theRightUserFromAnotherAddressNeverWaitsLongWhileTheNameIsHammered() {
    for (int i = 0; i < 30; i++) failWhenAllowed("Executive ", "198.51.100.7");
    // a guesser rotating through many addresses spends the name's own budget: one more second per failure, capped at 30 s
    for (int i = 0; i < 10; i++) {
      clock.pass(attempts.wait("executive", "203.0.113." + i));
      attempts.failed("executive", "203.0.113." + i);
    }
    assertThat(attempts.wait("executive", "192.0.2.10")).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
    assertThat(attempts.wait("executive", "198.51.100.7")).isGreaterThan(Duration.ofMinutes(1));

    clock.pass(Duration.ofSeconds(30));
    assertThat(attempts.wait("executive", "192.0.2.10")).isZero();
    attempts.succeeded("executive", "192.0.2.10");
    assertThat(attempts.wait("executive", "192.0.2.10")).isZero();
    assertThat(attempts.wait("executive", "198.51.100.7")).as("the attacker's own pair is not cleared").isPositive();
  }

  @Test
  void oneAddressGuessingManyNamesIsSlowedToo() {
    for (int i = 0; i < 30; i++) attempts.failed("name" + i, "198.51.100.7");
    assertThat(attempts.wait("somebody-else", "198.51.100.7")).isZero();
    attempts.failed("name-30", "198.51.100.7");
    assertThat(attempts.wait("somebody-else", "198.51.100.7")).isEqualTo(Duration.ofSeconds(1));
    assertThat(attempts.wait("somebody-else", "192.0.2.10")).isZero();
  }

  @Test
  void failuresAreForgottenAfterAQuietHour() {
    for (int i = 0; i < 8; i++) failWhenAllowed("planner", "198.51.100.7");
    assertThat(attempts.wait("planner", "198.51.100.7")).isPositive();
    clock.pass(Duration.ofMinutes(61));
    assertThat(attempts.wait("planner", "198.51.100.7")).isZero();
    assertThat(failWhenAllowed("planner", "198.51.100.7")).isZero();
  }
}
