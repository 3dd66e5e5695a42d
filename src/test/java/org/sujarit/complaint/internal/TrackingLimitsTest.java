package org.sujarit.complaint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.sujarit.complaint.internal.ComplaintConfiguration.TrackingLimits;
import org.sujarit.database.MemoryCounters;

/** Receipt look-ups are limited per address, per organization and for the installation, for an hour. */
class TrackingLimitsTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T03:00:00Z"), ZoneOffset.UTC);

  @Test
  void anOrganizationIsGuessedAtOnlySoOftenWhateverTheAddresses() {
    TrackingLimits limits = new TrackingLimits(new MemoryCounters(CLOCK), 30, 5, 1000);
    for (int i = 0; i < 5; i++) assertThat(limits.tryAcquire("org-a", "198.51.100." + i)).isTrue();
    assertThat(limits.tryAcquire("org-a", "198.51.100.99")).isFalse();
    assertThat(limits.tryAcquire("org-b", "198.51.100.99")).as("another organization has its own count").isTrue();
    assertThat(limits.tryAcquire(TrackingLimits.UNNAMED, "198.51.100.98")).isTrue();
  }

  @Test
  void oneAddressAcrossOrganizationsAndTheInstallationAsAWholeHaveTheirLimits() {
    TrackingLimits limits = new TrackingLimits(new MemoryCounters(CLOCK), 3, 100, 5);
    for (int i = 0; i < 3; i++) assertThat(limits.tryAcquire("org-" + i, "203.0.113.1")).isTrue();
    assertThat(limits.tryAcquire("org-9", "203.0.113.1")).as("per address").isFalse();
    assertThat(limits.tryAcquire("org-9", "203.0.113.2")).isTrue();
    assertThat(limits.tryAcquire("org-9", "203.0.113.3")).isTrue();
    assertThat(limits.tryAcquire("org-9", "203.0.113.4")).as("installation cap").isFalse();
  }

  @Test
  void theCountsEndWithTheHour() {
    Clock[] now = {CLOCK};
    Clock moving = new Clock() {
      @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public Instant instant() { return now[0].instant(); }
    };
    TrackingLimits limits = new TrackingLimits(new MemoryCounters(moving), 1, 10, 10);
    assertThat(limits.tryAcquire("org-a", "192.0.2.1")).isTrue();
    assertThat(limits.tryAcquire("org-a", "192.0.2.1")).isFalse();
    now[0] = Clock.offset(CLOCK, Duration.ofHours(1));
    assertThat(limits.tryAcquire("org-a", "192.0.2.1")).isTrue();
  }
}
