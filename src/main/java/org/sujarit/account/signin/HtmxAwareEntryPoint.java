package org.sujarit.account.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Pages redirect to the login page; an htmx request whose session has expired gets 401 instead, so
 * the page can ask the user to sign in again in a dialog and resend the edit without losing it.
 */
final class HtmxAwareEntryPoint implements AuthenticationEntryPoint {
  private final LoginUrlAuthenticationEntryPoint pages;

  HtmxAwareEntryPoint(String loginUrl) {
    this.pages = new LoginUrlAuthenticationEntryPoint(loginUrl);
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException, jakarta.servlet.ServletException {
    if ("true".equals(request.getHeader("HX-Request"))) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("HX-Trigger", "sessionExpired");
      return;
    }
    pages.commence(request, response, e);
  }
}
