package org.sujarit.complaint.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The complainants' pages and API are never cached (a shared computer keeps no copy of a receipt or a
 * case) and send no referrer to wherever a link leads. Set before the handler runs, so Spring
 * Security's defaults, which only fill in missing headers, leave them as they are.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageHeaders implements WebMvcConfigurer, HandlerInterceptor {
  static final String[] PATHS = {"/o/*/complaints/**", "/o/*/report-corruption", "/api/public/**"};

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns(PATHS);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("Referrer-Policy", "no-referrer");
    return true;
  }
}
