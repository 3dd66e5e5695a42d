package org.sujarit.account.signin;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The password was right but the code is still to come: no roles, no {@code CurrentUser}, and
 * {@link SecondFactorFilter} lets it open only the code page. Holds the password step's result.
 */
final class SecondFactorPending extends AbstractAuthenticationToken {
  private static final long serialVersionUID = 1L;
  private final Authentication passwordStep;

  SecondFactorPending(Authentication passwordStep) {
    super(List.of());
    this.passwordStep = passwordStep;
    setAuthenticated(false);
  }

  Authentication passwordStep() {
    return passwordStep;
  }

  AccountPrincipal account() {
    return (AccountPrincipal) passwordStep.getPrincipal();
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public Object getPrincipal() {
    return passwordStep.getName();
  }
}
