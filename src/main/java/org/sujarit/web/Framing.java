package org.sujarit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Which other site may show this response in a frame. Pages are never framed unless the module that
 * answers the request allows one origin for it (the organization's own website, for an embeddable public
 * page); the security headers are written from this when the response is committed.
 */
public final class Framing {
  private static final String ATTRIBUTE = Framing.class.getName() + ".ancestor";

  private Framing() {}

  /** @param origin a checked origin such as {@code https://www.example.go.th}, never user text as typed */
  public static void allow(HttpServletRequest request, String origin) {
    request.setAttribute(ATTRIBUTE, origin);
  }

  public static Optional<String> allowed(HttpServletRequest request) {
    return Optional.ofNullable((String) request.getAttribute(ATTRIBUTE));
  }
}
