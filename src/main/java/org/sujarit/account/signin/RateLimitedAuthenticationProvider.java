package org.sujarit.account.signin;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.TransactionException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password sign-in that makes repeated failures wait longer and longer (see {@link LoginAttempts}). */
final class RateLimitedAuthenticationProvider implements AuthenticationProvider {
  private final DaoAuthenticationProvider delegate;
  private final LoginAttempts attempts;

  RateLimitedAuthenticationProvider(DaoAuthenticationProvider delegate, LoginAttempts attempts) {
    this.delegate = delegate;
    this.attempts = attempts;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
    java.time.Duration wait = attempts.wait(username, address);
    if (!wait.isZero()) throw new SignInDelayedException(wait);
    try {
      Authentication result = delegate.authenticate(authentication);
      attempts.succeeded(username, address);
      return result;
    } catch (BadCredentialsException e) {
      attempts.failed(username, address);
      throw e;
    } catch (AuthenticationServiceException e) {
      // the accounts could not be read: an outage (answered 503 by web/DatabaseOutageFilter), not a wrong password
      if (e.getCause() instanceof DataAccessException || e.getCause() instanceof TransactionException) throw (RuntimeException) e.getCause();
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
