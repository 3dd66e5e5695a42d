package org.sujarit.account.signin;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Signed in with the password and the second factor; the only way an enrolled account is signed in. */
final class SecondFactorAuthentication extends UsernamePasswordAuthenticationToken {
  private static final long serialVersionUID = 1L;

  SecondFactorAuthentication(AccountPrincipal principal) {
    super(principal, null, principal.getAuthorities());
  }
}
