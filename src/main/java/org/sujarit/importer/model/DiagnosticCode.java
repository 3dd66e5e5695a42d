package org.sujarit.importer.model;

/** The stable codes of import diagnostics, each with its usual severity; titles are in the message bundles. */
public enum DiagnosticCode {
  STATED_TOTAL_MISMATCH("WARNING"),
  STATED_COUNT_MISMATCH("WARNING"),
  MISSING_DETAIL_SHEET("WARNING"),
  DETAIL_SHEET_WITHOUT_ITEM("WARNING"),
  PART2_RECOVERED_FROM_PART3("WARNING"),
  ROW_REPAIRED("INFO"),
  ROW_SHIFTED("WARNING"),
  UNREADABLE_CELL("WARNING"),
  SHARED_BUDGET_CELL("INFO"),
  MISSION_INFERRED("INFO"),
  AMBIGUOUS_NAME("WARNING"),
  OCR_FIXED("INFO"),
  MARKUP_REMOVED("INFO"),
  PLACEHOLDER("WARNING"),
  DAMAGED_WORD("WARNING"),
  UNKNOWN_WORD("WARNING"),
  ORGANIZATION_NOT_FOUND("WARNING"),
  PERIOD_NOT_FOUND("WARNING"),
  EPLAN_BUDGET_MISMATCH("WARNING"),
  EPLAN_ITEM_UNKNOWN("WARNING"),
  RISK_FORM_UNREAD("WARNING"),
  INVALID_INTERCHANGE("ERROR");

  private final String severity;

  DiagnosticCode(String severity) {
    this.severity = severity;
  }

  /** ERROR, WARNING or INFO. */
  public String severity() {
    return severity;
  }

  /** The key of the short title shown beside a diagnostic on the review page. */
  public String messageKey() {
    return "import.diagnostic." + name();
  }
}
