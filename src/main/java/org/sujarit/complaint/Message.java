package org.sujarit.complaint;

import java.time.Instant;
import org.sujarit.common.RuleViolation;

/** One message of the conversation between the officer and the (possibly anonymous) complainant. */
public record Message(Author author, String text, Instant at) {
  public static final int MAX_TEXT = 10_000;

  public enum Author { OFFICER, COMPLAINANT }

  public Message {
    if (author == null || at == null) throw new IllegalArgumentException("author and time are required");
    text = text == null ? "" : text.strip();
    if (text.isEmpty()) throw RuleViolation.field("text", "complaint.message.required");
    if (text.length() > MAX_TEXT) throw RuleViolation.field("text", "complaint.text.too-long", MAX_TEXT);
  }
}
