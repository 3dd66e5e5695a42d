package org.sujarit.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.monitoring.ReviewStatus;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.OrganizationId;
import org.sujarit.common.Json;
import org.sujarit.plan.WorkflowStamp;
import tools.jackson.core.type.TypeReference;

/** Stores assessments (their risks as one JSON document) and surveillance reports. */
@Repository
class RiskRepository {
  private static final TypeReference<List<Risk>> RISKS = new TypeReference<>() {};

  private final JdbcClient jdbc;

  RiskRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<RiskAssessment> find(OrganizationId org, FiscalYear year) {
    return jdbc.sql("select * from risk_assessment where organization_id = ? and fiscal_year = ?").params(org.value(), year.value())
        .query(RiskRepository::assessment).optional();
  }

  /** Every organization's approved assessment of the year; drafts are not read (their risks are the costly part). */
  List<RiskAssessment> approvedOfYear(FiscalYear year) {
    return jdbc.sql("select * from risk_assessment where fiscal_year = ? and status <> 'DRAFT'").param(year.value())
        .query(RiskRepository::assessment).list();
  }

  /** The assessments of the year with a surveillance report (submitted or accepted, as the public sees them) in any round. */
  java.util.Set<UUID> surveyed(FiscalYear year) {
    return new java.util.HashSet<>(jdbc.sql("select distinct s.assessment_id from risk_surveillance s join risk_assessment a on a.id = s.assessment_id"
        + " where a.fiscal_year = ? and s.review in ('SUBMITTED', 'ACCEPTED')").param(year.value()).query(UUID.class).list());
  }

  /** Every assessment of the organization, latest year first. */
  List<RiskAssessment> all(OrganizationId org) {
    return jdbc.sql("select * from risk_assessment where organization_id = ? order by fiscal_year desc").param(org.value())
        .query(RiskRepository::assessment).list();
  }

  boolean anyOf(OrganizationId org) {
    return jdbc.sql("select exists (select 1 from risk_assessment where organization_id = ?)").param(org.value()).query(Boolean.class).single();
  }

  void insert(RiskAssessment a) {
    jdbc.sql("""
        insert into risk_assessment (id, organization_id, fiscal_year, matrix_id, matrix_version, status, revision, risks, created_by, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""")
        .params(a.id(), a.organizationId().value(), a.year().value(), a.matrixId(), a.matrixVersion(), a.status().name(), a.revision(),
            Json.write(a.risks()), a.created().by(), Timestamp.from(a.created().at()))
        .update();
  }

  /** Saves a change made on revision {@code expected}; refused when someone else saved meanwhile. */
  void update(RiskAssessment a, long expected) {
    int n = jdbc.sql("""
        update risk_assessment set matrix_id = ?, matrix_version = ?, status = ?, revision = ?, risks = ?::jsonb, approved_by = ?,
          approved_at = ?, acknowledged_by = ?, acknowledged_at = ?, acknowledgement_note = ?
        where id = ? and revision = ?""")
        .params(a.matrixId(), a.matrixVersion(), a.status().name(), a.revision(), Json.write(a.risks()), by(a.approved()), at(a.approved()),
            by(a.acknowledged()), at(a.acknowledged()), a.acknowledgementNote(), a.id(), expected)
        .update();
    if (n != 1) throw new RuleViolation("risk.concurrent-change");
  }

  List<SurveillanceReport> surveillance(UUID assessment, RoundKind round) {
    return jdbc.sql("select * from risk_surveillance where assessment_id = ? and round = ? order by reported_at")
        .params(assessment, round.name()).query(RiskRepository::report).list();
  }

  List<SurveillanceReport> surveillance(UUID assessment) {
    return jdbc.sql("select * from risk_surveillance where assessment_id = ? order by round, reported_at").param(assessment)
        .query(RiskRepository::report).list();
  }

  void save(UUID assessment, SurveillanceReport r) {
    jdbc.sql("""
        insert into risk_surveillance (assessment_id, risk_id, fiscal_year, round, status, happened, reported_by, reported_at,
          review, reviewed_by, reviewed_at, review_comment)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (assessment_id, risk_id, round) do update set status = excluded.status, happened = excluded.happened,
          reported_by = excluded.reported_by, reported_at = excluded.reported_at, review = excluded.review,
          reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at, review_comment = excluded.review_comment""")
        .params(assessment, r.riskId(), r.year().value(), r.round().name(), r.status().name(), r.happened(), r.reported().by(),
            Timestamp.from(r.reported().at()), r.review().name(), by(r.reviewed()), at(r.reviewed()), r.reviewComment())
        .update();
  }

  private static RiskAssessment assessment(ResultSet rs, int n) throws SQLException {
    return new RiskAssessment(rs.getObject("id", UUID.class), new OrganizationId(rs.getObject("organization_id", UUID.class)),
        FiscalYear.of(rs.getInt("fiscal_year")), rs.getString("matrix_id"), rs.getInt("matrix_version"),
        AssessmentStatus.valueOf(rs.getString("status")), rs.getLong("revision"), Json.MAPPER.readValue(rs.getString("risks"), RISKS),
        stamp(rs, "created"), stamp(rs, "approved"), stamp(rs, "acknowledged"), rs.getString("acknowledgement_note"));
  }

  private static SurveillanceReport report(ResultSet rs, int n) throws SQLException {
    return new SurveillanceReport(rs.getObject("risk_id", UUID.class), FiscalYear.of(rs.getInt("fiscal_year")),
        RoundKind.valueOf(rs.getString("round")), SurveillanceStatus.valueOf(rs.getString("status")), rs.getString("happened"),
        stamp(rs, "reported"), ReviewStatus.valueOf(rs.getString("review")), stamp(rs, "reviewed"), rs.getString("review_comment"));
  }

  private static WorkflowStamp stamp(ResultSet rs, String prefix) throws SQLException {
    Timestamp at = rs.getTimestamp(prefix + "_at");
    return at == null ? null : new WorkflowStamp(rs.getString(prefix + "_by"), at.toInstant());
  }

  private static String by(WorkflowStamp s) {
    return s == null ? null : s.by();
  }

  private static Timestamp at(WorkflowStamp s) {
    return s == null ? null : Timestamp.from(s.at());
  }
}
