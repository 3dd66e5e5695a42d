package org.sujarit.organization;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** A unit of an organization (สำนักปลัด, กองคลัง, …) that can be responsible for plan items. */
public record Unit(UnitId id, OrganizationId organizationId, String name, boolean active) {
  /** Names by id, in the order given: how plan pages and documents show responsible units. */
  public static Map<UnitId, String> names(Collection<Unit> units) {
    Map<UnitId, String> names = new LinkedHashMap<>();
    units.forEach(u -> names.putIfAbsent(u.id(), u.name()));
    return names;
  }

  public Unit {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("unit name");
    name = name.strip();
  }
}
