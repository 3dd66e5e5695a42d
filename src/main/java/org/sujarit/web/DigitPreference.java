package org.sujarit.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Whether numbers show in Thai digits (๑๒๓) or Arabic digits (123): {@code ?digits=thai|arabic},
 * remembered in a cookie, available to templates through {@link Formats}.
 */
final class DigitPreference {
  static final String COOKIE = "sujarit-digits";
  static final String ATTRIBUTE = DigitPreference.class.getName();

  private DigitPreference() {}

  static boolean thai(HttpServletRequest request) {
    return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
  }

  static final class Interceptor implements HandlerInterceptor {
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
      String param = request.getParameter("digits");
      boolean thai;
      if ("thai".equals(param) || "arabic".equals(param)) {
        thai = "thai".equals(param);
        Cookie c = new Cookie(COOKIE, param);
        c.setPath("/");
        c.setMaxAge(365 * 24 * 3600);
        c.setHttpOnly(true);
        response.addCookie(c);
      } else {
        thai = false;
        if (request.getCookies() != null) {
          for (Cookie c : request.getCookies()) if (COOKIE.equals(c.getName())) thai = "thai".equals(c.getValue());
        }
      }
      request.setAttribute(ATTRIBUTE, thai);
      return true;
    }
  }
}
