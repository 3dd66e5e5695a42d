package org.sujarit.risk;

import java.util.UUID;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.monitoring.ReviewStatus;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.plan.WorkflowStamp;

/**
 * Step 6: what the unit watching a risk reports in one monitoring round, and its review as for plan
 * progress: handed in (SUBMITTED), then accepted or returned with a comment by the drafter (planner or
 * auditor). A new report replaces the last one and is submitted again; there is no saved draft.
 */
public record SurveillanceReport(UUID riskId, FiscalYear year, RoundKind round, SurveillanceStatus status, String happened,
    WorkflowStamp reported, ReviewStatus review, WorkflowStamp reviewed, String reviewComment) {
  static final int MAX_TEXT = 4000;

  public SurveillanceReport {
    if (status == null) throw RuleViolation.field("status", "risk.surveillance.no-status");
    happened = happened == null || happened.isBlank() ? null : happened.strip();
    if (happened != null && happened.length() > MAX_TEXT) throw RuleViolation.field("happened", "risk.text.too-long", MAX_TEXT);
    // yellow and red mean something happened: say what
    if (status != SurveillanceStatus.GREEN && happened == null) throw RuleViolation.field("happened", "risk.surveillance.what-happened");
    if (review == null) review = ReviewStatus.SUBMITTED;
    reviewComment = reviewComment == null || reviewComment.isBlank() ? null : reviewComment.strip();
  }

  /** A report just handed in. */
  public SurveillanceReport(UUID riskId, FiscalYear year, RoundKind round, SurveillanceStatus status, String happened, WorkflowStamp reported) {
    this(riskId, year, round, status, happened, reported, ReviewStatus.SUBMITTED, null, null);
  }

  public SurveillanceReport accept(WorkflowStamp stamp) {
    requireSubmitted();
    return new SurveillanceReport(riskId, year, round, status, happened, reported, ReviewStatus.ACCEPTED, stamp, null);
  }

  /** Back to the unit, with what to change. */
  public SurveillanceReport returnForChanges(WorkflowStamp stamp, String comment) {
    requireSubmitted();
    if (comment == null || comment.isBlank()) throw RuleViolation.field("comment", "risk.surveillance.return-comment");
    if (comment.length() > MAX_TEXT) throw RuleViolation.field("comment", "risk.text.too-long", MAX_TEXT);
    return new SurveillanceReport(riskId, year, round, status, happened, reported, ReviewStatus.RETURNED, stamp, comment);
  }

  private void requireSubmitted() {
    if (review != ReviewStatus.SUBMITTED) throw new RuleViolation("risk.surveillance.not-submitted");
  }
}
