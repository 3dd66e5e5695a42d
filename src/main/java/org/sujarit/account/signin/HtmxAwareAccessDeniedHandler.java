package org.sujarit.account.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * An htmx edit sent after the session expired carries a CSRF token the server no longer knows, and
 * the CSRF check refuses it before any sign-in is asked for. Such a request gets 401, as from
 * {@link HtmxAwareEntryPoint}, so that the page keeps the edit and resends it after signing in again;
 * a signed-in user with a bad token still gets 403.
 */
final class HtmxAwareAccessDeniedHandler implements AccessDeniedHandler {
  private final AccessDeniedHandler others = new AccessDeniedHandlerImpl();

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException, ServletException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    boolean signedOut = auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
    if (signedOut && "true".equals(request.getHeader("HX-Request"))) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("HX-Trigger", "sessionExpired");
      return;
    }
    others.handle(request, response, e);
  }
}
