package org.sujarit.complaint;

import java.time.LocalDate;

/**
 * What the statistics know of one case: no text, no identity. {@code answeredOn} is null while open;
 * {@code satisfaction} is 0 when not rated.
 */
public record CaseFacts(Channel channel, IntakeChannel intake, String category, LocalDate receivedOn,
    LocalDate dueOn, Status status, LocalDate answeredOn, int satisfaction) {

  public boolean withinDeadline() {
    return answeredOn != null && !answeredOn.isAfter(dueOn);
  }
}
