package org.sujarit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * The database failing inside a filter — the password check of a sign-in (form, basic), a JDBC session
 * that cannot be loaded or saved — reaches no {@link ErrorHandling}: answered here, ahead of the session
 * and security filters, with the same Thai 503 and Retry-After instead of a 500 or "wrong password".
 */
final class DatabaseOutageFilter extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
  private final Messages messages;
  private final LocaleResolver locales;

  DatabaseOutageFilter(Messages messages, LocaleResolver locales) {
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException | IOException e) {
      if (!ErrorHandling.databaseFailure(e) || response.isCommitted()) throw e;
      log.warn("database unavailable on {} {} (filter): {}", request.getMethod(), request.getRequestURI(), e.getMessage());
      response.resetBuffer();
      response.setHeader("Retry-After", ErrorHandling.RETRY_AFTER);
      LocaleContextHolder.setLocale(locales.resolveLocale(request));
      try {
        FilterAnswer.write(request, response, messages, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "database-unavailable",
            messages.get("error.database-unavailable"));
        // an error page rendered before (the controller met the outage, then the session could not be saved) leaves
        // the exception in the request, and Tomcat's error valve turns an uncommitted answer with one into its own 500
        WebUtils.clearErrorRequestAttributes(request);
        response.flushBuffer();
      } finally {
        LocaleContextHolder.resetLocaleContext();
      }
    }
  }
}
