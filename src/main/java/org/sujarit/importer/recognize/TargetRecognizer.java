package org.sujarit.importer.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sujarit.common.ThaiDigits;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.model.SourceLine;
import org.sujarit.importer.text.ThaiText;
import org.sujarit.interchange.PlanInterchange.Target;

/**
 * The Part 1 goals: a table of yearly target values when the plan has one ("ค่าเป้าหมาย | ปี 2566 …"),
 * otherwise the numbered statements under the goals heading, with "ร้อยละ 50 ในปี พ.ศ. 2570" read as a value.
 */
final class TargetRecognizer {
  private static final String D = ThaiText.D;
  private static final Pattern GOALS_HEADING = Pattern.compile("^" + D + "{1,2}\\s*\\.?\\s*เป้าหมาย.{0,30}$");
  private static final Pattern NEXT_HEADING = Pattern.compile("^" + D + "{1,2}\\s*\\.\\s*(?!" + D + ")\\S.*");
  private static final Pattern ITEM = Pattern.compile("^(?:\\(\\s*" + D + "{1,2}\\s*\\)|" + D + "{1,2}\\s*\\)|" + D + "{1,2}\\." + D + "{1,2})\\s*(.+)$");
  private static final Pattern NUMBER = Pattern.compile("(" + D + "+(?:\\." + D + "+)?)");
  private static final Pattern PERCENT_IN_YEAR = Pattern.compile("ร้อยละ\\s*(" + D + "+(?:\\." + D + "+)?)\\s*(?:ในปี|ภายในปี)\\s*(?:พ\\.ศ\\.)?\\s*((?:25|๒๕)" + D + "{2})");

  private TargetRecognizer() {}

  static List<Target> recognize(SourceDocument doc, int endIndex) {
    List<Target> table = fromTable(doc, endIndex);
    return table.isEmpty() ? fromList(doc, endIndex) : table;
  }

  private static List<Target> fromTable(SourceDocument doc, int endIndex) {
    for (int i = 0; i < endIndex; i++) {
      SourceLine line = doc.get(i);
      if (!line.isRow() || !line.cells().get(0).contains("เป้าหมาย")) continue;
      List<Integer> cols = new ArrayList<>();
      List<Integer> years = new ArrayList<>();
      for (int j = 1; j < line.cells().size(); j++) {
        Matcher y = Patterns.YEAR.matcher(line.cells().get(j));
        if (y.find()) {
          cols.add(j);
          years.add(ThaiText.number(y.group(1)));
        }
      }
      if (years.size() < 2) continue;
      List<Target> out = new ArrayList<>();
      for (int k = i + 1; k < endIndex && doc.get(k).isRow(); k++) {
        List<String> cells = doc.get(k).cells();
        Map<Integer, BigDecimal> values = new LinkedHashMap<>();
        String all = String.join(" ", cells.subList(1, cells.size()));
        for (int c = 0; c < cols.size(); c++) {
          if (cols.get(c) >= cells.size()) continue;
          Matcher n = NUMBER.matcher(cells.get(cols.get(c)));
          if (n.find()) values.put(years.get(c), new BigDecimal(ThaiDigits.toArabic(n.group(1))));
        }
        out.add(new Target(cells.get(0), unit(all + " " + cells.get(0)), values));
      }
      return out;
    }
    return List.of();
  }

  private static List<Target> fromList(SourceDocument doc, int endIndex) {
    List<Target> out = new ArrayList<>();
    boolean in = false;
    for (int i = 0; i < endIndex; i++) {
      SourceLine line = doc.get(i);
      if (line.isBlank() || line.isRow()) continue;
      String t = line.text();
      if (!in) {
        in = t.contains("เป้าหมาย") && GOALS_HEADING.matcher(t).matches();
        continue;
      }
      Matcher item = ITEM.matcher(t);
      if (item.matches()) {
        out.add(statement(item.group(1)));
      } else if (NEXT_HEADING.matcher(t).matches()) {
        if (!out.isEmpty()) break;
        in = GOALS_HEADING.matcher(t).matches();
      }
    }
    return out;
  }

  private static Target statement(String text) {
    Map<Integer, BigDecimal> values = new LinkedHashMap<>();
    Matcher m = PERCENT_IN_YEAR.matcher(text);
    if (m.find()) values.put(ThaiText.number(m.group(2)), new BigDecimal(ThaiDigits.toArabic(m.group(1))));
    int cut = text.indexOf(" ร้อยละ");
    String name = cut > 0 ? text.substring(0, cut).strip() : text;
    return new Target(name, unit(text), values);
  }

  private static String unit(String text) {
    if (text.contains("ร้อยละ") || text.contains("%")) return "percent";
    if (text.contains("คะแนน")) return "score";
    return "other";
  }
}
