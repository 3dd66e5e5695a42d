package org.sujarit.organization;

import org.sujarit.access.OrganizationScope;

/** A local government organization; {@code parentId} links a Bangkok district to Bangkok, for example. */
public record Organization(
    OrganizationId id, String name, OrganizationKind kind, String province, String district, OrganizationId parentId) {

  public Organization {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("organization name");
    name = name.strip();
  }

  public OrganizationScope scope() {
    return new OrganizationScope(id.value(), province);
  }
}
