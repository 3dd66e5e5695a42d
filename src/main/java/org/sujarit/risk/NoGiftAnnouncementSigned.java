package org.sujarit.risk;

import java.time.Instant;
import java.time.LocalDate;
import org.sujarit.organization.OrganizationId;

/** The executive signed an organization's No Gift policy announcement of a fiscal year, dated {@code announcedOn}. */
public record NoGiftAnnouncementSigned(OrganizationId organizationId, int fiscalYear, LocalDate announcedOn, Instant at) {}
