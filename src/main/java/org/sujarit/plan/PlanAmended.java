package org.sujarit.plan;

import java.time.Instant;
import org.sujarit.organization.OrganizationId;

/** A new draft version {@code version} of a plan was started from {@code fromVersion}, the one in force. */
public record PlanAmended(PlanId planId, int version, int fromVersion, OrganizationId organizationId, Instant at) {}
