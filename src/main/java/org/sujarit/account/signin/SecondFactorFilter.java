package org.sujarit.account.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.sujarit.web.Messages;

/**
 * An account with a second factor is signed in only by password and code: half way, only the code
 * page (and signing out) opens; a password alone through HTTP Basic is refused with 401, since the
 * API has no place for a code (API clients use an account without a second factor).
 */
final class SecondFactorFilter extends OncePerRequestFilter {
  static final String CODE_PAGE = "/login/code";
  private static final AntPathMatcher PATHS = new AntPathMatcher();
  private static final List<String> ALLOWED = Stream.concat(Stream.of(CODE_PAGE, "/logout"), Stream.of(SecurityConfiguration.PUBLIC)).toList();

  private final Messages messages;

  SecondFactorFilter(Messages messages) {
    this.messages = messages;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = path.startsWith("/api/");
    if (auth instanceof SecondFactorPending && ALLOWED.stream().noneMatch(a -> PATHS.match(a, path))) {
      if (api) refuse(response);
      else response.sendRedirect(request.getContextPath() + CODE_PAGE);
      return;
    }
    if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p && p.secondFactor() && !(auth instanceof SecondFactorAuthentication)) {
      SecurityContextHolder.clearContext();
      if (api) refuse(response);
      else response.sendRedirect(request.getContextPath() + "/login");
      return;
    }
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/problem+json");
    response.getWriter().write("{\"status\":401,\"title\":\"Unauthorized\",\"code\":\"two-factor.api\",\"detail\":\""
        + messages.get("two-factor.api").replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
  }
}
