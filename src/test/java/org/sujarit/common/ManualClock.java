package org.sujarit.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand. */
public final class ManualClock extends Clock {
  public Instant now;

  public ManualClock(Instant start) {
    now = start;
  }

  @Override
  public ZoneId getZone() {
    return ZoneId.of("UTC");
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }

  public void pass(Duration d) {
    now = now.plus(d);
  }
}
