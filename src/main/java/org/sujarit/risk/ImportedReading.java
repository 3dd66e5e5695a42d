package org.sujarit.risk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.plan.PlanImported;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.RiskLevel;

/**
 * The risks an imported document's Part 1 forms gave, as risks of the draft assessment: area, process,
 * factor and light as read (the light from the level of a simple form), the score when both values are
 * on the assessment's matrix, the control quality, and each control a measure linked to the plan's item
 * of that name or, named only in words, a measure of its own. What the importer could not read stays
 * empty (it reported it); a level that names no level is kept in the risk's comment.
 */
final class ImportedReading {
  private ImportedReading() {}

  /** The matrix the read scores were given on, when they name one; else the NACC 3×3. */
  static RiskMatrix matrix(List<PlanImported.ImportedRisk> read, RiskMatrices matrices) {
    return read.stream().map(r -> r.risk().matrix()).filter(m -> m != null && !m.isBlank()).findFirst()
        .flatMap(matrices::latest).orElseGet(() -> matrices.latest(RiskMatrices.NACC_3X3).orElseThrow());
  }

  static List<Risk> risks(List<PlanImported.ImportedRisk> read, RiskMatrix matrix) {
    List<Risk> out = new ArrayList<>();
    for (PlanImported.ImportedRisk ir : read) {
      PlanInterchange.Risk r = ir.risk();
      String description = clip(blank(r.risk()) ? r.process() : r.risk(), Risk.MAX_TEXT);
      if (blank(description)) continue;
      String process = clip(r.process(), Risk.MAX_TEXT);
      String area = blank(r.area()) ? Part1Rows.area(r.process() + " " + r.risk()) : clip(r.area(), RiskArea.MAX_LENGTH);
      TrafficLight light = parse(TrafficLight.class, r.light());
      if (light == null) light = Part1Rows.light(RiskLevel.parse(r.level()).orElse(null));
      Risk risk = Risk.identified(area, process, description, parse(RiskFactor.class, r.factor()), null, light);
      risk = risk.rated(matrix, score(r, matrix), parse(ControlQuality.class, r.control()));
      if (light == null && !blank(r.level())) {
        risk = risk.withStatusReport(null, null, clip("ระดับตามเอกสาร: " + r.level().strip(), Risk.MAX_TEXT));
      }
      out.add(risk.withMeasures(measures(ir.controls())));
    }
    return out;
  }

  /** The score when the document's matrix is this one and both values lie on it; nothing is guessed. */
  private static RiskScore score(PlanInterchange.Risk r, RiskMatrix matrix) {
    if (r.likelihood() == null || r.impact() == null || r.matrix() != null && !r.matrix().equals(matrix.id())) return null;
    int n = matrix.size();
    if (r.likelihood() < 1 || r.likelihood() > n || r.impact() < 1 || r.impact() > n) return null;
    return matrix.score(r.likelihood(), r.impact());
  }

  private static List<Measure> measures(List<PlanImported.Control> controls) {
    Set<PlanItemId> linked = new LinkedHashSet<>();
    List<Measure> out = new ArrayList<>();
    for (PlanImported.Control c : controls) {
      if (c.item() != null) {
        if (linked.add(c.item())) out.add(Measure.linked(c.item()));
      } else if (!blank(c.name())) {
        out.add(Measure.own(clip(c.name(), Measure.MAX_TEXT), null, null, null));
      }
    }
    return out;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name) {
    if (blank(name)) return null;
    try {
      return Enum.valueOf(type, name.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** A text longer than the field allows keeps its beginning rather than failing the whole draft. */
  private static String clip(String s, int max) {
    if (s == null) return null;
    String t = s.strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }
}
