package org.sujarit.complaint;

import java.time.LocalDate;
import org.sujarit.organization.OrganizationId;

/**
 * An organization received a complaint. For counting only: it carries no case, content or person,
 * so that no listener (or event registry row) can hold what the complainant wrote.
 */
public record ComplaintReceived(OrganizationId organizationId, int fiscalYear, Channel channel, LocalDate receivedOn) {}
