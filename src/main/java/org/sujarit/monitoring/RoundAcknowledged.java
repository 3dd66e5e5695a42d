package org.sujarit.monitoring;

import java.time.Instant;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.PlanId;

/** The executive acknowledged a round's report (the 6-month or the annual one): the round is closed. */
public record RoundAcknowledged(PlanId planId, OrganizationId organizationId, int fiscalYear, RoundKind round, Instant at) {}
