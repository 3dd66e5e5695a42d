package org.sujarit.plan;

import java.time.Instant;
import org.sujarit.organization.OrganizationId;

/** A new plan was started as a draft (written, copied from the previous plan, or imported). */
public record PlanDrafted(PlanId planId, int version, OrganizationId organizationId, int firstYear, int lastYear, Instant at) {}
