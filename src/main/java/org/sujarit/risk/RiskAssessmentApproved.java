package org.sujarit.risk;

import java.time.Instant;
import org.sujarit.organization.OrganizationId;

/** The executive approved an organization's corruption risk assessment of a fiscal year. */
public record RiskAssessmentApproved(OrganizationId organizationId, int fiscalYear, int risks, Instant at) {}
