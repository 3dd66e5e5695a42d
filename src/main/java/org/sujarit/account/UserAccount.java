package org.sujarit.account;

import java.util.Set;
import java.util.UUID;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;

/** A user account as shown to administrators (never with its password hash). */
public record UserAccount(
    UUID id,
    String username,
    String displayName,
    UUID organizationId,
    UUID unitId,
    Set<Role> roles,
    String oversightProvince,
    boolean enabled,
    /** Where a password reset link is sent; null when none is known. */
    String email,
    /** Whether signing in asks for a code after the password (see {@link org.sujarit.account.signin.TwoFactor}). */
    boolean twoFactor) {

  public CurrentUser asCurrentUser() {
    return new CurrentUser(id, username, displayName, organizationId, unitId, roles, oversightProvince);
  }
}
