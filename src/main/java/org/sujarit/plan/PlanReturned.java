package org.sujarit.plan;

import java.time.Instant;
import org.sujarit.organization.OrganizationId;

/** The executive returned a submitted plan version for changes (the comment stays in the plan). */
public record PlanReturned(PlanId planId, int version, OrganizationId organizationId, Instant at) {}
