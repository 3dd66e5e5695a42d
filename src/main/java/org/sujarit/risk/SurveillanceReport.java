package org.sujarit.risk;

import java.util.UUID;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.plan.WorkflowStamp;

/** Step 6: what the unit watching a risk reports in one monitoring round. */
public record SurveillanceReport(UUID riskId, FiscalYear year, RoundKind round, SurveillanceStatus status, String happened,
    WorkflowStamp reported) {
  static final int MAX_TEXT = 4000;

  public SurveillanceReport {
    if (status == null) throw RuleViolation.field("status", "risk.surveillance.no-status");
    happened = happened == null || happened.isBlank() ? null : happened.strip();
    if (happened != null && happened.length() > MAX_TEXT) throw RuleViolation.field("happened", "risk.text.too-long", MAX_TEXT);
    // yellow and red mean something happened: say what
    if (status != SurveillanceStatus.GREEN && happened == null) throw RuleViolation.field("happened", "risk.surveillance.what-happened");
  }
}
