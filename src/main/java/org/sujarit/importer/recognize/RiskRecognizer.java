package org.sujarit.importer.recognize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.model.SourceLine;
import org.sujarit.importer.text.ThaiText;
import org.sujarit.interchange.PlanInterchange.Risk;
import org.sujarit.interchange.PlanInterchange.RiskAssessment;

/**
 * The Part 1 corruption-risk assessment: which of the four forms the plan uses, and for the table forms
 * each risk with its level and the measures that control it.
 */
final class RiskRecognizer {
  private static final Pattern ROW_NUMBER = Pattern.compile("^" + ThaiText.D + "{1,2}\\.?$");
  private static final Pattern CONTROL_SPLIT = Pattern.compile("(?:^|\\s)(?:" + ThaiText.D + "{1,2}\\s*[.)]|-)\\s*(?=\\S)");

  private RiskRecognizer() {}

  static RiskAssessment recognize(SourceDocument doc, int endIndex) {
    if (anyLine(doc, endIndex, "Know Factor", "Unknow", "สีไฟจราจร")) {
      return new RiskAssessment("NACC_9_STEP", nineStep(doc, endIndex));
    }
    for (int i = 0; i < endIndex; i++) {
      SourceLine l = doc.get(i);
      if (l.isRow() && l.cells().size() >= 4 && (l.text().contains("Risk Score") || l.text().contains("ความเสี่ยง") && l.text().contains("มาตรการ"))) {
        return new RiskAssessment("RISK_SCORE_TABLE", scoreTable(doc, i, endIndex));
      }
    }
    if (anyLine(doc, endIndex, "SWOT", "จุดแข็ง")) return new RiskAssessment("SWOT", List.of());
    if (anyLine(doc, endIndex, "ความเสี่ยง")) return new RiskAssessment("NARRATIVE", List.of());
    return new RiskAssessment("NONE", List.of());
  }

  private static boolean anyLine(SourceDocument doc, int endIndex, String... words) {
    for (int i = 0; i < endIndex; i++) {
      for (String w : words) {
        if (doc.get(i).text().contains(w)) return true;
      }
    }
    return false;
  }

  private static List<Risk> scoreTable(SourceDocument doc, int headerIndex, int endIndex) {
    List<String> header = doc.get(headerIndex).cells();
    int process = column(header, "ขั้นตอน", "กระบวน", "ภารกิจ");
    int risk = column(header, "ประเด็น", "ความเสี่ยงการ");
    int level = column(header, "Risk Score", "ระดับ");
    int controls = column(header, "มาตรการ", "การควบคุม");
    List<Risk> out = new ArrayList<>();
    for (int i = headerIndex + 1; i < endIndex; i++) {
      SourceLine l = doc.get(i);
      if (!l.isRow()) {
        if (!l.isBlank()) break;
        continue;
      }
      if (!ROW_NUMBER.matcher(l.cells().get(0)).matches()) continue;
      out.add(new Risk(cell(l, process), cell(l, risk), cell(l, level), split(cell(l, controls))));
    }
    return out;
  }

  /** Risks of the traffic-light table, with the measures of the risk-management plan table by row number. */
  private static List<Risk> nineStep(SourceDocument doc, int endIndex) {
    Map<String, String[]> levels = new LinkedHashMap<>();
    Map<String, List<String>> controls = new HashMap<>();
    for (int i = 0; i < endIndex; i++) {
      SourceLine l = doc.get(i);
      if (!l.isRow() || !l.cells().get(0).equals("ที่")) continue;
      List<String> h = l.cells();
      int firstColor = column(h, "เขียว");
      int measures = column(h, "มาตรการ");
      for (int k = i + 1; k < endIndex && doc.get(k).isRow(); k++) {
        List<String> r = doc.get(k).cells();
        if (!ROW_NUMBER.matcher(r.get(0)).matches() || r.size() < 2) continue;
        if (firstColor > 0 && !levels.containsKey(r.get(0))) {
          for (int c = firstColor; c < Math.min(r.size(), h.size()); c++) {
            String level = trafficLight(h.get(c));
            if (level != null && !r.get(c).isEmpty()) levels.put(r.get(0), new String[] {r.get(1), level});
          }
        } else if (measures > 0 && measures < r.size()) {
          controls.putIfAbsent(r.get(0), split(r.get(measures)));
        }
      }
    }
    List<Risk> out = new ArrayList<>();
    levels.forEach((n, v) -> out.add(new Risk(null, v[0], v[1], controls.getOrDefault(n, List.of()))));
    return out;
  }

  /** The traffic-light level a header cell names, as the interchange writes it. */
  private static String trafficLight(String header) {
    if (header.contains("เขียว")) return "GREEN";
    if (header.contains("เหลือง")) return "YELLOW";
    if (header.contains("ส้ม")) return "ORANGE";
    if (header.contains("แดง")) return "RED";
    return null;
  }

  private static int column(List<String> header, String... words) {
    for (int j = 0; j < header.size(); j++) {
      for (String w : words) {
        if (header.get(j).contains(w)) return j;
      }
    }
    return -1;
  }

  private static String cell(SourceLine l, int col) {
    return col >= 0 && col < l.cells().size() && !l.cells().get(col).isEmpty() ? l.cells().get(col) : null;
  }

  private static List<String> split(String text) {
    if (text == null) return List.of();
    return Arrays.stream(CONTROL_SPLIT.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
