package org.sujarit.account.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** Replaces the content security policy on the API documentation pages only. */
final class ApiDocsCspWriter implements HeaderWriter {
  private final RequestMatcher matcher;
  private final String policy;

  ApiDocsCspWriter(RequestMatcher matcher, String policy) {
    this.matcher = matcher;
    this.policy = policy;
  }

  @Override
  public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
    if (matcher.matches(request)) response.setHeader("Content-Security-Policy", policy);
  }
}
