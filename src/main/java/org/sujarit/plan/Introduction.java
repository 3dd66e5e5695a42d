package org.sujarit.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sujarit.common.FiscalYear;

/**
 * Part 1 of the plan and its front matter: risk assessment, principle and rationale, objectives, goals,
 * benefits, and, as an imported document wrote them, the foreword, the goals in words, the text of the
 * risk section, the document's own date ("พฤษภาคม 2565"), the signature lines under the foreword and
 * the Part 1 section headings as written (by section: risk, rationale, objectives, goals, benefits).
 * Where a text is absent the documents print the standard wording.
 */
public record Introduction(
    List<RiskRow> risks, String rationale, List<String> objectives, List<Goal> goals, List<String> benefits,
    String foreword, List<String> goalsText, String riskText, String issued, String signer, Map<String, String> headings) {

  public static final Introduction EMPTY = new Introduction(List.of(), null, List.of(), List.of(), List.of());

  public Introduction {
    risks = risks == null ? List.of() : List.copyOf(risks);
    goals = goals == null ? List.of() : List.copyOf(goals);
    objectives = DetailSheet.clean(objectives);
    benefits = DetailSheet.clean(benefits);
    goalsText = DetailSheet.clean(goalsText);
    rationale = DetailSheet.trim(rationale);
    foreword = DetailSheet.trim(foreword);
    riskText = DetailSheet.trim(riskText);
    issued = DetailSheet.trim(issued);
    signer = DetailSheet.trim(signer);
    headings = headings == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headings)); // in the order given: the same bytes each time
  }

  public Introduction(List<RiskRow> risks, String rationale, List<String> objectives, List<Goal> goals, List<String> benefits,
      String foreword, List<String> goalsText, String riskText, String issued, String signer) {
    this(risks, rationale, objectives, goals, benefits, foreword, goalsText, riskText, issued, signer, Map.of());
  }

  /** Part 1 written in the browser: no front matter of the document's own. */
  public Introduction(List<RiskRow> risks, String rationale, List<String> objectives, List<Goal> goals, List<String> benefits) {
    this(risks, rationale, objectives, goals, benefits, null, List.of(), null, null, null, Map.of());
  }

  /** The same front matter with the Part 1 text an officer edited. */
  public Introduction withPartOne(Introduction edited) {
    return new Introduction(edited.risks, edited.rationale, edited.objectives, edited.goals, edited.benefits,
        foreword, goalsText, riskText, issued, signer, headings);
  }

  /**
   * A corruption risk of a work process and the plan items that control it; {@code controlNote} keeps
   * controls named in words that match no item (e.g. from an imported document).
   */
  public record RiskRow(String workProcess, String risk, RiskLevel level, List<PlanItemId> controls, String controlNote) {
    public RiskRow {
      controls = controls == null ? List.of() : List.copyOf(controls);
    }
  }

  /** A goal of the plan with a target value per fiscal year (e.g. ITA score 85 in 2570). */
  public record Goal(String name, MeasureUnit unit, SortedMap<FiscalYear, BigDecimal> targets) {
    public Goal {
      targets = targets == null ? new TreeMap<>() : new TreeMap<>(targets);
    }
  }

  /** The same text with other risk rows (Part 1 keeps its typed rows while the risk assessment is its source). */
  public Introduction withRisks(List<RiskRow> rows) {
    return new Introduction(rows, rationale, objectives, goals, benefits, foreword, goalsText, riskText, issued, signer, headings);
  }

  /** The same text with references to a removed item dropped. */
  Introduction withoutItem(PlanItemId id) {
    return new Introduction(risks.stream()
        .map(r -> new RiskRow(r.workProcess(), r.risk(), r.level(),
            r.controls().stream().filter(c -> !c.equals(id)).toList(), r.controlNote()))
        .toList(), rationale, objectives, goals, benefits, foreword, goalsText, riskText, issued, signer, headings);
  }
}
