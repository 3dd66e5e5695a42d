package org.sujarit.account.signin;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;

/** The signed-in account as Spring Security holds it. */
final class AccountPrincipal implements UserDetails, CurrentUsers.CurrentUserHolder {
  private final CurrentUser user;
  private final String passwordHash;
  private final boolean enabled;
  private final boolean temporaryPassword;
  private final boolean secondFactor;

  AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean temporaryPassword, boolean secondFactor) {
    this.user = user;
    this.passwordHash = passwordHash;
    this.enabled = enabled;
    this.temporaryPassword = temporaryPassword;
    this.secondFactor = secondFactor;
  }

  /** Whether the account had a second factor at sign-in: the password alone then signs nobody in. */
  boolean secondFactor() {
    return secondFactor;
  }

  /** As it was at sign-in; {@link TemporaryPasswordFilter} asks the database again once it is true. */
  boolean signedInWithTemporaryPassword() {
    return temporaryPassword;
  }

  @Override
  public CurrentUser currentUser() {
    return user;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return user.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountPrincipal p && p.user.userId().equals(user.userId());
  }

  @Override
  public int hashCode() {
    return user.userId().hashCode();
  }

  @Override
  public String toString() {
    return "AccountPrincipal[" + user.username() + "]";
  }
}
