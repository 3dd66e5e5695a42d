package org.sujarit.monitoring;

import java.util.Collection;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.ThaiDates;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.WorkflowStamp;

/**
 * Whether a round of a plan is still open. The executive's acknowledgement (who, when, the memo's
 * display name, the memo's note) closes it: the signed memo ITA asks for. After that only the planner corrects records.
 */
public record RoundState(PlanId planId, ReportingRound round, WorkflowStamp acknowledged, String acknowledgedName, String note) {

  public static RoundState open(PlanId plan, ReportingRound round) {
    return new RoundState(plan, round, null, null, null);
  }

  public boolean closed() {
    return acknowledged != null;
  }

  /** Closes the round once every record handed in has been accepted by the planner. */
  RoundState acknowledge(WorkflowStamp stamp, String name, String memoNote, Collection<ProgressRecord> latestRecords) {
    requireOpen();
    if (latestRecords.isEmpty()) throw new RuleViolation("monitoring.acknowledge.nothing");
    long pending = latestRecords.stream().filter(r -> r.review() != ReviewStatus.ACCEPTED).count();
    if (pending > 0) throw new RuleViolation("monitoring.acknowledge.pending", pending);
    return new RoundState(planId, round, stamp, name, memoNote == null || memoNote.isBlank() ? null : memoNote.strip());
  }

  /** @throws RuleViolation explaining that the round was closed, and by whom */
  void requireOpen() {
    if (closed()) {
      throw new RuleViolation("monitoring.round.closed", acknowledged.by(),
          ThaiDates.longDate(acknowledged.at().atZone(ProgressFigures.THAILAND).toLocalDate()));
    }
  }
}
