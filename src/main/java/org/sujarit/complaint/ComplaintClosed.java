package org.sujarit.complaint;

import java.time.LocalDate;
import org.sujarit.organization.OrganizationId;

/** An organization closed a complaint case. For counting only, like {@link ComplaintReceived}. */
public record ComplaintClosed(OrganizationId organizationId, int fiscalYear, Channel channel, LocalDate closedOn) {}
