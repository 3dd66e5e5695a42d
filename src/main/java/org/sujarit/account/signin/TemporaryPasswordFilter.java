package org.sujarit.account.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.sujarit.web.Messages;

/**
 * Someone signed in with a password an administrator handed out may only choose their own: pages
 * redirect to the password form, the API answers 403 until then. Public pages stay open.
 */
final class TemporaryPasswordFilter extends OncePerRequestFilter {
  private static final String FORM = "/account/password";
  private static final AntPathMatcher PATHS = new AntPathMatcher();
  private static final List<String> ALLOWED = java.util.stream.Stream.concat(
      java.util.stream.Stream.of(FORM, "/logout"), java.util.Arrays.stream(SecurityConfiguration.PUBLIC)).toList();

  private final SignInAccounts accounts;
  private final Messages messages;

  TemporaryPasswordFilter(SignInAccounts accounts, Messages messages) {
    this.accounts = accounts;
    this.messages = messages;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    // the database is asked only for sessions that began with a temporary password, until it is changed
    if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p && p.signedInWithTemporaryPassword()
        && ALLOWED.stream().noneMatch(a -> PATHS.match(a, path)) && accounts.holdsTemporaryPassword(p.currentUser().userId())) {
      refuse(request, response, path);
      return;
    }
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
    if (!path.startsWith("/api/")) {
      response.sendRedirect(request.getContextPath() + FORM + "?temporary");
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/problem+json");
    response.getWriter().write("{\"status\":403,\"title\":\"Forbidden\",\"code\":\"password.temporary\",\"detail\":\""
        + messages.get("password.temporary").replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
  }
}
