package org.sujarit.access;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user as access checks see it. Organizational roles apply only inside
 * {@code organizationId}; OVERSIGHT applies to {@code oversightProvince} (or everywhere when null);
 * SYSTEM_ADMIN reads everywhere. Serializable: it lives in the session, which may be stored in the database.
 */
public record CurrentUser(
    UUID userId,
    String username,
    String displayName,
    UUID organizationId,
    UUID unitId,
    Set<Role> roles,
    String oversightProvince) implements Serializable {

  public CurrentUser {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** May this user do {@code permission} in the organization {@code scope}? */
  public boolean may(Permission permission, OrganizationScope scope) {
    for (Role role : roles) {
      if (!permission.grantedTo(role)) continue;
      if (role.organizational() && scope.organizationId().equals(organizationId)) return true;
      if (role == Role.SYSTEM_ADMIN) return true;
      if (role == Role.OVERSIGHT && (oversightProvince == null || oversightProvince.equals(scope.province()))) return true;
    }
    return false;
  }

  /** An installation-wide permission (no organization involved), e.g. creating organizations. */
  public boolean may(Permission permission) {
    return roles.stream().filter(r -> !r.organizational()).anyMatch(permission::grantedTo);
  }

  public void require(Permission permission, OrganizationScope scope) {
    if (may(permission, scope)) return;
    boolean byRole = roles.stream().anyMatch(permission::grantedTo);
    throw new AccessRefusedException(permission, byRole && scope.organizationId() != null && !scope.organizationId().equals(organizationId));
  }

  /** Whether any of the user's roles grants {@code permission}, in whatever organization. */
  public boolean mayAnywhere(Permission permission) {
    return roles.stream().anyMatch(permission::grantedTo);
  }

  public void require(Permission permission) {
    if (!may(permission)) throw new AccessRefusedException(permission);
  }

  /** True when the user reads across organizations rather than belonging to one. */
  public boolean readsAcrossOrganizations() {
    return has(Role.SYSTEM_ADMIN) || has(Role.OVERSIGHT);
  }
}
