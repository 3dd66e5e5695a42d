package org.sujarit.publication.embed;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Permission;
import org.sujarit.audit.AuditEvent;
import org.sujarit.organization.Organization;

/** Each organization's own website, set by whoever publishes its plan (the administrator or the plan officer). */
@Service
public class OrganizationSites {
  private final OrganizationSiteRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  OrganizationSites(OrganizationSiteRepository repository, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.events = events;
    this.clock = clock;
  }

  public Optional<SiteOrigin> of(Organization org) {
    return repository.find(org.id().value());
  }

  /** Sets the site from what the officer typed, or removes it when the text is blank; audited. */
  @Transactional
  public Optional<SiteOrigin> set(CurrentUser user, Organization org, String typed) {
    user.require(Permission.PUBLISH_PLAN, org.scope());
    Optional<SiteOrigin> before = of(org);
    Optional<SiteOrigin> after = typed == null || typed.isBlank() ? Optional.empty() : Optional.of(SiteOrigin.parse(typed));
    if (before.equals(after)) return after;
    if (after.isEmpty()) repository.delete(org.id().value());
    else repository.save(org.id().value(), after.get(), user.username(), clock.instant());
    events.publishEvent(new AuditEvent(user.username(), org.id().value(), "organization-site", org.id().toString(),
        after.isEmpty() ? "remove" : "set", json(before), json(after)));
    return after;
  }

  private static String json(Optional<SiteOrigin> site) {
    // an origin holds no quote or backslash (SiteOrigin admits none)
    return site.map(s -> "{\"origin\":\"" + s.value() + "\"}").orElse(null);
  }
}
