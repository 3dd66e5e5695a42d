package org.sujarit.importer.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.text.NameKey;
import org.sujarit.interchange.PlanInterchange.Dimension;
import org.sujarit.interchange.PlanInterchange.Risk;
import org.sujarit.interchange.PlanInterchange.RiskAssessment;

/**
 * Part 1 names the items that control a risk as the template did ("…ของระบุชื่อองค์กรปกครองส่วนท้องถิ่น",
 * wrapped, a letter off), Part 2 with the organization's name. A control whose name is that of a Part 2
 * item but for these is given the item's name, so that the draft assessment links the item; each such
 * reading is reported. A name near two items, or near none, stays as written (a measure in words).
 */
final class RiskControlNames {
  static final double SAME = 0.85;
  private static final Pattern TEMPLATE_OWNER = Pattern.compile("(?:ของ\\s*)?(?:ระบุ\\S{0,3}\\s*ชื่อ\\s*)?องค์กรปกครองส่วนท้องถิ่น|(?:ของ\\s*)?หน่วยงาน\\s*$");

  private RiskControlNames() {}

  static RiskAssessment named(RiskAssessment risks, List<Dimension> dimensions, String organization, Findings findings) {
    if (risks == null || risks.risks().isEmpty()) return risks;
    List<String> names = new ArrayList<>();
    dimensions.forEach(d -> d.missions().forEach(m -> m.projects().forEach(p -> {
      if (p.name() != null) names.add(p.name());
    })));
    List<String> keys = names.stream().map(n -> key(n, organization)).toList();
    List<Risk> out = new ArrayList<>();
    for (Risk r : risks.risks()) {
      List<String> controls = new ArrayList<>();
      for (String c : r.controls()) controls.add(itemNamed(c, r, names, keys, organization, findings));
      out.add(new Risk(r.process(), r.risk(), r.level(), controls, r.area(), r.factor(), r.light(), r.likelihood(), r.impact(), r.matrix(),
          r.control(), r.line()));
    }
    return new RiskAssessment(risks.format(), out);
  }

  private static String itemNamed(String control, Risk r, List<String> names, List<String> keys, String organization, Findings findings) {
    String k = key(control, organization);
    if (k.isEmpty()) return control;
    int best = -1;
    double bestSim = 0;
    double second = 0;
    for (int i = 0; i < keys.size(); i++) {
      double s = NameKey.similarity(k, keys.get(i));
      if (s > bestSim) {
        second = bestSim;
        bestSim = s;
        best = i;
      } else if (s > second && !names.get(i).equals(names.get(best))) {
        second = s;
      }
    }
    if (best < 0 || bestSim < SAME || NameKey.of(control).equals(NameKey.of(names.get(best)))) return control;
    if (second >= SAME) return control;
    findings.add(r.line() == null ? 0 : r.line(), DiagnosticCode.AMBIGUOUS_NAME, "INFO",
        "มาตรการ \"" + control + "\" ของความเสี่ยงในส่วนที่ 1 อ่านเป็นรายการ \"" + names.get(best) + "\" ของแผน (ชื่อใกล้เคียงกัน)");
    return names.get(best);
  }

  private static String key(String name, String organization) {
    String t = organization == null || organization.isBlank() ? name : name.replace(organization, "");
    return NameKey.of(TEMPLATE_OWNER.matcher(t).replaceAll(""));
  }
}
