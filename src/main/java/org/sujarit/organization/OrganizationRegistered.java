package org.sujarit.organization;

/** An organization was registered (by an administrator, or by the system at first start). */
public record OrganizationRegistered(OrganizationId organizationId, OrganizationKind kind, OrganizationId parentId) {}
