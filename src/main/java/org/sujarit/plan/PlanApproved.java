package org.sujarit.plan;

import java.time.Instant;
import org.sujarit.organization.OrganizationId;

/** A plan version was approved by the executive. Published in the approving transaction. */
public record PlanApproved(PlanId planId, int version, OrganizationId organizationId, int firstYear, int lastYear, Instant at) {}
