package org.sujarit.risk;

import java.time.LocalDate;
import java.util.UUID;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.PlanItemId;

/**
 * Step 5: one measure of the risk management plan. Either an item of the organization's plan, linked
 * by its id (which stays the same across plan versions, so the link survives amendments; its name is
 * read from the plan, never copied), or a measure of its own with the unit that owns it and its dates.
 */
public record Measure(UUID id, PlanItemId planItem, String text, UnitId ownerUnit, LocalDate startsOn, LocalDate endsOn) {
  static final int MAX_TEXT = 2000;

  public Measure {
    if (id == null) id = UUID.randomUUID();
    text = text == null || text.isBlank() ? null : text.strip();
    if (planItem == null && text == null) throw RuleViolation.field("measure", "risk.measure.empty");
    if (planItem != null && text != null) throw RuleViolation.field("measure", "risk.measure.both");
    if (text != null && text.length() > MAX_TEXT) throw RuleViolation.field("measure", "risk.text.too-long", MAX_TEXT);
    if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) throw RuleViolation.field("endsOn", "risk.measure.dates");
  }

  public static Measure linked(PlanItemId item) {
    return new Measure(null, item, null, null, null, null);
  }

  public static Measure own(String text, UnitId owner, LocalDate startsOn, LocalDate endsOn) {
    return new Measure(null, null, text, owner, startsOn, endsOn);
  }

  public boolean linked() {
    return planItem != null;
  }
}
