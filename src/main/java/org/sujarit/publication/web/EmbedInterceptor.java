package org.sujarit.publication.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.Organization;
import org.sujarit.publication.Embeddable;
import org.sujarit.publication.PublicOrganizations;
import org.sujarit.publication.PublicOrganizations.OrganizationMoved;
import org.sujarit.publication.embed.OrganizationSites;
import org.sujarit.web.Framing;

/**
 * Gives every {@link Embeddable} page its absolute link and embed link (shown for copying), and with
 * {@code ?embed=1} draws it for a frame that only the organization's own website may hold.
 */
@Component
class EmbedInterceptor implements HandlerInterceptor {
  static final String PARAMETER = "embed";

  private final PublicOrganizations organizations;
  private final OrganizationSites sites;
  private final PublicBase base;

  EmbedInterceptor(PublicOrganizations organizations, OrganizationSites sites, PublicBase base) {
    this.organizations = organizations;
    this.sites = sites;
    this.base = base;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (embedded(request, handler)) {
      Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
      String code = vars instanceof Map<?, ?> m && m.get("code") instanceof String s ? s : null;
      try {
        Organization org = organizations.resolve(code);
        sites.of(org).ifPresent(site -> Framing.allow(request, site.value()));
      } catch (RuleViolation | OrganizationMoved e) {
        // the page's own controller answers with the 404 page or the redirect, framed by nobody
      }
    }
    return true;
  }

  @Override
  public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
    if (mav == null || !embeddable(handler) || mav.getViewName() == null || mav.getViewName().startsWith("redirect:")) return;
    String link = base.get() + request.getRequestURI().substring(request.getContextPath().length());
    mav.addObject("pageLink", link);
    mav.addObject("embedLink", link + "?" + PARAMETER + "=1");
    mav.addObject("embedded", embedded(request, handler));
  }

  private static boolean embedded(HttpServletRequest request, Object handler) {
    return embeddable(handler) && request.getParameter(PARAMETER) != null;
  }

  private static boolean embeddable(Object handler) {
    return handler instanceof HandlerMethod h && h.hasMethodAnnotation(Embeddable.class);
  }
}
