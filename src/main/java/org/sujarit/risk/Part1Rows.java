package org.sujarit.risk;

import java.util.ArrayList;
import java.util.List;
import org.sujarit.plan.Introduction;
import org.sujarit.plan.RiskLevel;

/**
 * Turns the simple risk rows of a plan's Part 1 (work process, risk, level, controlling items) into
 * risks of a draft assessment, nothing lost: the level becomes the traffic light, the controlling items
 * linked measures, each control named only in words a measure of its own; the area is read from the words
 * of the process, bribery and approvals first, else the use of power.
 */
public final class Part1Rows {
  private Part1Rows() {}

  public static List<Risk> from(List<Introduction.RiskRow> rows) {
    List<Risk> risks = new ArrayList<>();
    for (Introduction.RiskRow row : rows) {
      String description = row.risk() != null && !row.risk().isBlank() ? row.risk() : row.workProcess();
      if (description == null || description.isBlank()) continue;
      List<Measure> measures = new ArrayList<>(row.controls().stream().map(Measure::linked).toList());
      if (row.controlNote() != null && !row.controlNote().isBlank()) {
        // the plan joins the controls an import named in words with "; ": each is a measure of its own, as the document listed them
        for (String control : row.controlNote().split(";\\s+")) {
          if (!control.isBlank()) measures.add(Measure.own(control.strip(), null, null, null));
        }
      }
      Risk r = Risk.identified(area(row.workProcess() + " " + row.risk()), row.workProcess(), description, RiskFactor.UNKNOWN, null, light(row.level()));
      risks.add(r.withMeasures(measures));
    }
    return risks;
  }

  static TrafficLight light(RiskLevel level) {
    if (level == null) return null;
    return switch (level) {
      case LOW -> TrafficLight.GREEN;
      case MEDIUM -> TrafficLight.YELLOW;
      case HIGH -> TrafficLight.ORANGE;
      case VERY_HIGH -> TrafficLight.RED;
    };
  }

  static String area(String text) {
    String t = text == null ? "" : text;
    if (t.contains("สินบน") || t.contains("เรียกรับ")) return RiskArea.BRIBERY;
    if (t.contains("อนุมัติ") || t.contains("อนุญาต")) return RiskArea.APPROVAL;
    if (t.contains("จัดซื้อ") || t.contains("จัดจ้าง") || t.contains("งบประมาณ") || t.contains("พัสดุ") || t.contains("ทรัพย์สิน")
        || t.contains("เบิก")) {
      return RiskArea.BUDGET;
    }
    return RiskArea.POWER;
  }
}
