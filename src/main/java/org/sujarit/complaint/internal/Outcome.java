package org.sujarit.complaint.internal;

import java.time.LocalDate;
import org.sujarit.complaint.Complaint;
import org.sujarit.complaint.Forwarding;
import org.sujarit.complaint.Satisfaction;

/**
 * The officer's texts of a case (reason for refusal, result, explanation of a delay, forwarding,
 * the complainant's comment on the rating): sealed like the content, since they may name people.
 */
public record Outcome(String reason, String result, String delayExplanation, Forwarding.Body forwardedTo, String forwardedName,
    LocalDate forwardedOn, String forwardedReference, int score, String comment) {
  static final Outcome NONE = new Outcome("", "", "", null, "", null, "", 0, "");

  public static Outcome of(Complaint c) {
    Forwarding f = c.forwarding();
    Satisfaction s = c.satisfaction();
    return new Outcome(c.reason(), c.result(), c.delayExplanation(), f == null ? null : f.body(), f == null ? "" : f.bodyName(),
        f == null ? null : f.on(), f == null ? "" : f.reference(), s == null ? 0 : s.score(), s == null ? "" : s.comment());
  }

  Forwarding forwarding() {
    return forwardedTo == null ? null : new Forwarding(forwardedTo, forwardedName, forwardedOn, forwardedReference);
  }
}
