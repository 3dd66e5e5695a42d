package org.sujarit.organization;

/** An organization got its DLA code; public links under the former code now redirect. */
public record OrganizationCodeChanged(OrganizationId organizationId, String formerCode, String code) {}
