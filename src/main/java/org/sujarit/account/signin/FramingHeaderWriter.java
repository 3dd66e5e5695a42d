package org.sujarit.account.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.sujarit.web.Framing;

/**
 * No framing, except by the one origin a page allowed through {@link Framing}: then the policy's
 * {@code frame-ancestors} names it and no {@code X-Frame-Options} is sent (it cannot name an origin).
 */
final class FramingHeaderWriter implements HeaderWriter {
  private final String policy;

  /** @param policy the content security policy, ending in {@code frame-ancestors 'none'} */
  FramingHeaderWriter(String policy) {
    if (!policy.endsWith("frame-ancestors 'none'")) throw new IllegalArgumentException(policy);
    this.policy = policy;
  }

  @Override
  public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
    Framing.allowed(request).ifPresentOrElse(
        origin -> response.setHeader("Content-Security-Policy",
            policy.substring(0, policy.length() - "'none'".length()) + "'self' " + origin),
        () -> response.setHeader("X-Frame-Options", "DENY"));
  }
}
