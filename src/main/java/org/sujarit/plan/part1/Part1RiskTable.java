package org.sujarit.plan.part1;

import java.util.List;
import java.util.UUID;
import org.sujarit.common.FiscalYear;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.RiskLevel;

/**
 * The risk table of Part 1 as the plan shows and prints it: the rows of the organization's risk
 * assessment of {@code year} when there is one, else the rows typed in the plan (the fallback).
 */
public record Part1RiskTable(FiscalYear year, boolean fromAssessment, boolean approved, List<Row> rows) {

  /**
   * One risk. {@code level} is the text to print: a level label of the assessment's matrix, a traffic
   * light (GREEN…RED) for a risk not yet rated, or a {@link RiskLevel} name for a typed row;
   * {@code needsTreatment}: its level calls for a measure (high or very high).
   */
  public record Row(UUID riskId, String process, String risk, String level, boolean needsTreatment, List<PlanItemId> items,
      List<String> ownMeasures, Assessed assessed) {
    public Row {
      items = items == null ? List.of() : List.copyOf(items);
      ownMeasures = ownMeasures == null ? List.of() : List.copyOf(ownMeasures);
    }

    public Row(UUID riskId, String process, String risk, String level, boolean needsTreatment, List<PlanItemId> items,
        List<String> ownMeasures) {
      this(riskId, process, risk, level, needsTreatment, items, ownMeasures, null);
    }

    /** The message key of a level given as a code (traffic light or {@link RiskLevel}); null for a matrix label, printed as it is. */
    public String levelKey() {
      if (level == null) return null;
      return switch (level) {
        case "GREEN", "YELLOW", "ORANGE", "RED" -> "risk.light." + level;
        default -> RiskLevel.parse(level).filter(l -> l.name().equals(level)).map(RiskLevel::messageKey).orElse(null);
      };
    }

    /**
     * What the nine-step tables print of a risk of the assessment, in the interchange's codes: area
     * (APPROVAL … or the organization's own words), factor (KNOWN/UNKNOWN), light (GREEN…RED), the
     * step 3 scores with the matrix they are on, control quality (GOOD/FAIR/WEAK); each null when not
     * given.
     */
    public record Assessed(String area, String factor, String light, Integer likelihood, Integer impact, String matrix, String control) {}

    public boolean treated() {
      return !items.isEmpty() || !ownMeasures.isEmpty();
    }
  }

  public Part1RiskTable {
    rows = rows == null ? List.of() : List.copyOf(rows);
  }

  /** The rows typed in the plan's Part 1. */
  public static Part1RiskTable typed(Plan plan) {
    return new Part1RiskTable(plan.part1RiskYear(), false, false, plan.introduction().risks().stream()
        .map(r -> new Row(null, r.workProcess(), r.risk(), r.level() == null ? null : r.level().name(),
            r.level() == RiskLevel.HIGH || r.level() == RiskLevel.VERY_HIGH, r.controls(),
            r.controlNote() == null ? List.of() : List.of(r.controlNote())))
        .toList());
  }

  /** The risks one plan item treats. */
  public List<Row> treatedBy(PlanItemId item) {
    return rows.stream().filter(r -> r.items().contains(item)).toList();
  }

  /** High and very high risks without any measure: what the checklist warns about. */
  public List<Row> untreated() {
    return rows.stream().filter(r -> r.needsTreatment() && !r.treated()).toList();
  }
}
