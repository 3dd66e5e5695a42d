package org.sujarit.monitoring;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.Json;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.WorkflowStamp;
import tools.jackson.core.type.TypeReference;

/** Stores progress records, round states, evidence metadata and goal results. */
@Repository
class ProgressRepository {
  private static final TypeReference<List<IndicatorResult>> INDICATORS = new TypeReference<>() {};
  private static final String ROUND = "plan_id = ? and fiscal_year = ? and round = ?";

  private final JdbcClient jdbc;

  ProgressRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ---- records -----------------------------------------------------------------------------

  void insert(ProgressRecord r, OrganizationId org) {
    ProgressEntry e = r.entry();
    jdbc.sql("""
        insert into progress_record (id, organization_id, plan_id, plan_version, item_id, fiscal_year, round, version, status,
          done_text, started_on, finished_on, spent, indicators, problems, suggestions, reason, review_status, saved_by, saved_at,
          reviewed_by, reviewed_at, review_comment, correction_note)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(r.id(), org.value(), r.planId().value(), r.planVersion(), r.itemId().value(), r.round().year().value(),
            r.round().kind().name(), r.version(), e.status().name(), e.done(), date(e.startedOn()), date(e.finishedOn()),
            e.spent() == null ? null : e.spent().amount(), Json.write(e.indicators()), e.problems(), e.suggestions(),
            e.reason(), r.review().name(), r.saved().by(), Timestamp.from(r.saved().at()), by(r.reviewed()), at(r.reviewed()),
            r.reviewComment(), r.correctionNote())
        .update();
  }

  void updateReview(ProgressRecord r) {
    jdbc.sql("update progress_record set review_status = ?, reviewed_by = ?, reviewed_at = ?, review_comment = ? where id = ?")
        .params(r.review().name(), by(r.reviewed()), at(r.reviewed()), r.reviewComment(), r.id()).update();
  }

  /** Every version of an item's record in a round, oldest first. */
  List<ProgressRecord> history(PlanId plan, ReportingRound round, PlanItemId item) {
    return jdbc.sql("select * from progress_record where " + ROUND + " and item_id = ? order by version")
        .params(plan.value(), round.year().value(), round.kind().name(), item.value())
        .query(ProgressRepository::record).list();
  }

  /** The latest version of each item's record in a round. */
  Map<PlanItemId, ProgressRecord> latest(PlanId plan, ReportingRound round) {
    return byItem("select distinct on (item_id) * from progress_record where " + ROUND + " order by item_id, version desc", plan, round);
  }

  /** The latest submitted or accepted version of each item's record: what the figures count. */
  Map<PlanItemId, ProgressRecord> latestReported(PlanId plan, ReportingRound round) {
    return byItem("select distinct on (item_id) * from progress_record where " + ROUND
        + " and review_status in ('SUBMITTED', 'ACCEPTED') order by item_id, version desc", plan, round);
  }

  /** The latest accepted version of each item's record: what the public reports show. */
  Map<PlanItemId, ProgressRecord> latestAccepted(PlanId plan, ReportingRound round) {
    return byItem("select distinct on (item_id) * from progress_record where " + ROUND
        + " and review_status = 'ACCEPTED' order by item_id, version desc", plan, round);
  }

  private Map<PlanItemId, ProgressRecord> byItem(String sql, PlanId plan, ReportingRound round) {
    Map<PlanItemId, ProgressRecord> out = new LinkedHashMap<>();
    jdbc.sql(sql).params(plan.value(), round.year().value(), round.kind().name()).query(ProgressRepository::record).list()
        .forEach(r -> out.put(r.itemId(), r));
    return out;
  }

  private static ProgressRecord record(ResultSet rs, int n) throws SQLException {
    BigDecimal spent = rs.getBigDecimal("spent");
    ProgressEntry entry = new ProgressEntry(ProgressStatus.valueOf(rs.getString("status")), rs.getString("done_text"),
        localDate(rs, "started_on"), localDate(rs, "finished_on"), spent == null ? null : Baht.of(spent),
        Json.MAPPER.readValue(rs.getString("indicators"), INDICATORS), rs.getString("problems"), rs.getString("suggestions"),
        rs.getString("reason"));
    Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
    return new ProgressRecord(rs.getObject("id", UUID.class), new PlanId(rs.getObject("plan_id", UUID.class)), rs.getInt("plan_version"),
        new PlanItemId(rs.getObject("item_id", UUID.class)),
        new ReportingRound(FiscalYear.of(rs.getInt("fiscal_year")), RoundKind.valueOf(rs.getString("round"))), rs.getInt("version"),
        entry, ReviewStatus.valueOf(rs.getString("review_status")),
        new WorkflowStamp(rs.getString("saved_by"), rs.getTimestamp("saved_at").toInstant()),
        reviewedAt == null ? null : new WorkflowStamp(rs.getString("reviewed_by"), reviewedAt.toInstant()),
        rs.getString("review_comment"), rs.getString("correction_note"));
  }

  // ---- rounds ------------------------------------------------------------------------------

  RoundState roundState(PlanId plan, ReportingRound round) {
    return jdbc.sql("select acknowledged_by, acknowledged_at, acknowledged_name, note from progress_round where " + ROUND)
        .params(plan.value(), round.year().value(), round.kind().name())
        .query((rs, n) -> new RoundState(plan, round, new WorkflowStamp(rs.getString(1), rs.getTimestamp(2).toInstant()), rs.getString(3), rs.getString(4)))
        .optional().orElse(RoundState.open(plan, round));
  }

  /** The rounds of the year acknowledged on any plan, by plan. */
  Map<PlanId, java.util.Set<RoundKind>> closedRounds(FiscalYear year) {
    Map<PlanId, java.util.Set<RoundKind>> out = new java.util.HashMap<>();
    jdbc.sql("select plan_id, round from progress_round where fiscal_year = ?").param(year.value())
        .query((ResultSet rs) -> {
          out.computeIfAbsent(new PlanId(rs.getObject(1, UUID.class)), k -> java.util.EnumSet.noneOf(RoundKind.class))
              .add(RoundKind.valueOf(rs.getString(2)));
        });
    return out;
  }

  /** The acknowledged rounds of a plan, by year and round. */
  List<RoundState> closedRounds(PlanId plan) {
    return closedRounds(List.of(plan)).getOrDefault(plan, List.of());
  }

  /** {@link #closedRounds(PlanId)} of many plans in one statement, by plan. */
  Map<PlanId, List<RoundState>> closedRounds(java.util.Collection<PlanId> plans) {
    Map<PlanId, List<RoundState>> out = new java.util.HashMap<>();
    if (plans.isEmpty()) return out;
    // the ids as one array literal: one parameter however many plans (a national sitemap asks for thousands)
    String ids = plans.stream().map(p -> p.value().toString()).distinct().collect(java.util.stream.Collectors.joining(",", "{", "}"));
    jdbc.sql("""
        select plan_id, fiscal_year, round, acknowledged_by, acknowledged_at, acknowledged_name, note from progress_round
        where plan_id = any(cast(? as uuid[])) order by plan_id, fiscal_year, round""")
        .param(ids)
        .query((ResultSet rs) -> {
          PlanId plan = new PlanId(rs.getObject(1, UUID.class));
          out.computeIfAbsent(plan, k -> new ArrayList<>()).add(new RoundState(plan, new ReportingRound(FiscalYear.of(rs.getInt(2)),
              RoundKind.valueOf(rs.getString(3))), new WorkflowStamp(rs.getString(4), rs.getTimestamp(5).toInstant()), rs.getString(6),
              rs.getString(7)));
        });
    return out;
  }

  void close(RoundState state) {
    jdbc.sql("insert into progress_round (plan_id, fiscal_year, round, acknowledged_by, acknowledged_at, acknowledged_name, note) values (?, ?, ?, ?, ?, ?, ?)")
        .params(state.planId().value(), state.round().year().value(), state.round().kind().name(), state.acknowledged().by(),
            Timestamp.from(state.acknowledged().at()), state.acknowledgedName(), state.note())
        .update();
  }

  // ---- evidence ----------------------------------------------------------------------------

  void insert(EvidenceFile f, OrganizationId org) {
    jdbc.sql("""
        insert into evidence_file (id, organization_id, plan_id, item_id, fiscal_year, round, file_name, media_type, size_bytes,
          sha256, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(f.id(), org.value(), f.planId().value(), f.itemId().value(), f.round().year().value(), f.round().kind().name(),
            f.fileName(), f.type().mediaType(), f.size(), f.sha256(), f.uploaded().by(), Timestamp.from(f.uploaded().at()))
        .update();
  }

  List<EvidenceFile> evidence(PlanId plan, ReportingRound round) {
    return jdbc.sql("select * from evidence_file where " + ROUND + " order by uploaded_at")
        .params(plan.value(), round.year().value(), round.kind().name()).query(ProgressRepository::evidence).list();
  }

  Optional<EvidenceFile> evidence(UUID id) {
    return jdbc.sql("select * from evidence_file where id = ?").param(id).query(ProgressRepository::evidence).optional();
  }

  private static EvidenceFile evidence(ResultSet rs, int n) throws SQLException {
    return new EvidenceFile(rs.getObject("id", UUID.class), new PlanId(rs.getObject("plan_id", UUID.class)),
        new PlanItemId(rs.getObject("item_id", UUID.class)),
        new ReportingRound(FiscalYear.of(rs.getInt("fiscal_year")), RoundKind.valueOf(rs.getString("round"))),
        rs.getString("file_name"), EvidenceType.ofMediaType(rs.getString("media_type")), rs.getLong("size_bytes"),
        rs.getString("sha256"), new WorkflowStamp(rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()),
        rs.getTimestamp("public_since") == null ? null : new WorkflowStamp(rs.getString("public_by"), rs.getTimestamp("public_since").toInstant()));
  }

  void markPublic(UUID id, WorkflowStamp madePublic) {
    jdbc.sql("update evidence_file set public_by = ?, public_since = ? where id = ?")
        .params(madePublic == null ? null : madePublic.by(), madePublic == null ? null : Timestamp.from(madePublic.at()), id).update();
  }

  /** Goal name → actual value, for one fiscal year. */
  Map<String, BigDecimal> goalResults(PlanId plan, FiscalYear year) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    jdbc.sql("select goal_name, actual from goal_result where plan_id = ? and fiscal_year = ?").params(plan.value(), year.value())
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2))).list().forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  void saveGoalResult(PlanId plan, FiscalYear year, String goal, BigDecimal actual, WorkflowStamp stamp) {
    if (actual == null) {
      jdbc.sql("delete from goal_result where plan_id = ? and fiscal_year = ? and goal_name = ?").params(plan.value(), year.value(), goal)
          .update();
      return;
    }
    jdbc.sql("""
        insert into goal_result (plan_id, fiscal_year, goal_name, actual, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)
        on conflict (plan_id, fiscal_year, goal_name) do update set actual = excluded.actual, recorded_by = excluded.recorded_by,
          recorded_at = excluded.recorded_at""")
        .params(plan.value(), year.value(), goal, actual, stamp.by(), Timestamp.from(stamp.at())).update();
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static String by(WorkflowStamp s) {
    return s == null ? null : s.by();
  }

  private static Timestamp at(WorkflowStamp s) {
    return s == null ? null : Timestamp.from(s.at());
  }
}
