package org.sujarit.risk;

import java.util.ArrayList;
import java.util.List;
import org.sujarit.plan.Introduction;
import org.sujarit.plan.RiskAreaWords;
import org.sujarit.plan.RiskLevel;

/**
 * Turns the simple risk rows of a plan's Part 1 (work process, risk, level, controlling items) into
 * risks of a draft assessment, nothing lost: the level becomes the traffic light, the controlling items
 * linked measures, the controls named only in words a measure of their own; the area is the one the
 * words of the process and risk name ({@link RiskAreaWords}), else the use of power.
 */
final class Part1Rows {
  private Part1Rows() {}

  /** Rows as an officer typed them: a control note is one measure, as written. */
  static List<Risk> from(List<Introduction.RiskRow> rows) {
    return from(rows, false);
  }

  /**
   * Rows an import made (an event without the risks as read): its note joins the controls it named in
   * words with "; ", each a measure of its own, as the document listed them.
   */
  static List<Risk> fromImport(List<Introduction.RiskRow> rows) {
    return from(rows, true);
  }

  private static List<Risk> from(List<Introduction.RiskRow> rows, boolean imported) {
    List<Risk> risks = new ArrayList<>();
    for (Introduction.RiskRow row : rows) {
      String description = row.risk() != null && !row.risk().isBlank() ? row.risk() : row.workProcess();
      if (description == null || description.isBlank()) continue;
      List<Measure> measures = new ArrayList<>(row.controls().stream().map(Measure::linked).toList());
      if (row.controlNote() != null && !row.controlNote().isBlank()) {
        for (String control : imported ? row.controlNote().split(";\\s+") : new String[] {row.controlNote()}) {
          if (!control.isBlank()) measures.add(Measure.own(control.strip(), null, null, null));
        }
      }
      Risk r = Risk.identified(area(row.workProcess() + " " + row.risk()), row.workProcess(), description, RiskFactor.UNKNOWN, null, light(row.level()));
      risks.add(r.withMeasures(measures));
    }
    return risks;
  }

  static TrafficLight light(RiskLevel level) {
    return level == null ? null : TrafficLight.valueOf(level.light());
  }

  static String area(String text) {
    return RiskAreaWords.areaOf(text).orElse(RiskArea.POWER);
  }
}
