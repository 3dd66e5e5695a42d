package org.sujarit.oversight.readmodel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.organization.OrganizationKind;
import org.sujarit.oversight.figures.Figures;
import org.sujarit.oversight.figures.IntegrityFigures;
import org.sujarit.oversight.figures.MissionFigures;
import org.sujarit.oversight.figures.OrganizationRow;
import org.sujarit.oversight.figures.RoundFigures;
import org.sujarit.oversight.figures.Summary;

/**
 * The oversight figures as SQL over the read-model tables: every figure set is one aggregate
 * ({@link #FIGURES}) grouped by province or organization over the organizations a condition selects.
 * Parameters: {@code cycle}, {@code year}, {@code now} (timestamp), {@code today} (Bangkok date) and
 * those of the condition.
 */
@Repository
class OversightQueries {
  /**
   * Aggregates the figure set per {@code %1$s} (the grouping key) over organizations matching {@code %2$s};
   * {@code %5$s} joins their items and budget as {@code m}.
   */
  private static final String FIGURES = """
      select %1$s as key, count(*) as organizations,
        count(*) filter (where p.status is null) as no_plan,
        count(*) filter (where p.status in ('DRAFT', 'SUBMITTED')) as draft,
        count(*) filter (where p.status = 'APPROVED') as approved,
        count(*) filter (where p.status = 'PUBLISHED') as published,
        count(*) filter (where p.status in ('APPROVED', 'PUBLISHED') and p.approved_at < p.due_at) as on_time,
        coalesce(sum(m.items), 0) as items, coalesce(sum(m.budget), 0) as budget,
        %3$s, %4$s,
        coalesce(sum(oc.received), 0) as c_received, coalesce(sum(oc.finished), 0) as c_finished,
        coalesce(sum(oc.closed), 0) as c_closed,
        coalesce(sum((select count(*) from unnest(oc.open_due) d where d < :today)), 0) as c_overdue,
        count(*) filter (where r.status = 'APPROVED') as r_approved, count(*) filter (where r.status = 'DRAFT') as r_draft,
        count(*) filter (where r.acknowledged) as r_acknowledged,
        coalesce(sum(r.risks) filter (where r.status = 'APPROVED'), 0) as r_risks,
        coalesce(sum(r.untreated), 0) as r_untreated, count(*) filter (where r.untreated > 0) as r_with_untreated,
        count(i.organization_id) as i_organizations, coalesce(sum(i.items), 0) as i_items, coalesce(sum(i.ready), 0) as i_ready,
        count(*) filter (where ng.announced_on <= :today) as n_announced
      from oversight_organization o
      left join oversight_plan p on p.organization_id = o.organization_id and p.framework_code = :cycle
      %5$s
      left join oversight_round h on h.organization_id = o.organization_id and h.framework_code = :cycle and h.fiscal_year = :year
        and h.round = 'HALF_YEAR'
      left join oversight_round f on f.organization_id = o.organization_id and f.framework_code = :cycle and f.fiscal_year = :year
        and f.round = 'FULL_YEAR'
      left join oversight_complaint oc on oc.organization_id = o.organization_id and oc.fiscal_year = :year
      left join oversight_risk r on r.organization_id = o.organization_id and r.fiscal_year = :year
      left join oversight_ita i on i.organization_id = o.organization_id and i.fiscal_year = :year
      left join oversight_nogift ng on ng.organization_id = o.organization_id and ng.fiscal_year = :year
      where %2$s
      group by 1""";
  /**
   * Items and budget per organization: for the whole country one grouped pass over the year's missions
   * (a hash join), for fewer organizations an index look-up each (measured on the national set: 170 against
   * 260 ms for the country, 8 against 160 ms for a province).
   */
  private static final String MISSIONS_OF_ALL = """
      left join (select organization_id, sum(items) as items, sum(budget) as budget from oversight_mission mm
                 where mm.framework_code = :cycle and mm.fiscal_year = :year group by organization_id) m
        on m.organization_id = o.organization_id""";
  private static final String MISSIONS_OF_EACH = """
      left join lateral (select sum(items) as items, sum(budget) as budget from oversight_mission mm
                 where mm.framework_code = :cycle and mm.fiscal_year = :year and mm.organization_id = o.organization_id) m on true""";
  private static final String ROUND = """
      count(%1$s.organization_id) as %1$s_expected,
      count(*) filter (where %1$s.reported > 0) as %1$s_reported,
      count(*) filter (where %1$s.reported > 0 and %1$s.last_reported_at < %1$s.due_at) as %1$s_on_time,
      count(*) filter (where %1$s.reported > 0 and %1$s.accepted = %1$s.reported) as %1$s_accepted,
      count(*) filter (where %1$s.acknowledged_at is not null) as %1$s_acknowledged,
      count(*) filter (where %1$s.acknowledged_at is null and %1$s.due_at <= :now) as %1$s_overdue,
      coalesce(sum(%1$s.items), 0) as %1$s_items, coalesce(sum(%1$s.done), 0) as %1$s_done,
      coalesce(sum(%1$s.planned), 0) as %1$s_planned, coalesce(sum(%1$s.spent), 0) as %1$s_spent""";

  private final JdbcClient jdbc;

  OversightQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The figure set per {@code key} (an SQL expression over {@code o}) of the organizations matching {@code where}. */
  Map<String, Figures> figures(String key, String where, Map<String, Object> params) {
    Map<String, Figures> out = new LinkedHashMap<>();
    String missions = where.equals("true") ? MISSIONS_OF_ALL : MISSIONS_OF_EACH;
    jdbc.sql(FIGURES.formatted(key, where, ROUND.formatted("h"), ROUND.formatted("f"), missions)).params(params)
        .query((ResultSet rs) -> {
          out.put(rs.getString("key"), new Figures(rs.getInt("organizations"), rs.getInt("no_plan"), rs.getInt("draft"),
              rs.getInt("approved"), rs.getInt("published"), rs.getInt("on_time"), rs.getLong("items"), rs.getBigDecimal("budget"),
              round(rs, "h"), round(rs, "f"), integrity(rs)));
        });
    return out;
  }

  /** The organizations matching {@code where} with their figures, in Thai name order. */
  List<OrganizationRow> rows(String where, Map<String, Object> params) {
    Map<String, Figures> figures = figures("o.organization_id::text", where, params);
    return jdbc.sql("""
        select o.organization_id, o.name, o.kind, o.province, o.code, p.status, p.plan_id, p.approved_at,
          (p.status in ('APPROVED', 'PUBLISHED') and p.approved_at < p.due_at) as on_time
        from oversight_organization o
        left join oversight_plan p on p.organization_id = o.organization_id and p.framework_code = :cycle
        where %s order by o.name""".formatted(where))
        .params(params)
        .query((rs, n) -> new OrganizationRow(rs.getObject(1, UUID.class), rs.getString(2), OrganizationKind.parse(rs.getString(3)),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class), instant(rs, 8), rs.getBoolean(9),
            figures.getOrDefault(rs.getString(1), Figures.EMPTY)))
        .list();
  }

  List<MissionFigures> missions(String where, Map<String, Object> params) {
    return jdbc.sql("""
        select m.mission_code, sum(m.items), sum(m.budget) from oversight_mission m
        join oversight_organization o on o.organization_id = m.organization_id
        where m.framework_code = :cycle and m.fiscal_year = :year and %s
        group by 1 order by string_to_array(m.mission_code, '.')::int[]""".formatted(where))
        .params(params)
        .query((rs, n) -> new MissionFigures(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3)))
        .list();
  }

  /**
   * How current the read model is. Its listeners record each change they have still to apply in the
   * event publication registry, so the oldest incomplete one there is the age of the figures.
   */
  Summary.Freshness freshness(Instant now) {
    return jdbc.sql("""
        select (select rebuilt_at from oversight_state), count(*), min(publication_date) from event_publication
        where completion_date is null and listener_id like 'org.sujarit.oversight.%'""")
        .query((rs, n) -> {
          Instant rebuilt = instant(rs, 1);
          int pending = rs.getInt(2);
          Instant oldest = instant(rs, 3);
          Instant asOf = rebuilt == null ? null : oldest != null ? oldest : now;
          return new Summary.Freshness(asOf, pending, rebuilt);
        }).single();
  }

  private static RoundFigures round(ResultSet rs, String p) throws SQLException {
    return new RoundFigures(rs.getInt(p + "_expected"), rs.getInt(p + "_reported"), rs.getInt(p + "_on_time"),
        rs.getInt(p + "_accepted"), rs.getInt(p + "_acknowledged"), rs.getInt(p + "_overdue"), rs.getLong(p + "_items"),
        rs.getLong(p + "_done"), rs.getBigDecimal(p + "_planned"), rs.getBigDecimal(p + "_spent"));
  }

  private static IntegrityFigures integrity(ResultSet rs) throws SQLException {
    return new IntegrityFigures(rs.getInt("c_received"), rs.getInt("c_finished"), rs.getInt("c_closed"), rs.getInt("c_overdue"),
        rs.getInt("r_approved"), rs.getInt("r_draft"), rs.getInt("r_acknowledged"), rs.getInt("r_risks"), rs.getInt("r_untreated"),
        rs.getInt("r_with_untreated"), rs.getInt("i_organizations"), rs.getLong("i_items"), rs.getLong("i_ready"), rs.getInt("n_announced"));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
