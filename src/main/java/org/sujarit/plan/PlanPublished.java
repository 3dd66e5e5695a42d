package org.sujarit.plan;

import java.time.Instant;
import org.sujarit.organization.OrganizationId;

/** A plan version was published: it is in force and may be shown to the public. */
public record PlanPublished(PlanId planId, int version, OrganizationId organizationId, int firstYear, int lastYear, Instant at) {}
