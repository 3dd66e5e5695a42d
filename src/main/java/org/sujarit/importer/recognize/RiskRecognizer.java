package org.sujarit.importer.recognize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.model.SourceLine;
import org.sujarit.importer.text.ThaiText;
import org.sujarit.interchange.PlanInterchange.Risk;
import org.sujarit.interchange.PlanInterchange.RiskAssessment;
import org.sujarit.plan.RiskLevel;

/**
 * The Part 1 corruption-risk assessment: which of the four forms the plan uses, and for the table forms
 * each risk with its level and the measures that control it (the nine-step tables: {@link NineStepReader}).
 */
final class RiskRecognizer {
  private static final Pattern ROW_NUMBER = Pattern.compile("^" + ThaiText.D + "{1,2}\\.?$");
  private static final Pattern CONTROL_SPLIT = Pattern.compile("(?:^|\\s)(?:" + ThaiText.D + "{1,2}\\s*[.)]|-)\\s*(?=\\S)");

  private RiskRecognizer() {}

  static RiskAssessment recognize(SourceDocument doc, int endIndex, Findings findings) {
    if (anyLine(doc, endIndex, "Know Factor", "Unknow", "สีไฟจราจร")) {
      return new RiskAssessment("NACC_9_STEP", NineStepReader.read(doc, endIndex, findings));
    }
    for (int i = 0; i < endIndex; i++) {
      SourceLine l = doc.get(i);
      if (l.isRow() && l.cells().size() >= 4 && (l.text().contains("Risk Score") || l.text().contains("ความเสี่ยง") && l.text().contains("มาตรการ"))) {
        return new RiskAssessment("RISK_SCORE_TABLE", scoreTable(doc, i, endIndex, findings));
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

  private static List<Risk> scoreTable(SourceDocument doc, int headerIndex, int endIndex, Findings findings) {
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
      String written = cell(l, level);
      String light = written == null ? null : RiskLevel.parse(written).map(RiskLevel::light).orElse(null);
      if (written != null && light == null) {
        findings.add(l.number(), DiagnosticCode.RISK_FORM_UNREAD, "ระดับความเสี่ยง \"" + written + "\" ไม่ใช่ระดับเดียวที่รู้จัก (ต่ำ / ปานกลาง / สูง / สูงมาก)"
            + ": สถานะของความเสี่ยงนี้เว้นว่างไว้ ระดับตามเอกสารเก็บไว้");
      }
      out.add(new Risk(cell(l, process), cell(l, risk), written, split(cell(l, controls)), null, null, light, null, null, null, null,
          l.number()));
    }
    return out;
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

  static List<String> split(String text) {
    if (text == null) return List.of();
    return Arrays.stream(CONTROL_SPLIT.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
