package org.sujarit.importer.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sujarit.common.ThaiDigits;
import org.sujarit.importer.text.Amounts;
import org.sujarit.importer.text.ThaiText;
import org.sujarit.interchange.PlanInterchange.CostLine;
import org.sujarit.interchange.PlanInterchange.Details;
import org.sujarit.interchange.PlanInterchange.IndicatorTarget;
import org.sujarit.interchange.PlanInterchange.SheetLine;
import org.sujarit.interchange.PlanInterchange.SheetSection;

/** A read detail sheet in interchange form, with its budget, cost lines and indicator targets. */
final class DetailsBuilder {
  private static final String D = ThaiText.D;
  private static final Pattern LIST_MARK = Pattern.compile("^(?:[-•]\\s*)?(?:\\(\\s*" + D + "{1,2}(?:\\." + D + "{1,2})?\\s*\\)|" + D + "{1,2}(?:\\." + D + "{1,2})?\\s*[.)])\\s*");
  private static final Pattern TARGET = Pattern.compile("(ไม่น้อยกว่า|ไม่ต่ำกว่า|อย่างน้อย|มากกว่า|ไม่เกิน|ร้อยละ)\\s*(ร้อยละ)?\\s*(" + D + "+(?:\\." + D + "+)?)\\s*(%|เปอร์เซ็นต์|คะแนน|คน|ราย|ครั้ง|ช่องทาง|เรื่อง|แห่ง|ชุด|หน่วยงาน|โครงการ|วัน)?");
  private static final Pattern PERCENT_SIGN = Pattern.compile("(" + D + "+(?:\\." + D + "+)?)\\s*%");
  private static final Pattern YEAR_AMOUNT = Pattern.compile("(?:ปี|พ\\.ศ\\.)\\s*(?:งบประมาณ\\s*)?(?:พ\\.ศ\\.\\s*)?((?:25|๒๕)" + D + "{2})(?!\\s*[-–—]\\s*(?:25|๒๕))[^0-9\u0E50-\u0E59]{0,40}?(" + D + "{1,3}(?:," + D + "{3})*|" + D + "+)(?:\\." + D + "{2})?\\s*บาท");

  private static final Pattern MARK = Pattern.compile("^(?:\\(\\s*" + D + "{1,2}(?:\\." + D + "{1,2})?\\s*\\)|" + D + "{1,2}(?:\\." + D + "{1,2})?\\s*[.)](?!" + D + "))");
  private static final Pattern COST_AMOUNT = Pattern.compile("(?:จำนวน|เป็นเงิน|=)?\\s*[0-9\u0E50-\u0E59,.]+\\s*บาท.*$");

  private DetailsBuilder() {}

  static Details details(DetailSheet s) {
    List<String> both = items(s.lines(Section.INDICATOR_RESULTS));
    List<String> indicators = concat(items(s.lines(Section.INDICATORS)), both);
    List<String> outputs = items(s.lines(Section.OUTPUTS));
    List<String> outcomes = concat(items(s.lines(Section.OUTCOMES)), both);
    List<String> measured = new ArrayList<>(indicators);
    if (measured.isEmpty()) {
      measured.addAll(outputs);
      measured.addAll(outcomes);
    }
    return new Details(
        paragraphs(s.lines(Section.PRINCIPLE)),
        items(s.lines(Section.OBJECTIVES)),
        s.text(Section.TARGET),
        s.text(Section.AREA),
        items(s.lines(Section.METHOD)),
        s.text(Section.DURATION),
        s.text(Section.BUDGET),
        costLines(s.lines(Section.BUDGET)),
        s.text(Section.RESPONSIBLE),
        outputs,
        outcomes,
        indicators,
        targets(measured),
        s.heading,
        written(s));
  }

  /** The sheet's sections as written, each line at its list level. */
  private static List<SheetSection> written(DetailSheet s) {
    List<SheetSection> out = new ArrayList<>();
    for (DetailSheet.Written w : s.written) {
      List<SheetLine> lines = new ArrayList<>();
      String firstStyle = null;
      for (String l : w.lines()) {
        String style = markStyle(l);
        if (style != null && firstStyle == null) firstStyle = style;
        int level = style == null ? 0 : style.equals(firstStyle) ? 1 : 2;
        lines.add(new SheetLine(level, l));
      }
      out.add(new SheetSection(w.no(), w.heading(), w.kind() == null ? null : w.kind().name().toLowerCase(), lines));
    }
    return out;
  }

  /** The numbering style of a list line: "(n)", "n)", "n.", "(n.n)", "n.n"; null for text. */
  private static String markStyle(String line) {
    Matcher m = MARK.matcher(line);
    if (!m.lookingAt()) return null;
    return m.group().replaceAll(D, "n").replaceAll("n+", "n").replaceAll("\\s", "");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    if (b.isEmpty()) return a;
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static String paragraphs(List<String> lines) {
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  /** List lines without their bullets and numbers. */
  static List<String> items(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String l : lines) {
      String t = unmarked(l);
      if (!t.isEmpty()) out.add(t);
    }
    return out;
  }

  private static String unmarked(String line) {
    char c = line.isEmpty() ? ' ' : line.charAt(0);
    boolean marked = c == '(' || c == '-' || c == '•' || ThaiDigits.isDigit(c);
    return (marked ? LIST_MARK.matcher(line).replaceFirst("") : line).strip();
  }

  /** Lines of a budget breakdown: a description and an amount, when there are two or more. */
  private static List<CostLine> costLines(List<String> lines) {
    List<CostLine> out = new ArrayList<>();
    for (String l : lines) {
      List<BigDecimal> amounts = Amounts.inText(l);
      if (amounts.isEmpty()) continue;
      String description = COST_AMOUNT.matcher(unmarked(l)).replaceAll("").strip();
      if (!description.isEmpty() && !description.startsWith("งบประมาณ")) out.add(new CostLine(description, amounts.get(amounts.size() - 1)));
    }
    return out.size() >= 2 ? out : List.of();
  }

  static List<IndicatorTarget> targets(List<String> lines) {
    List<IndicatorTarget> out = new ArrayList<>();
    for (String l : lines) {
      Matcher m = TARGET.matcher(l);
      if (m.find()) {
        boolean percent = m.group(1).equals("ร้อยละ") || m.group(2) != null || "%".equals(m.group(4)) || "เปอร์เซ็นต์".equals(m.group(4));
        out.add(new IndicatorTarget(l, new BigDecimal(ThaiDigits.toArabic(m.group(3))), percent ? "percent" : unit(m.group(4))));
        continue;
      }
      Matcher p = PERCENT_SIGN.matcher(l);
      if (p.find()) out.add(new IndicatorTarget(l, new BigDecimal(ThaiDigits.toArabic(p.group(1))), "percent"));
    }
    return out;
  }

  private static String unit(String word) {
    if (word == null) return "other";
    return switch (word) {
      case "คะแนน" -> "score";
      case "คน", "ราย" -> "person";
      case "ครั้ง" -> "time";
      case "ช่องทาง", "เรื่อง", "แห่ง", "ชุด", "หน่วยงาน", "โครงการ" -> "count";
      default -> "other";
    };
  }

  /**
   * The yearly budget a sheet states: amounts named by year; otherwise one amount for the whole plan,
   * which plans mean for every year; 0 for "ไม่ใช้งบประมาณ"; nothing when the sheet says nothing.
   */
  static Map<Integer, BigDecimal> budget(DetailSheet s, List<Integer> years) {
    Map<Integer, BigDecimal> out = new LinkedHashMap<>();
    years.forEach(y -> out.put(y, null));
    String text = s.text(Section.BUDGET);
    if (text == null) return out;
    Matcher m = YEAR_AMOUNT.matcher(text);
    boolean byYear = false;
    while (m.find()) {
      int year = ThaiText.number(m.group(1));
      if (out.containsKey(year)) {
        out.put(year, new BigDecimal(ThaiDigits.toArabic(m.group(2)).replace(",", "")));
        byYear = true;
      }
    }
    if (byYear) return out;
    List<BigDecimal> amounts = Amounts.inText(text);
    BigDecimal value = !amounts.isEmpty() ? amounts.get(0) : Amounts.saysNoBudget(text) ? BigDecimal.ZERO : null;
    years.forEach(y -> out.put(y, value));
    return out;
  }
}
