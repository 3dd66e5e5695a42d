package org.sujarit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

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
    String message = messages.get("error.too-large.limit", maxBytes / (1024 * 1024));
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.setContentType("application/problem+json");
      response.getWriter().write("{\"status\":413,\"title\":\"Content Too Large\",\"code\":\"too-large\",\"detail\":\""
          + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    } else {
      response.setContentType("text/html");
      String title = HtmlUtils.htmlEscape(messages.get("error.heading.413"));
      response.getWriter().write("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title></head>"
          + "<body style=\"font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem\"><h1>" + title + "</h1><p>"
          + HtmlUtils.htmlEscape(message) + "</p><p><a href=\"javascript:history.back()\">" + HtmlUtils.htmlEscape(messages.get("error.go-back"))
          + "</a> · <a href=\"" + request.getContextPath() + "/\">" + HtmlUtils.htmlEscape(messages.get("error.back")) + "</a></p></body></html>");
    }
  }
}
