package org.sujarit.monitoring;

import java.util.UUID;
import org.sujarit.common.RuleViolation;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.WorkflowStamp;

/**
 * One version of the progress record of an item in a round. Every change of content is a new version
 * (the old ones stay, for the audit trail); the review moves on the latest version.
 * {@code correctionNote} says why a record was corrected after the executive acknowledged the round.
 */
public record ProgressRecord(
    UUID id,
    PlanId planId,
    int planVersion,
    PlanItemId itemId,
    ReportingRound round,
    int version,
    ProgressEntry entry,
    ReviewStatus review,
    WorkflowStamp saved,
    WorkflowStamp reviewed,
    String reviewComment,
    String correctionNote) {

  /** The first version, or the next one after {@code previous} (null when there is none). */
  static ProgressRecord revise(ProgressRecord previous, PlanId plan, int planVersion, PlanItemId item, ReportingRound round,
      ProgressEntry entry, WorkflowStamp stamp, RoundState state, String correctionNote) {
    String note = correctionNote == null || correctionNote.isBlank() ? null : correctionNote.strip();
    if (state.closed() && note == null) throw RuleViolation.field("correctionNote", "monitoring.correction.note-required");
    // a correction after acknowledgement is the planner's own: it stands accepted, with its reason
    ReviewStatus review = state.closed() ? ReviewStatus.ACCEPTED : ReviewStatus.DRAFT;
    return new ProgressRecord(UUID.randomUUID(), plan, planVersion, item, round, previous == null ? 1 : previous.version + 1, entry,
        review, stamp, state.closed() ? stamp : null, null, state.closed() ? note : null);
  }

  ProgressRecord submit(WorkflowStamp stamp) {
    require(review == ReviewStatus.DRAFT || review == ReviewStatus.RETURNED, "SUBMITTED");
    return with(ReviewStatus.SUBMITTED, null, reviewComment);
  }

  ProgressRecord accept(WorkflowStamp stamp) {
    require(review == ReviewStatus.SUBMITTED, "ACCEPTED");
    return with(ReviewStatus.ACCEPTED, stamp, null);
  }

  ProgressRecord returnWith(WorkflowStamp stamp, String comment) {
    require(review == ReviewStatus.SUBMITTED, "RETURNED");
    if (comment == null || comment.isBlank()) throw RuleViolation.field("comment", "monitoring.return.comment-required");
    return with(ReviewStatus.RETURNED, stamp, comment.strip());
  }

  private void require(boolean allowed, String to) {
    if (!allowed) throw new RuleViolation("monitoring.review.illegal", review.name(), to);
  }

  private ProgressRecord with(ReviewStatus status, WorkflowStamp reviewStamp, String comment) {
    return new ProgressRecord(id, planId, planVersion, itemId, round, version, entry, status, saved, reviewStamp, comment,
        correctionNote);
  }
}
