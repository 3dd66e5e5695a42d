package org.sujarit.account.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of signing in for accounts with a second factor: after the password, the session
 * holds only a {@link SecondFactorPending}; the right code (throttled like passwords) completes it.
 */
@Component
public class SecondStep {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SecondStep.class);
  private final TwoFactor twoFactor;
  private final LoginAttempts attempts;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
  private final SavedRequestAwareAuthenticationSuccessHandler afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();

  SecondStep(TwoFactor twoFactor, LoginAttempts attempts) {
    this.twoFactor = twoFactor;
    this.attempts = attempts;
    afterSignIn.setDefaultTargetUrl("/");
  }

  /** What a code brought. */
  public sealed interface Outcome {}

  public record SignedIn() implements Outcome {}

  public record Wrong() implements Outcome {}

  public record Wait(long seconds) implements Outcome {}

  /** The stored secret does not open with this installation's key: only an administrator can help. */
  public record Unreadable() implements Outcome {}

  /** No password step in this session (it expired, or the page was opened directly). */
  public record NotStarted() implements Outcome {}

  /** After the form sign-in: enrolled accounts go on to the code page, the others in as usual. */
  AuthenticationSuccessHandler successHandler() {
    return (request, response, auth) -> {
      if (auth.getPrincipal() instanceof AccountPrincipal p && p.secondFactor()) {
        save(new SecondFactorPending(auth), request, response);
        response.sendRedirect(request.getContextPath() + SecondFactorFilter.CODE_PAGE);
      } else {
        afterSignIn.onAuthenticationSuccess(request, response, auth);
      }
    };
  }

  public boolean pending() {
    return SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending;
  }

  /** Checks the code; when it is right, signs in and answers with the page first asked for (or the home page). */
  public Outcome complete(String code, HttpServletRequest request, HttpServletResponse response)
      throws IOException, jakarta.servlet.ServletException {
    if (!(SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending pending)) return new NotStarted();
    String name = "second-factor:" + pending.getName();
    String address = pending.passwordStep().getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : request.getRemoteAddr();
    Duration wait = attempts.wait(name, address);
    if (!wait.isZero()) return new Wait(new SignInDelayedException(wait).seconds());
    boolean right;
    try {
      right = twoFactor.verify(pending.account().currentUser().userId(), code);
    } catch (TwoFactor.SecretUnreadableException e) {
      log.error("second step of {} refused: {}", pending.getName(), e.getMessage());
      return new Unreadable();
    }
    if (!right) {
      attempts.failed(name, address);
      return new Wrong();
    }
    attempts.succeeded(name, address);
    SecondFactorAuthentication done = new SecondFactorAuthentication(pending.account());
    done.setDetails(pending.passwordStep().getDetails());
    request.changeSessionId();
    save(done, request, response);
    afterSignIn.onAuthenticationSuccess(request, response, done);
    return new SignedIn();
  }

  private void save(Authentication auth, HttpServletRequest request, HttpServletResponse response) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
  }
}
