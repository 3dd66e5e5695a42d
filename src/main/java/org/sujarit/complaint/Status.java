package org.sujarit.complaint;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands. Each case counts in exactly one of in progress, forwarded or finished. */
public enum Status {
  RECEIVED, ACCEPTED, NOT_IN_SCOPE, UNDER_INVESTIGATION, RESULT, FORWARDED, CLOSED;

  private static final Set<Status> FINISHED = EnumSet.of(NOT_IN_SCOPE, RESULT, CLOSED);

  /** The complainant has had the organization's answer: a result, a refusal with its reason, or closing. */
  public boolean finished() {
    return FINISHED.contains(this);
  }

  public boolean inProgress() {
    return !finished() && this != FORWARDED;
  }

  /** The legal next states; anything else is refused. */
  public Set<Status> next() {
    return switch (this) {
      case RECEIVED -> EnumSet.of(ACCEPTED, NOT_IN_SCOPE, FORWARDED);
      case ACCEPTED -> EnumSet.of(UNDER_INVESTIGATION, FORWARDED);
      case UNDER_INVESTIGATION -> EnumSet.of(RESULT, FORWARDED);
      case RESULT, NOT_IN_SCOPE, FORWARDED -> EnumSet.of(CLOSED);
      case CLOSED -> EnumSet.noneOf(Status.class);
    };
  }
}
