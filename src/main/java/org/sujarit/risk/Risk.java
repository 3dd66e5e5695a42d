package org.sujarit.risk;

import java.util.List;
import java.util.UUID;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.UnitId;

/**
 * One opportunity for corruption through the nine steps. {@code lineage} stays the same when a risk is
 * carried over to the next year, so years can be compared risk by risk. The score (step 3) and the
 * residual level (step 4) are null until rated; the residual comes from the score's matrix.
 */
public record Risk(UUID id, UUID lineage, String area, String process, String description, RiskFactor factor, UnitId ownerUnit,
    TrafficLight light, RiskScore score, ControlQuality control, String residualLevel, List<Measure> measures,
    TreatmentStatus treatment, String results, String comment) {
  static final int MAX_TEXT = 4000;

  public Risk {
    if (id == null) id = UUID.randomUUID();
    if (lineage == null) lineage = id;
    area = RiskArea.of(area);
    description = text(description, "description");
    if (description == null) throw RuleViolation.field("description", "risk.description.empty");
    process = text(process, "process");
    results = text(results, "results");
    comment = text(comment, "comment");
    if (factor == null) factor = RiskFactor.UNKNOWN;
    if (treatment == null) treatment = TreatmentStatus.NOT_STARTED;
    measures = measures == null ? List.of() : List.copyOf(measures);
    if (control == null || score == null) residualLevel = null;
  }

  /** Step 1's fields of a new risk, nothing rated yet. */
  public static Risk identified(String area, String process, String description, RiskFactor factor, UnitId ownerUnit, TrafficLight light) {
    return new Risk(null, null, area, process, description, factor, ownerUnit, light, null, null, null, List.of(), null, null, null);
  }

  Risk withIdentification(String newArea, String newProcess, String newDescription, RiskFactor newFactor, UnitId newOwner,
      TrafficLight newLight) {
    return new Risk(id, lineage, newArea, newProcess, newDescription, newFactor, newOwner, newLight, score, control, residualLevel,
        measures, treatment, results, comment);
  }

  /** Steps 3 and 4 together: the residual level always follows the score and the control quality. */
  Risk rated(RiskMatrix matrix, RiskScore newScore, ControlQuality quality) {
    String residual = newScore == null || quality == null ? null : matrix.residual(newScore.level(), quality);
    return new Risk(id, lineage, area, process, description, factor, ownerUnit, light, newScore, quality, residual, measures, treatment,
        results, comment);
  }

  public Risk withMeasures(List<Measure> newMeasures) {
    return new Risk(id, lineage, area, process, description, factor, ownerUnit, light, score, control, residualLevel, newMeasures,
        treatment, results, comment);
  }

  Risk withStatusReport(TreatmentStatus newTreatment, String newResults, String newComment) {
    return new Risk(id, lineage, area, process, description, factor, ownerUnit, light, score, control, residualLevel, measures,
        newTreatment, newResults, newComment);
  }

  /** The same risk in next year's assessment: identification and measures kept, to be re-rated. */
  Risk carriedOver() {
    return new Risk(UUID.randomUUID(), lineage, area, process, description, factor, ownerUnit, light, null, null, null,
        measures.stream().map(m -> new Measure(null, m.planItem(), m.text(), m.ownerUnit(), null, null)).toList(), null, null, null);
  }

  /** The level that counts: the residual once controls are assessed, else the matrix level; null when unrated. */
  public String effectiveLevel() {
    return residualLevel != null ? residualLevel : score == null ? null : score.level();
  }

  private static String text(String s, String field) {
    if (s == null || s.isBlank()) return null;
    String t = s.strip();
    if (t.length() > MAX_TEXT) throw RuleViolation.field(field, "risk.text.too-long", MAX_TEXT);
    return t;
  }
}
