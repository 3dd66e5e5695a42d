package org.sujarit.importer.pipeline;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sujarit.interchange.PlanInterchange;

/**
 * The Part 1 risk fields of an interchange JSON: codes the format lists and scores on their matrix. A
 * value outside them is reported; the draft assessment then leaves it empty rather than guess.
 */
final class RiskInterchangeCheck {
  private static final Pattern SIZE = Pattern.compile("(\\d+)x\\1$");
  private static final Set<String> LIGHTS = Set.of("GREEN", "YELLOW", "ORANGE", "RED");
  private static final Set<String> FACTORS = Set.of("KNOWN", "UNKNOWN");
  private static final Set<String> CONTROLS = Set.of("GOOD", "FAIR", "WEAK");

  private RiskInterchangeCheck() {}

  static void check(PlanInterchange.RiskAssessment assessment, Consumer<String> problem) {
    if (assessment == null || assessment.risks() == null) return;
    List<PlanInterchange.Risk> risks = assessment.risks();
    for (int i = 0; i < risks.size(); i++) {
      PlanInterchange.Risk r = risks.get(i);
      if (r == null) continue;
      String which = "ความเสี่ยงที่ " + (i + 1);
      if (r.light() != null && !LIGHTS.contains(r.light())) problem.accept(which + ": สีไฟจราจร \"" + r.light() + "\" ไม่ถูกต้อง (GREEN, YELLOW, ORANGE, RED)");
      if (r.factor() != null && !FACTORS.contains(r.factor())) problem.accept(which + ": ปัจจัย \"" + r.factor() + "\" ไม่ถูกต้อง (KNOWN, UNKNOWN)");
      if (r.control() != null && !CONTROLS.contains(r.control())) problem.accept(which + ": คุณภาพการควบคุม \"" + r.control() + "\" ไม่ถูกต้อง (GOOD, FAIR, WEAK)");
      if (r.likelihood() == null && r.impact() == null) continue;
      Matcher m = SIZE.matcher(r.matrix() == null ? "NACC-3x3" : r.matrix());
      if (!m.find()) {
        problem.accept(which + ": ไม่รู้จักเมทริกซ์ความเสี่ยง \"" + r.matrix() + "\"");
        continue;
      }
      int n = Integer.parseInt(m.group(1));
      for (Integer v : new Integer[] {r.likelihood(), r.impact()}) {
        if (v != null && (v < 1 || v > n)) problem.accept(which + ": คะแนน " + v + " อยู่นอกเมทริกซ์ " + n + "×" + n + " (1–" + n + ")");
      }
    }
  }
}
