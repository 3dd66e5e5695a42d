package org.sujarit.access;

import java.util.UUID;

/** What an access check needs to know about an organization: its id and province. */
public record OrganizationScope(UUID organizationId, String province) {}
