package org.sujarit.monitoring;

import java.time.Instant;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItemId;

/** An item's progress record (version {@code recordVersion}) of a round was handed to the planner for review. */
public record ProgressRecordSubmitted(PlanId planId, int planVersion, OrganizationId organizationId, PlanItemId itemId,
    int fiscalYear, RoundKind round, int recordVersion, Instant at) {}
