package org.sujarit.account.signin;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused for now, without looking at the password: this name from this address must wait (see {@link LoginAttempts}). */
final class SignInDelayedException extends AuthenticationException {
  private final Duration wait;

  SignInDelayedException(Duration wait) {
    super("sign-in delayed after failed attempts");
    this.wait = wait;
  }

  /** Whole seconds, rounded up, as the sign-in page states them. */
  long seconds() {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
