package org.sujarit.publication.embed;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Permission;
import org.sujarit.audit.AuditEvent;
import org.sujarit.organization.Organization;

/** Each organization's own website, set by whoever publishes its plan (the administrator or the plan officer). */
@Service
public class OrganizationSites {
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  OrganizationSites(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  public Optional<SiteOrigin> of(Organization org) {
    return jdbc.sql("select origin from organization_site where organization_id = ?").param(org.id().value())
        .query(String.class).optional().map(SiteOrigin::new);
  }

  /** Sets the site from what the officer typed, or removes it when the text is blank; audited. */
  @Transactional
  public Optional<SiteOrigin> set(CurrentUser user, Organization org, String typed) {
    user.require(Permission.PUBLISH_PLAN, org.scope());
    Optional<SiteOrigin> before = of(org);
    Optional<SiteOrigin> after = typed == null || typed.isBlank() ? Optional.empty() : Optional.of(SiteOrigin.parse(typed));
    if (before.equals(after)) return after;
    if (after.isEmpty()) {
      jdbc.sql("delete from organization_site where organization_id = ?").param(org.id().value()).update();
    } else {
      jdbc.sql("""
          insert into organization_site (organization_id, origin, set_by, set_at) values (?, ?, ?, ?)
          on conflict (organization_id) do update set origin = excluded.origin, set_by = excluded.set_by, set_at = excluded.set_at
          """).params(org.id().value(), after.get().value(), user.username(), Timestamp.from(clock.instant())).update();
    }
    events.publishEvent(new AuditEvent(user.username(), org.id().value(), "organization-site", org.id().toString(),
        after.isEmpty() ? "remove" : "set", json(before), json(after)));
    return after;
  }

  private static String json(Optional<SiteOrigin> site) {
    // an origin holds no quote or backslash (SiteOrigin admits none)
    return site.map(s -> "{\"origin\":\"" + s.value() + "\"}").orElse(null);
  }
}
