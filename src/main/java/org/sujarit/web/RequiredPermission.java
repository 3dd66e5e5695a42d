package org.sujarit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.sujarit.access.AccessRefusedException;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Requires;

/**
 * Checks an endpoint's {@link Requires} before its arguments are resolved: the body of a request from a
 * role without the right is never read, so the answer is 403, not a 400 about the body.
 */
final class RequiredPermission implements HandlerInterceptor {

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) return true;
    Requires requires = method.getMethodAnnotation(Requires.class);
    if (requires == null) return true;
    CurrentUsers.find().ifPresent(user -> {
      if (!user.mayAnywhere(requires.value())) throw new AccessRefusedException(requires.value());
    });
    return true;
  }
}
