package org.sujarit.monitoring;

import java.time.Instant;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItemId;

/** The planner returned an item's submitted progress record of a round to its unit (the comment stays in the record). */
public record ProgressRecordReturned(PlanId planId, int planVersion, OrganizationId organizationId, PlanItemId itemId,
    int fiscalYear, RoundKind round, int recordVersion, Instant at) {}
