package org.sujarit.complaint;

import java.time.LocalDate;
import org.sujarit.common.RuleViolation;

/** A case handed to another body: which, on what day, and its reference number there. */
public record Forwarding(Body body, String bodyName, LocalDate on, String reference) {
  /** The bodies LGOs forward to; OTHER needs a name. */
  public enum Body { NACC, PACC, DAMRONGDHAM_CENTRE, PROVINCE, DISTRICT, OTHER }

  public Forwarding {
    if (body == null) throw RuleViolation.field("body", "complaint.forward.body-required");
    if (on == null) throw RuleViolation.field("on", "complaint.forward.date-required");
    bodyName = bodyName == null ? "" : bodyName.strip();
    reference = reference == null ? "" : reference.strip();
    if (body == Body.OTHER && bodyName.isEmpty()) throw RuleViolation.field("bodyName", "complaint.forward.name-required");
  }
}
