package org.sujarit.publication.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.sujarit.publication.PublicFiles;
import org.sujarit.publication.PublicOrganizations.OrganizationMoved;
import org.sujarit.publication.PublicPaths;

/** Any public page under a former code answers 301 to the same page, with the same query, under the current code. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MovedOrganizations {

  @ExceptionHandler(OrganizationMoved.class)
  ResponseEntity<Void> moved(OrganizationMoved moved, HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String rest = path.replaceFirst("^/o/[^/]+", "");
    String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
    return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
        .location(URI.create(request.getContextPath() + PublicPaths.organization(moved.code()) + rest + query))
        .cacheControl(PublicFiles.CACHE).build();
  }
}
