package org.sujarit.publication.embed;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code organization_site}: each organization's own website origin. */
@Repository
class OrganizationSiteRepository {
  private final JdbcClient jdbc;

  OrganizationSiteRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<SiteOrigin> find(UUID organization) {
    return jdbc.sql("select origin from organization_site where organization_id = ?").param(organization)
        .query(String.class).optional().map(SiteOrigin::new);
  }

  void save(UUID organization, SiteOrigin origin, String by, Instant at) {
    jdbc.sql("""
        insert into organization_site (organization_id, origin, set_by, set_at) values (?, ?, ?, ?)
        on conflict (organization_id) do update set origin = excluded.origin, set_by = excluded.set_by, set_at = excluded.set_at
        """).params(organization, origin.value(), by, Timestamp.from(at)).update();
  }

  void delete(UUID organization) {
    jdbc.sql("delete from organization_site where organization_id = ?").param(organization).update();
  }
}
