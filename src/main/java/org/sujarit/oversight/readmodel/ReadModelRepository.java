package org.sujarit.oversight.readmodel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundDeadlines;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.OrganizationId;
import org.sujarit.oversight.figures.OversightRules;
import org.sujarit.publication.ItaReadiness;

/**
 * The statements that fill the oversight tables from the owners' tables, for one organization or (org
 * null) all. Due dates come from {@link OversightRules}, set once per distinct year and deadline rather
 * than per row.
 */
@Repository
public class ReadModelRepository {
  private static final String ORG = "(cast(:org as uuid) is null or %s = cast(:org as uuid))";

  /**
   * An item runs in a fiscal year when it states a budget or quarters for it, or states neither for
   * any year: monitoring's {@code ProgressFigures.inYear}, in SQL.
   */
  private static final String IN_YEAR = "(i.budget = '{}'::jsonb and i.quarters = '{}'::jsonb) or jsonb_exists(i.budget, y.fy::text)"
      + " or jsonb_array_length(coalesce(i.quarters -> y.fy::text, '[]'::jsonb)) > 0";

  /** The Buddhist-era fiscal year (from 1 October) of a date column: {@code FiscalYear.containing}, in SQL. */
  private static final String FISCAL_YEAR = "(extract(year from %s + interval '3 months')::int + 543)";

  private static final String[] TABLES = {"oversight_round", "oversight_mission", "oversight_plan", "oversight_complaint",
      "oversight_risk", "oversight_ita", "oversight_nogift", "oversight_organization"};

  /** Held (per transaction) by the node rebuilding; the others skip rather than rebuild again behind it. */
  private static final long REBUILD_LOCK = 70701;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  ReadModelRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** Recomputes the plan, round, complaint, risk and No Gift rows (untreated risks and ITA evidence are left to the caller). */
  void refresh(UUID org, Instant now) {
    // listeners run concurrently (an organization's registration and its plan's publication): one
    // refresh at a time, or both delete nothing and both insert the same row
    jdbc.sql("select pg_advisory_xact_lock(70700)").query().singleValue();
    for (String table : TABLES) {
      jdbc.sql("delete from " + table + " where " + ORG.formatted("organization_id")).param("org", org).update();
    }
    jdbc.sql("insert into oversight_organization (organization_id, name, kind, province, code) "
        + "select id, name, kind, province, code from organization where " + ORG.formatted("id")).param("org", org).update();
    plans(org, now);
    missions(org);
    rounds(org);
    complaints(org);
    risks(org);
    noGift(org);
  }

  private void plans(UUID org, Instant now) {
    jdbc.sql("""
        insert into oversight_plan (organization_id, framework_code, plan_id, version, status, first_year, last_year,
          approved_at, published_at, items, refreshed_at)
        select organization_id, framework_code, plan_id, version, status, first_year, last_year, approved_at, published_at,
          (select count(*) from plan_item i where i.plan_id = c.plan_id and i.version = c.version), :now
        from (
          select p.organization_id, v.framework_code, v.plan_id, v.version, v.status, v.first_year, v.last_year,
            min(v.approved_at) over (partition by v.plan_id) as approved_at,
            min(v.published_at) over (partition by v.plan_id) as published_at,
            row_number() over (partition by p.organization_id, v.framework_code
              order by (v.status in ('APPROVED', 'PUBLISHED')) desc, p.created_at desc, v.version desc) as rank
          from plan p join plan_version v on v.plan_id = p.id
          where %s) c
        where rank = 1""".formatted(ORG.formatted("p.organization_id")))
        .param("org", org).param("now", Timestamp.from(now)).update();
    for (Integer year : jdbc.sql("select distinct first_year from oversight_plan where due_at is null").query(Integer.class).list()) {
      jdbc.sql("update oversight_plan set due_at = ? where due_at is null and first_year = ?")
          .params(Timestamp.from(OversightRules.planDue(year)), year).update();
    }
  }

  private void missions(UUID org) {
    jdbc.sql("""
        insert into oversight_mission (organization_id, framework_code, fiscal_year, mission_code, items, budget)
        select c.organization_id, c.framework_code, y.fy, i.mission_code, count(*),
          coalesce(sum((i.budget ->> y.fy::text)::numeric), 0)
        from oversight_plan c join plan_item i on i.plan_id = c.plan_id and i.version = c.version
        cross join lateral generate_series(c.first_year, c.last_year) y(fy)
        where %s and (%s)
        group by 1, 2, 3, 4""".formatted(ORG.formatted("c.organization_id"), IN_YEAR)).param("org", org).update();
  }

  private void rounds(UUID org) {
    MonthDay half = RoundDeadlines.DEFAULT.halfYear();
    MonthDay full = RoundDeadlines.DEFAULT.fullYear();
    jdbc.sql("""
        insert into oversight_round (organization_id, framework_code, fiscal_year, round, deadline_month, deadline_day, items,
          reported, accepted, done, planned, spent, last_reported_at, acknowledged_at)
        select c.organization_id, c.framework_code, y.fy, k.round,
          case when k.round = 'HALF_YEAR' then coalesce(d.half_year_month, :hm) else coalesce(d.full_year_month, :fm) end,
          case when k.round = 'HALF_YEAR' then coalesce(d.half_year_day, :hd) else coalesce(d.full_year_day, :fd) end,
          coalesce(m.items, 0), coalesce(r.reported, 0), coalesce(r.accepted, 0), coalesce(r.done, 0), coalesce(m.budget, 0),
          coalesce(r.spent, 0), r.last_reported_at, a.acknowledged_at
        from oversight_plan c
        cross join lateral generate_series(c.first_year, c.last_year) y(fy)
        cross join (values ('HALF_YEAR'), ('FULL_YEAR')) k(round)
        left join reporting_deadline d on d.organization_id = c.organization_id
        left join lateral (select sum(items) as items, sum(budget) as budget from oversight_mission m
          where m.organization_id = c.organization_id and m.framework_code = c.framework_code and m.fiscal_year = y.fy) m on true
        left join progress_round a on a.plan_id = c.plan_id and a.fiscal_year = y.fy and a.round = k.round
        left join lateral (
          select count(*) as reported, count(*) filter (where x.review_status = 'ACCEPTED') as accepted,
            count(*) filter (where x.status = 'DONE') as done, sum(x.spent) as spent, max(x.saved_at) as last_reported_at
          from (select distinct on (item_id) review_status, status, spent, saved_at from progress_record pr
                where pr.plan_id = c.plan_id and pr.fiscal_year = y.fy and pr.round = k.round
                  and pr.review_status in ('SUBMITTED', 'ACCEPTED')
                order by item_id, version desc) x) r on true
        where c.status in ('APPROVED', 'PUBLISHED') and %s""".formatted(ORG.formatted("c.organization_id")))
        .param("org", org).param("hm", half.getMonthValue()).param("hd", half.getDayOfMonth())
        .param("fm", full.getMonthValue()).param("fd", full.getDayOfMonth()).update();
    jdbc.sql("select distinct fiscal_year, round, deadline_month, deadline_day from oversight_round where due_at is null")
        .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4)}).list()
        .forEach(k -> {
          ReportingRound round = ReportingRound.of((Integer) k[0], RoundKind.valueOf((String) k[1]));
          MonthDay day = MonthDay.of((Integer) k[2], (Integer) k[3]);
          RoundDeadlines deadlines = round.kind() == RoundKind.HALF_YEAR ? new RoundDeadlines(day, full) : new RoundDeadlines(half, day);
          jdbc.sql("update oversight_round set due_at = ? where due_at is null and fiscal_year = ? and round = ? "
                  + "and deadline_month = ? and deadline_day = ?")
              .params(Timestamp.from(OversightRules.roundDue(round, deadlines)), k[0], k[1], k[2], k[3]).update();
        });
  }

  /** Counts as the complaint module's statistics do: by received date, finished as {@code Status.finished()}. */
  private void complaints(UUID org) {
    jdbc.sql("""
        insert into oversight_complaint (organization_id, fiscal_year, received, finished, closed, open_due)
        select organization_id, %s, count(*),
          count(*) filter (where status in ('NOT_IN_SCOPE', 'RESULT', 'CLOSED')), count(*) filter (where status = 'CLOSED'),
          coalesce(array_agg(due_on) filter (where answered_on is null), '{}')
        from complaint_case where %s
        group by 1, 2""".formatted(FISCAL_YEAR.formatted("received_on"), ORG.formatted("organization_id")))
        .param("org", org).update();
  }

  private void risks(UUID org) {
    jdbc.sql("""
        insert into oversight_risk (organization_id, fiscal_year, status, acknowledged, risks)
        select organization_id, fiscal_year, status, acknowledged_at is not null, jsonb_array_length(risks)
        from risk_assessment where %s""".formatted(ORG.formatted("organization_id"))).param("org", org).update();
  }

  /**
   * The last signed No Gift announcement of each year (its signature's date, which a redraft keeps):
   * counted once that day has come, as {@code NoGiftPolicy.publicOn} says (the test compares both).
   */
  private void noGift(UUID org) {
    jdbc.sql("""
        insert into oversight_nogift (organization_id, fiscal_year, announced_on)
        select organization_id, fiscal_year, signed_on from nogift_policy where signed_on is not null and %s"""
        .formatted(ORG.formatted("organization_id"))).param("org", org).update();
  }

  /** The fiscal years with an approved assessment, whose untreated risks the risk module counts. */
  List<Integer> approvedYears(UUID org) {
    return jdbc.sql("select distinct fiscal_year from oversight_risk where status = 'APPROVED' and " + ORG.formatted("organization_id"))
        .param("org", org).query(Integer.class).list();
  }

  void untreated(int fiscalYear, Map<OrganizationId, Integer> untreated) {
    batch("update oversight_risk set untreated = ? where organization_id = ? and fiscal_year = ?",
        untreated.entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey().value(), fiscalYear}).toList());
  }

  void ita(int fiscalYear, Map<OrganizationId, ItaReadiness.Readiness> readiness) {
    batch("insert into oversight_ita (organization_id, fiscal_year, items, ready) values (?, ?, ?, ?)",
        readiness.entrySet().stream().map(e -> new Object[] {e.getKey().value(), fiscalYear, e.getValue().items(), e.getValue().ready()}).toList());
  }

  /** One JDBC batch rather than a statement per row: a rebuild writes a row per organization. */
  private void batch(String sql, List<Object[]> rows) {
    if (!rows.isEmpty()) template.batchUpdate(sql, rows);
  }

  /** The organizations of the database, whatever the read model holds. */
  public int organizationsInDatabase() {
    return jdbc.sql("select count(*) from organization").query(Integer.class).single();
  }

  /** Marks the database as filled by the generator (the oversight pages then say the data are synthetic). */
  public void recordSynthetic(long seed, int organizations) {
    jdbc.sql("insert into oversight_synthetic (seed, organizations) values (?, ?)").params(seed, organizations).update();
  }

  /** Refreshes the planner's statistics, then the database's size, e.g. {@code 1234 MB}. */
  public String analyzedSize() {
    jdbc.sql("analyze").update();
    return jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single();
  }

  void recordRebuild(int version, Instant at) {
    jdbc.sql("""
        insert into oversight_state (model_version, rebuilt_at) values (?, ?)
        on conflict (id) do update set model_version = excluded.model_version, rebuilt_at = excluded.rebuilt_at""")
        .params(version, Timestamp.from(at)).update();
  }

  int organizations() {
    return jdbc.sql("select count(*) from oversight_organization").query(Integer.class).single();
  }

  Optional<Instant> rebuiltAt() {
    return jdbc.sql("select rebuilt_at from oversight_state").query(Timestamp.class).optional().map(Timestamp::toInstant);
  }

  boolean claimRebuild() {
    return jdbc.sql("select pg_try_advisory_xact_lock(?)").param(REBUILD_LOCK).query(Boolean.class).single();
  }

  /** Never built, built by older statements, or holding another number of organizations than there are. */
  boolean stale(int version) {
    return jdbc.sql("""
        select coalesce((select model_version from oversight_state), 0) < :version
          or (select count(*) from organization) <> (select count(*) from oversight_organization)""")
        .param("version", version).query(Boolean.class).single();
  }
}
