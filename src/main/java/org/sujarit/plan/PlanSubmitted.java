package org.sujarit.plan;

import java.time.Instant;
import org.sujarit.organization.OrganizationId;

/** A draft plan version was handed to the executive for approval. */
public record PlanSubmitted(PlanId planId, int version, OrganizationId organizationId, Instant at) {}
