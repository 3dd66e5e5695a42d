package org.sujarit.organization;

/** A unit of an organization (สำนักปลัด, กองคลัง, …) that can be responsible for plan items. */
public record Unit(UnitId id, OrganizationId organizationId, String name, boolean active) {
  public Unit {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("unit name");
    name = name.strip();
  }
}
