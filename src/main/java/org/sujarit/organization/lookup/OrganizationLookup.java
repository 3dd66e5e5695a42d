package org.sujarit.organization.lookup;

import java.util.Map;
import java.util.Optional;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Unit;
import org.sujarit.organization.UnitId;

/**
 * Organizations and units read without an access check, for the modules that declare
 * {@code organization :: lookup}: system jobs, the public site (what it shows is public), and services
 * that have checked access on the organization's plan, record or case before. Everyone else reads
 * through {@link org.sujarit.organization.Organizations}, which checks.
 */
public interface OrganizationLookup {
  Optional<Organization> find(OrganizationId id);

  Optional<Unit> unit(UnitId id);

  /** The organization's unit names by id, active units first. */
  Map<UnitId, String> unitNames(OrganizationId id);
}
