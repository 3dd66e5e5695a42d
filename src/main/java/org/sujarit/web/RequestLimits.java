package org.sujarit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses a request whose declared body is larger than the installation takes, before any other
 * filter reads it (Spring Security's CSRF check would parse the multipart body and fail with a 500):
 * 413 with a Thai problem document for the API, a Thai page for the browser.
 */
final class RequestLimits extends OncePerRequestFilter {
  private final long maxBytes;
  private final Messages messages;
  private final LocaleResolver locales;

  RequestLimits(long maxBytes, Messages messages, LocaleResolver locales) {
    this.maxBytes = maxBytes;
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() <= maxBytes) {
      chain.doFilter(request, response);
      return;
    }
    // ahead of the DispatcherServlet: the user's language is not set yet
    LocaleContextHolder.setLocale(locales.resolveLocale(request));
    try {
      refuse(request, response);
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    FilterAnswer.write(request, response, messages, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too-large",
        messages.get("error.too-large.limit", maxBytes / (1024 * 1024)));
  }
}
