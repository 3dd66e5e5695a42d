package org.sujarit.risk.nogift;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.PlanItemId;
import org.sujarit.common.Json;
import org.sujarit.plan.WorkflowStamp;
import tools.jackson.core.type.TypeReference;

/** Stores the No Gift policy per year and the gift register. */
@Repository
class NoGiftRepository {
  private static final TypeReference<List<PlanItemId>> ITEMS = new TypeReference<>() {};

  private final JdbcClient jdbc;

  NoGiftRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<NoGiftPolicy> policy(OrganizationId org, FiscalYear year) {
    return jdbc.sql("select * from nogift_policy where organization_id = ? and fiscal_year = ?").params(org.value(), year.value())
        .query(NoGiftRepository::policy).optional();
  }

  /** Every organization's policy of the year. */
  List<NoGiftPolicy> policies(FiscalYear year) {
    return jdbc.sql("select * from nogift_policy where fiscal_year = ?").param(year.value()).query(NoGiftRepository::policy).list();
  }

  void save(NoGiftPolicy p) {
    NoGiftPolicy.Signature sig = p.signature();
    jdbc.sql("""
        insert into nogift_policy (organization_id, fiscal_year, announced_on, status, signed_on, signed_by, signed_at, signer_name,
          signer_position, activity_items, activity_note, updated_by, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
        on conflict (organization_id, fiscal_year) do update set announced_on = excluded.announced_on, status = excluded.status,
          signed_on = excluded.signed_on, signed_by = excluded.signed_by, signed_at = excluded.signed_at, signer_name = excluded.signer_name,
          signer_position = excluded.signer_position, activity_items = excluded.activity_items, activity_note = excluded.activity_note,
          updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
        .params(p.organizationId().value(), p.year().value(), date(p.announcedOn()), p.status().name(),
            sig == null ? null : date(sig.announcedOn()), sig == null ? null : sig.by(), sig == null ? null : Timestamp.from(sig.at()),
            sig == null ? null : sig.name(), sig == null ? null : sig.position(), Json.write(p.activities()), p.activityNote(), p.updated().by(),
            Timestamp.from(p.updated().at()))
        .update();
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  void insert(Gift g) {
    jdbc.sql("""
        insert into gift_record (id, organization_id, fiscal_year, direction, person, counterparty, description, occasion, value, given_on,
          decision, note, recorded_by, recorded_by_id, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(g.id(), g.organizationId().value(), g.year().value(), g.direction().name(), g.person(), g.counterparty(), g.description(),
            g.occasion(), g.value().amount(), Date.valueOf(g.on()), g.decision().name(), g.note(), g.recordedBy(), g.recordedById(),
            Timestamp.from(g.recordedAt()))
        .update();
  }

  /** The year's register in date order; {@code recordedBy} non-null: only that account's entries. */
  List<Gift> gifts(OrganizationId org, FiscalYear year, UUID recordedBy) {
    String sql = "select * from gift_record where organization_id = ? and fiscal_year = ?" + (recordedBy == null ? "" : " and recorded_by_id = ?")
        + " order by given_on, recorded_at";
    var spec = jdbc.sql(sql).param(org.value()).param(year.value());
    if (recordedBy != null) spec = spec.param(recordedBy);
    return spec.query(NoGiftRepository::gift).list();
  }

  boolean anyOf(OrganizationId org) {
    return jdbc.sql("select exists (select 1 from gift_record where organization_id = ?) or exists (select 1 from nogift_policy where organization_id = ?)")
        .params(org.value(), org.value()).query(Boolean.class).single();
  }

  /**
   * A row's signature columns describe the last signed announcement; a draft from before the sign step
   * may still hold a typed signer without {@code signed_on}, which is no signature.
   */
  private static NoGiftPolicy policy(ResultSet rs, int n) throws SQLException {
    Date signedOn = rs.getDate("signed_on");
    NoGiftPolicy.Signature signature = signedOn == null ? null : new NoGiftPolicy.Signature(signedOn.toLocalDate(), rs.getString("signed_by"),
        rs.getTimestamp("signed_at").toInstant(), rs.getString("signer_name"), rs.getString("signer_position"));
    Date announced = rs.getDate("announced_on");
    return new NoGiftPolicy(new OrganizationId(rs.getObject("organization_id", UUID.class)), FiscalYear.of(rs.getInt("fiscal_year")),
        announced == null ? null : announced.toLocalDate(), NoGiftPolicy.Status.valueOf(rs.getString("status")), signature,
        Json.MAPPER.readValue(rs.getString("activity_items"), ITEMS), rs.getString("activity_note"),
        new WorkflowStamp(rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()));
  }

  private static Gift gift(ResultSet rs, int n) throws SQLException {
    return new Gift(rs.getObject("id", UUID.class), new OrganizationId(rs.getObject("organization_id", UUID.class)),
        GiftDirection.valueOf(rs.getString("direction")), rs.getString("person"), rs.getString("counterparty"), rs.getString("description"),
        rs.getString("occasion"), Baht.of(rs.getBigDecimal("value")), rs.getDate("given_on").toLocalDate(),
        GiftDecision.valueOf(rs.getString("decision")), rs.getString("note"), rs.getString("recorded_by"),
        rs.getObject("recorded_by_id", UUID.class), rs.getTimestamp("recorded_at").toInstant());
  }
}
