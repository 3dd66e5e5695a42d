package org.sujarit.risk.nogift;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.OrganizationId;

/**
 * One entry of the gift register: who ({@code person}) received what from whom ({@code counterparty})
 * or gave it to whom, on what occasion, its estimated value, the day, and what was done with it. It
 * belongs to the fiscal year of its day.
 */
public record Gift(UUID id, OrganizationId organizationId, GiftDirection direction, String person, String counterparty,
    String description, String occasion, Baht value, LocalDate on, GiftDecision decision, String note, String recordedBy,
    UUID recordedById, Instant recordedAt) {
  static final int MAX_TEXT = 500;

  public Gift {
    if (id == null) id = UUID.randomUUID();
    if (direction == null) throw RuleViolation.field("direction", "gift.direction.empty");
    person = required(person, "person");
    counterparty = required(counterparty, "counterparty");
    description = required(description, "description");
    occasion = required(occasion, "occasion");
    note = note == null || note.isBlank() ? null : limit(note.strip(), "note");
    if (value == null) throw RuleViolation.field("value", "gift.value.empty");
    if (value.isNegative()) throw RuleViolation.field("value", "gift.value.negative");
    if (on == null) throw RuleViolation.field("on", "gift.date.empty");
    if (decision == null) decision = direction == GiftDirection.GIVEN ? GiftDecision.NOT_APPLICABLE : null;
    if (decision == null) throw RuleViolation.field("decision", "gift.decision.empty");
  }

  public FiscalYear year() {
    return FiscalYear.containing(on);
  }

  /** The giver, whatever the direction: the counterparty of a gift received, the person of a gift given. */
  public String giver() {
    return direction == GiftDirection.RECEIVED ? counterparty : person;
  }

  private static String required(String s, String field) {
    if (s == null || s.isBlank()) throw RuleViolation.field(field, "gift." + field + ".empty");
    return limit(s.strip(), field);
  }

  private static String limit(String s, String field) {
    if (s.length() > MAX_TEXT) throw RuleViolation.field(field, "risk.text.too-long", MAX_TEXT);
    return s;
  }
}
