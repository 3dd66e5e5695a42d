package org.sujarit.monitoring;

import java.util.UUID;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.WorkflowStamp;

/**
 * An evidence file of an item's progress in a round: its metadata; the content is stored under its
 * checksum. {@code madePublic}: who marked it public and when (null while it is not), so that it is
 * shown with the acknowledged report on the public site.
 */
public record EvidenceFile(UUID id, PlanId planId, PlanItemId itemId, ReportingRound round, String fileName, EvidenceType type,
    long size, String sha256, WorkflowStamp uploaded, WorkflowStamp madePublic) {

  public boolean isPublic() {
    return madePublic != null;
  }
}
