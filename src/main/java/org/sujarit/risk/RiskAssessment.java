package org.sujarit.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.WorkflowStamp;

/**
 * The corruption-risk assessment of one organization for one fiscal year, scored with one matrix
 * (id and version). Steps 1–5 change while it is a draft; the executive approves it, then
 * acknowledges its report; status reports (step 9) and surveillance (step 6, kept apart as
 * {@link SurveillanceReport}s) go on after approval. Every change returns a new value with the
 * next revision.
 */
public record RiskAssessment(UUID id, OrganizationId organizationId, FiscalYear year, String matrixId, int matrixVersion,
    AssessmentStatus status, long revision, List<Risk> risks, WorkflowStamp created, WorkflowStamp approved, WorkflowStamp acknowledged,
    String acknowledgementNote) {
  public static final int MAX_RISKS = 200;

  public RiskAssessment {
    risks = risks == null ? List.of() : List.copyOf(risks);
    if (status == null) status = AssessmentStatus.DRAFT;
  }

  public static RiskAssessment draft(OrganizationId org, FiscalYear year, RiskMatrix matrix, WorkflowStamp created) {
    return new RiskAssessment(UUID.randomUUID(), org, year, matrix.id(), matrix.version(), AssessmentStatus.DRAFT, 0, List.of(), created,
        null, null, null);
  }

  /** Next year's draft from this one: every risk carried over with its measures, to be re-rated with {@code matrix}. */
  public RiskAssessment carryOver(FiscalYear next, RiskMatrix matrix, WorkflowStamp created) {
    if (next.compareTo(year) <= 0) throw RuleViolation.field("year", "risk.carry.not-later", next.value(), year.value());
    return new RiskAssessment(UUID.randomUUID(), organizationId, next, matrix.id(), matrix.version(), AssessmentStatus.DRAFT, 0,
        risks.stream().map(Risk::carriedOver).toList(), created, null, null, null);
  }

  public boolean draft() {
    return status == AssessmentStatus.DRAFT;
  }

  public Risk risk(UUID riskId) {
    return findRisk(riskId).orElseThrow(() -> new NotFoundException("risk.not-found"));
  }

  public Optional<Risk> findRisk(UUID riskId) {
    return risks.stream().filter(r -> r.id().equals(riskId)).findFirst();
  }

  // ---- steps 1 to 5 (draft only) ---------------------------------------------------------------

  public RiskAssessment addRisk(Risk risk) {
    requireDraft();
    if (risks.size() >= MAX_RISKS) throw new RuleViolation("risk.too-many", MAX_RISKS);
    List<Risk> list = new ArrayList<>(risks);
    list.add(risk);
    return withRisks(list);
  }

  public RiskAssessment removeRisk(UUID riskId) {
    requireDraft();
    risk(riskId);
    return withRisks(risks.stream().filter(r -> !r.id().equals(riskId)).toList());
  }

  public RiskAssessment identify(UUID riskId, String area, String process, String description, RiskFactor factor,
      org.sujarit.organization.UnitId owner, TrafficLight light) {
    requireDraft();
    return change(riskId, r -> r.withIdentification(area, process, description, factor, owner, light));
  }

  /** Steps 3 and 4: the score by the assessment's matrix and the control quality; nulls clear them. */
  public RiskAssessment rate(UUID riskId, RiskMatrix matrix, Integer likelihood, Integer impact, ControlQuality control) {
    requireDraft();
    requireMatrix(matrix);
    if ((likelihood == null) != (impact == null)) throw RuleViolation.field(likelihood == null ? "likelihood" : "impact", "risk.score.incomplete");
    RiskScore score = likelihood == null ? null : matrix.score(likelihood, impact);
    return change(riskId, r -> r.rated(matrix, score, control));
  }

  public RiskAssessment addMeasure(UUID riskId, Measure measure) {
    requireDraft();
    return change(riskId, r -> {
      if (measure.linked() && r.measures().stream().anyMatch(m -> measure.planItem().equals(m.planItem()))) {
        throw RuleViolation.field("planItem", "risk.measure.duplicate");
      }
      List<Measure> list = new ArrayList<>(r.measures());
      list.add(measure);
      return r.withMeasures(list);
    });
  }

  public RiskAssessment removeMeasure(UUID riskId, UUID measureId) {
    requireDraft();
    return change(riskId, r -> {
      if (r.measures().stream().noneMatch(m -> m.id().equals(measureId))) throw new NotFoundException("risk.measure.not-found");
      return r.withMeasures(r.measures().stream().filter(m -> !m.id().equals(measureId)).toList());
    });
  }

  /** Another matrix for a draft: every score was made with the old one, so all are cleared for re-rating. */
  public RiskAssessment changeMatrix(RiskMatrix matrix) {
    requireDraft();
    if (matrix.id().equals(matrixId) && matrix.version() == matrixVersion) return this;
    return new RiskAssessment(id, organizationId, year, matrix.id(), matrix.version(), status, revision + 1,
        risks.stream().map(r -> r.rated(matrix, null, r.control())).toList(), created, approved, acknowledged, acknowledgementNote);
  }

  // ---- step 9 and the workflow -------------------------------------------------------------------

  /** Step 9: where the treatment of one risk stands, with its results; also after approval. */
  public RiskAssessment reportStatus(UUID riskId, TreatmentStatus treatment, String results, String comment) {
    return change(riskId, r -> r.withStatusReport(treatment, results, comment));
  }

  /** Problems that stop approval: no risk at all, or an orange or red risk without a score. */
  public List<String> approvalProblems() {
    List<String> problems = new ArrayList<>();
    if (risks.isEmpty()) problems.add("risk.approve.no-risks");
    if (risks.stream().anyMatch(r -> r.light() != null && r.light().needsRating() && r.score() == null)) problems.add("risk.approve.unrated");
    return problems;
  }

  public RiskAssessment approve(WorkflowStamp stamp) {
    requireDraft();
    List<String> problems = approvalProblems();
    if (!problems.isEmpty()) throw new RuleViolation(problems.get(0));
    return new RiskAssessment(id, organizationId, year, matrixId, matrixVersion, AssessmentStatus.APPROVED, revision + 1, risks, created,
        stamp, null, null);
  }

  /** The executive acknowledges the management report (step 8) of an approved assessment. */
  public RiskAssessment acknowledge(WorkflowStamp stamp, String note) {
    if (draft()) throw new RuleViolation("risk.acknowledge.draft");
    if (acknowledged != null) throw new RuleViolation("risk.acknowledge.done");
    return new RiskAssessment(id, organizationId, year, matrixId, matrixVersion, status, revision + 1, risks, created, approved, stamp,
        note == null || note.isBlank() ? null : note.strip());
  }

  // ---- figures -----------------------------------------------------------------------------------

  /** Risks counted per matrix cell, [likelihood - 1][impact - 1]; only scores of this matrix count. */
  public int[][] heatMap(RiskMatrix matrix) {
    int[][] cells = new int[matrix.size()][matrix.size()];
    for (Risk r : risks) {
      if (matrix.produced(r.score())) cells[r.score().likelihood() - 1][r.score().impact() - 1]++;
    }
    return cells;
  }

  /** Risks whose level needs treatment but that have no measure: what the plan's checklist warns about. */
  public List<Risk> untreated(RiskMatrix matrix) {
    return risks.stream().filter(r -> r.effectiveLevel() != null && matrix.needsTreatment(r.effectiveLevel()) && r.measures().isEmpty())
        .toList();
  }

  /** The risks one plan item treats. */
  public List<Risk> treatedBy(PlanItemId item) {
    return risks.stream().filter(r -> r.measures().stream().anyMatch(m -> item.equals(m.planItem()))).toList();
  }

  public void requireRevision(long expected) {
    if (expected != revision) throw new RuleViolation("risk.concurrent-change");
  }

  private void requireDraft() {
    if (!draft()) throw new RuleViolation("risk.not-draft");
  }

  private void requireMatrix(RiskMatrix matrix) {
    if (!matrix.id().equals(matrixId) || matrix.version() != matrixVersion) {
      throw RuleViolation.field("matrix", "risk.matrix.mismatch", matrix.reference(), matrixId + " v" + matrixVersion);
    }
  }

  private RiskAssessment change(UUID riskId, UnaryOperator<Risk> f) {
    Risk before = risk(riskId);
    Risk after = f.apply(before);
    return withRisks(risks.stream().map(r -> r.id().equals(riskId) ? after : r).toList());
  }

  private RiskAssessment withRisks(List<Risk> list) {
    return new RiskAssessment(id, organizationId, year, matrixId, matrixVersion, status, revision + 1, list, created, approved, acknowledged,
        acknowledgementNote);
  }
}
