package org.sujarit.plan;

import java.util.List;

/**
 * Something about a plan a person should look at: a stated total that differs from the computed sum,
 * an item outside the framework (consistency), or a missing piece before submission (completeness).
 * Findings are reported, never fixed silently. {@code args} fill the message {@code finding.<code>}.
 */
public record PlanFinding(Code code, PlanItemId itemId, List<Object> args) {

  public enum Severity { ERROR, WARNING, INFO }

  public enum Code {
    STATED_TOTAL_MISMATCH(Severity.WARNING),
    STATED_GRAND_TOTAL_MISMATCH(Severity.WARNING),
    STATED_COUNT_MISMATCH(Severity.WARNING),
    STATED_GRAND_COUNT_MISMATCH(Severity.WARNING),
    MISSION_OUTSIDE_FRAMEWORK(Severity.ERROR),
    DUPLICATE_SEQUENCE(Severity.ERROR),
    BUDGET_OUTSIDE_PERIOD(Severity.ERROR),
    UNTREATED_RISK(Severity.WARNING),
    MISSING_DETAIL_SHEET(Severity.INFO),
    MISSION_WITHOUT_ITEM(Severity.INFO),
    NO_RESPONSIBLE_UNIT(Severity.INFO),
    /** A part of the front matter or Part 1 the plan has no text for: the documents print the standard wording. */
    STANDARD_WORDING(Severity.INFO),
    /** Captions of the nine-step form's monitoring tables in Part 1's text: left out, the results come with the year's rounds. */
    MONITORING_TABLES_LEFT_OUT(Severity.INFO);

    private final Severity severity;

    Code(Severity severity) {
      this.severity = severity;
    }

    public Severity severity() {
      return severity;
    }

    /** A completeness finding (the checklist before submission) rather than an inconsistency. */
    public boolean completeness() {
      return severity == Severity.INFO;
    }
  }

  public PlanFinding {
    args = List.copyOf(args);
  }

  public String messageKey() {
    return "finding." + code.name();
  }

  public Severity severity() {
    return code.severity();
  }
}
