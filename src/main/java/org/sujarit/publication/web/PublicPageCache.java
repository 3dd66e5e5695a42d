package org.sujarit.publication.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.sujarit.database.ChangeBroadcast;
import org.sujarit.database.ChangeReceived;
import org.sujarit.organization.OrganizationCodeChanged;
import org.sujarit.organization.OrganizationRegistered;
import org.sujarit.plan.PlanPublished;
import org.sujarit.publication.site.PublicSite;

/**
 * Keeps the rendered index and plan pages of the public site, which change only when a version is
 * published or an organization's code changes: then every kept page is dropped on this node, and on the
 * other nodes when the change commits ({@link ChangeBroadcast}).
 * A page is kept per address and per the reader's language and digit cookies, never with a cookie of its own.
 * It sits outside the ETag filter and keeps the ETag that filter gave the page, so that a kept page is
 * written (or answered 304) without being copied or hashed again.
 */
class PublicPageCache extends OncePerRequestFilter {
  static final Duration KEPT = Duration.ofMinutes(5);
  private static final int MAX_PAGES = 2_000;
  private static final Pattern CACHED = Pattern.compile("/o/?|/o/[^/]+/plans/[^/]+/\\d{1,4}(/part3)?|/o/[^/]+/\\d{4}/plan");
  private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY, HttpHeaders.LAST_MODIFIED,
      HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.ETAG);

  private record Page(String contentType, Map<String, String> headers, byte[] body, Instant until) {}

  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Clock clock;

  PublicPageCache(Clock clock) {
    this.clock = clock;
  }

  void clear() {
    pages.clear();
  }

  /**
   * Drops the kept pages and the site's directory of publishing organizations, on this node after the
   * change committed and on the others through a broadcast sent with the change's transaction. Kept apart
   * from the filter, which must not be proxied (the listeners are, to record their events' completion).
   * With a read replica the pages are dropped once more after {@code replicaLag}: a page rendered in
   * between may have been read from a replica that had not yet replayed the change.
   */
  static class Invalidation {
    static final String TOPIC = "public-site";
    private final PublicPageCache cache;
    private final PublicSite site;
    private final ApplicationEventPublisher events;
    private final Duration replicaLag;
    private final ScheduledExecutorService later;

    Invalidation(PublicPageCache cache, PublicSite site, ApplicationEventPublisher events, Duration replicaLag) {
      this.cache = cache;
      this.site = site;
      this.events = events;
      this.replicaLag = replicaLag;
      this.later = replicaLag.isZero() ? null : Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "public-page-cache");
        t.setDaemon(true);
        return t;
      });
    }

    /** Within the changing transaction, so that the other nodes hear of it when (and only if) it commits. */
    @EventListener({PlanPublished.class, OrganizationCodeChanged.class, OrganizationRegistered.class})
    void tellOtherNodes() {
      events.publishEvent(new ChangeBroadcast(TOPIC, null));
    }

    @EventListener
    void on(ChangeReceived change) {
      if (change.concerns(TOPIC)) forget();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PlanPublished event) {
      forget();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrganizationCodeChanged event) {
      forget();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrganizationRegistered event) {
      forget();
    }

    private void forget() {
      site.forgetDirectory();
      cache.clear();
      if (later != null) {
        later.schedule(() -> {
          site.forgetDirectory();
          cache.clear();
        }, replicaLag.toMillis(), TimeUnit.MILLISECONDS);
      }
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getMethod().equals("GET")
        || !CACHED.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = key(request);
    Instant now = clock.instant();
    Page kept = pages.get(key);
    if (kept != null && kept.until().isAfter(now)) {
      kept.headers().forEach(response::setHeader);
      String etag = kept.headers().get(HttpHeaders.ETAG);
      String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
      if (asked != null && etag != null && (asked.contains(etag) || asked.contains("W/" + etag))) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return;
      }
      response.setContentType(kept.contentType());
      response.setContentLength(kept.body().length);
      response.getOutputStream().write(kept.body());
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    if (wrapper.getStatus() == 200 && !wrapper.getHeaderNames().contains(HttpHeaders.SET_COOKIE) && wrapper.getContentType() != null) {
      if (pages.size() >= MAX_PAGES) pages.clear();
      Map<String, String> headers = new java.util.LinkedHashMap<>();
      for (String h : KEPT_HEADERS) if (wrapper.getHeader(h) != null) headers.put(h, wrapper.getHeader(h));
      pages.put(key, new Page(wrapper.getContentType(), headers, wrapper.getContentAsByteArray(), now.plus(KEPT)));
    }
    wrapper.copyBodyToResponse();
  }

  private static String key(HttpServletRequest request) {
    // the host too: pages hold absolute links built from it
    StringBuilder key = new StringBuilder(request.getServerName()).append(':').append(request.getServerPort()).append(request.getRequestURI()).append('?').append(request.getQueryString() == null ? "" : request.getQueryString());
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (c.getName().equals("sujarit-lang") || c.getName().equals("sujarit-digits")) key.append('|').append(c.getName()).append('=').append(c.getValue());
      }
    }
    return key.toString();
  }
}
