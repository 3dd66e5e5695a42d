package org.sujarit.importer.recognize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.model.SourceLine;
import org.sujarit.importer.text.NameKey;
import org.sujarit.importer.text.ThaiText;
import org.sujarit.interchange.PlanInterchange.Risk;
import org.sujarit.plan.RiskAreaWords;

/**
 * The tables of the NACC nine-step form: step 1 (risks by area, known or unknown factor), step 2
 * (traffic light), step 3 (surveillance necessity × impact on the NACC 3×3 matrix, and the tables 3.1
 * MUST/SHOULD and 3.2 impact), step 4 (control quality) and step 5 (the measures of each risk). Tables
 * are told apart by their header and caption words, columns by their header cells, and the rows of
 * later tables are matched to the risks by their text (their number when the text is too damaged), so
 * that tables in another order, renumbered, wrapped or shifted by a cell are still read. What is read
 * but not understood (two lights marked, a score outside the matrix, a total that is not the product)
 * is left empty with an {@code RISK_FORM_UNREAD} diagnostic on its line.
 */
final class NineStepReader {
  static final String MATRIX = "NACC-3x3";
  static final int SIZE = 3;
  private static final Pattern NUMBER = Pattern.compile("^" + ThaiText.D + "{1,2}[.)]?$");
  private static final Pattern VALUE = Pattern.compile("^\\(?(" + ThaiText.D + "{1,2})\\)?$");
  private static final Pattern HEADER_VALUE = Pattern.compile("(" + ThaiText.D + ")\\s*$");
  private static final Pattern MARK = Pattern.compile("^[✓✔√☑✗✘xXüþ/●•*]+$");
  private static final Pattern AREA_PREFIX = Pattern.compile("^(ความเสี่ยง(?:การทุจริต|ด้าน)[^-–:•]{2,120}?)\\s*[-–:•]\\s*(\\S.*)$");
  private static final Pattern AREA_CONNECTOR = Pattern.compile("^(?:ใน\\S{0,40}?ของ|(?:ที่)?เกี่ยว(?:ข้อง)?กับ|ด้าน|ใน)\\s*");
  private static final Pattern RISK_WORD = Pattern.compile("^ความเสี่ยง(?:การทุจริต)?\\s*");
  private static final Pattern SIDE_WORD = Pattern.compile("^ด้าน\\s*");
  private static final Pattern NUMBER_MARKS = Pattern.compile("[.)]");

  private enum Kind { FACTOR, LIGHT, NECESSITY, SCORE, IMPACT, CONTROL, PLAN, REPORT, OTHER }

  /** One risk as the tables give it. */
  private static final class Read {
    final int line;
    final String no;
    final String key;
    String text;
    /** The key of {@code text} once its area words are taken off. */
    String textKey;
    String area;
    String process;
    String factor;
    String light;
    Integer likelihood;
    Integer impact;
    String control;
    final List<String> measures = new ArrayList<>();

    Read(int line, String no, String text) {
      this.line = line;
      this.no = no;
      this.text = text;
      this.key = NameKey.of(text);
    }
  }

  /** A table row with its continuation lines joined in; {@code area}: the area row above it, if any. */
  private record Row(int line, String no, List<String> cells, String area) {}

  /**
   * A table with what its header says read once: the columns of its text, process, measures, MUST,
   * SHOULD and quality; the option each column stands for (factor, light or impact value, by kind); and
   * the number a column's header ends with (the value a mark under it gives).
   */
  private record Table(Kind kind, int line, List<String> header, int text, int process, List<Row> rows, int measures, int must,
      int should, int quality, List<String> options, List<Integer> headerValues) {
    static Table of(Kind kind, int line, List<String> header, int text, int process, List<Row> rows) {
      List<String> options = new ArrayList<>();
      List<Integer> values = new ArrayList<>();
      for (String h : header) {
        options.add(option(kind, h));
        Matcher m = HEADER_VALUE.matcher(h);
        values.add(m.find() ? ThaiText.number(m.group(1)) : null);
      }
      return new Table(kind, line, header, text, process, rows, column(header, -1, "มาตรการ", "การจัดการ", "แนวทาง"),
          column(header, -1, "MUST"), column(header, -1, "SHOULD"), column(header, -1, "คุณภาพ"), options, values);
    }
  }

  private final Findings findings;
  private final List<Read> risks = new ArrayList<>();

  private NineStepReader(Findings findings) {
    this.findings = findings;
  }

  static List<Risk> read(SourceDocument doc, int endIndex, Findings findings) {
    return new NineStepReader(findings).readAll(doc, endIndex);
  }

  private List<Risk> readAll(SourceDocument doc, int endIndex) {
    List<Table> tables = tables(doc, endIndex);
    // the risks are those of step 1 (or of the first table that lists them, when step 1 is lost)
    Table first = tables.stream().filter(t -> t.kind == Kind.FACTOR).findFirst()
        .orElse(tables.stream().filter(t -> t.kind == Kind.LIGHT).findFirst().orElse(tables.isEmpty() ? null : tables.get(0)));
    if (first == null) return List.of();
    for (Row r : first.rows) {
      String text = cell(r, first.text);
      if (text == null) continue;
      Read risk = new Read(r.line, r.no, text);
      identify(risk, r, first);
      risk.textKey = NameKey.of(risk.text);
      risks.add(risk);
    }
    for (Table t : tables) {
      Set<Read> seen = new LinkedHashSet<>();
      for (Row r : t.rows) {
        Read risk = t == first ? risks.stream().filter(x -> x.line == r.line).findFirst().orElse(null) : match(t, r, seen);
        if (risk == null) continue;
        seen.add(risk);
        apply(t, r, risk);
      }
    }
    return risks.stream().map(r -> new Risk(r.process, r.text, r.light, List.copyOf(r.measures), r.area, r.factor, r.light, r.likelihood,
        r.impact, r.likelihood != null || r.impact != null ? MATRIX : null, r.control, r.line)).toList();
  }

  // ---- tables ------------------------------------------------------------------------------

  private List<Table> tables(SourceDocument doc, int endIndex) {
    List<Table> out = new ArrayList<>();
    int i = 0;
    while (i < endIndex) {
      SourceLine l = doc.get(i);
      if (!l.isRow() || l.cells().size() < 2 || number(l.cells().get(0)) != null || !l.text().contains("ความเสี่ยง")) {
        i++;
        continue;
      }
      int headerStart = i;
      List<List<String>> headerRows = new ArrayList<>();
      while (i < endIndex && doc.get(i).isRow() && number(doc.get(i).cells().get(0)) == null && (headerRows.isEmpty() || areaRow(doc.get(i)) == null)) {
        headerRows.add(doc.get(i++).cells());
      }
      List<String> header = mergedHeader(headerRows);
      List<Row> rows = new ArrayList<>();
      String area = null;
      for (; i < endIndex; i++) {
        SourceLine r = doc.get(i);
        if (r.isBlank()) {
          if (i + 1 < endIndex && doc.get(i + 1).isRow() && number(doc.get(i + 1).cells().get(0)) != null) continue;
          break;
        }
        if (!r.isRow()) break;
        String no = number(r.cells().get(0));
        String areaRow = no == null ? areaRow(r) : null;
        if (no != null) {
          rows.add(new Row(r.number(), no, new ArrayList<>(r.cells()), area));
        } else if (areaRow != null) {
          area = areaRow;
        } else if (!rows.isEmpty()) {
          continued(rows.get(rows.size() - 1), r.cells());
        } else {
          break;
        }
      }
      String caption = caption(doc, headerStart);
      Kind kind = kind(String.join(" ", header));
      if (kind == Kind.OTHER) kind = kind(caption + " " + String.join(" ", header));
      int text = column(header, 1, "โอกาส", "ความเสี่ยง", "ประเด็น");
      if (kind == Kind.OTHER) {
        if (!rows.isEmpty()) findings.add(doc.get(headerStart).number(), DiagnosticCode.RISK_FORM_UNREAD,
            "อ่านตารางความเสี่ยงนี้ไม่ออก (ไม่ใช่ตารางขั้นตอนใดของ ป.ป.ช. ที่รู้จัก): ไม่ได้นำเข้า");
      } else if (kind != Kind.REPORT) { // step 6 reports a round: the monitoring rounds take it, not the draft
        out.add(Table.of(kind, doc.get(headerStart).number(), header, text, column(header, -1, "ขั้นตอน", "กระบวน", "ภารกิจ", "ด้าน"), rows));
      }
    }
    return out;
  }

  /** Header rows joined column by column ("ประเภทความเสี่ยง" over "Know Factor"). */
  private static List<String> mergedHeader(List<List<String>> rows) {
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    List<String> out = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      StringBuilder sb = new StringBuilder();
      for (List<String> r : rows) if (c < r.size() && !r.get(c).isBlank()) sb.append(sb.length() == 0 ? "" : " ").append(r.get(c).strip());
      out.add(sb.toString());
    }
    return out;
  }

  /** The caption above a header: the lines up to its "ตารางที่ 3 SCORING …" line, else the nearest line. */
  private static String caption(SourceDocument doc, int headerIndex) {
    List<String> lines = new ArrayList<>();
    for (int k = headerIndex - 1; k >= 0 && lines.size() < 3; k--) {
      SourceLine l = doc.get(k);
      if (l.isBlank()) continue;
      if (l.isRow()) break;
      lines.add(l.text());
      if (l.text().strip().startsWith("ตาราง")) return String.join(" ", lines);
    }
    return lines.isEmpty() ? "" : lines.get(0);
  }

  private static Kind kind(String words) {
    String w = words.toLowerCase();
    if (w.contains("know") || w.contains("ประเภทความเสี่ยง")) return Kind.FACTOR;
    if (w.contains("must") || w.contains("should")) return Kind.NECESSITY;
    if (w.contains("scoring") || w.contains("ค่าความเสี่ยงรวม") || w.contains("จำเป็น") && w.contains("รุนแรง")) return Kind.SCORE;
    // steps 6 and 8 (a round's surveillance report, the summary by status) are reported in the rounds, not drafted
    if (w.contains("เขียว") && (w.contains("เฝ้าระวัง") || w.contains("มาตรการ") || w.contains("สรุป") || w.contains("รายงาน"))) return Kind.REPORT;
    if (w.contains("เขียว") || w.contains("สีไฟ")) return Kind.LIGHT;
    if (w.contains("รุนแรง") || w.contains("ผลกระทบ")) return Kind.IMPACT;
    if (w.contains("คุณภาพการ") || w.contains("การควบคุมความเสี่ยง")) return Kind.CONTROL;
    if (w.contains("มาตรการ") || w.contains("แผนบริหารความเสี่ยง")) return Kind.PLAN;
    return Kind.OTHER;
  }

  private static String areaRow(SourceLine r) {
    List<String> filled = r.cells().stream().filter(c -> !c.isBlank()).toList();
    if (filled.size() != 1) return null;
    String t = filled.get(0).strip();
    return t.startsWith("ด้าน") || t.startsWith("ความเสี่ยงการทุจริต") ? t : null;
  }

  private static void continued(Row row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      if (cells.get(c).isBlank()) continue;
      while (row.cells.size() <= c) row.cells.add("");
      row.cells.set(c, (row.cells.get(c) + " " + cells.get(c).strip()).strip());
    }
  }

  // ---- rows --------------------------------------------------------------------------------

  /** The risk a row of a later table speaks of: by its text, else by its number. */
  private Read match(Table t, Row r, Set<Read> seen) {
    String key = NameKey.of(cell(r, t.text));
    Read best = null;
    double bestSim = 0;
    for (Read risk : risks) {
      double s = Math.max(NameKey.similarity(key, risk.key), NameKey.similarity(key, risk.textKey));
      if (s > bestSim) {
        bestSim = s;
        best = risk;
      }
    }
    if (best != null && bestSim >= 0.6 && !seen.contains(best)) return best;
    for (Read risk : risks) {
      if (risk.no.equals(r.no) && !seen.contains(risk)) {
        findings.add(r.line, DiagnosticCode.AMBIGUOUS_NAME, "INFO", "ข้อความความเสี่ยงของแถวนี้ต่างจากตารางระบุความเสี่ยง: ถือเป็นความเสี่ยงลำดับที่ "
            + r.no + " ตามเลขลำดับ");
        return risk;
      }
    }
    findings.add(r.line, DiagnosticCode.RISK_FORM_UNREAD, "แถวนี้ไม่ตรงกับความเสี่ยงใดในตารางระบุความเสี่ยง (ขั้นตอนที่ 1): ไม่ได้นำเข้า");
    return null;
  }

  /** Step 1: the area ahead of the risk's text ("ความเสี่ยงการทุจริตที่เกี่ยวกับการอนุมัติ อนุญาต -…"), an area row or column. */
  private static void identify(Read risk, Row r, Table t) {
    String areaText = r.area;
    Matcher m = AREA_PREFIX.matcher(risk.text);
    if (m.matches()) {
      areaText = m.group(1).strip();
      risk.text = m.group(2).strip();
    }
    String processCell = cell(r, t.process);
    if (areaText != null) {
      risk.area = area(areaText);
      risk.process = AREA_CONNECTOR.matcher(SIDE_WORD.matcher(RISK_WORD.matcher(areaText).replaceFirst("")).replaceFirst("")).replaceFirst("");
    }
    if (processCell != null) risk.process = processCell;
  }

  /** The built-in area the words name, else the organization's own area as written. */
  static String area(String text) {
    return RiskAreaWords.areaOf(text).orElseGet(() -> SIDE_WORD.matcher(RISK_WORD.matcher(text).replaceFirst("")).replaceFirst("").strip());
  }

  private void apply(Table t, Row r, Read risk) {
    switch (t.kind) {
      case FACTOR -> {
        String f = single(t, r, "Know/Unknow Factor");
        if (f != null) risk.factor = f;
      }
      case LIGHT -> {
        String l = single(t, r, "สีไฟจราจร");
        if (l != null) risk.light = l;
      }
      case SCORE -> score(t, r, risk);
      case NECESSITY -> {
        Integer v = necessity(t, r);
        if (v != null) risk.likelihood = agree(r, "ระดับความจำเป็นของการเฝ้าระวัง", risk.likelihood, v);
      }
      case IMPACT -> {
        String v = single(t, r, "ระดับความรุนแรงของผลกระทบ");
        if (v != null) risk.impact = agree(r, "ระดับความรุนแรงของผลกระทบ", risk.impact, inMatrix(r, Integer.parseInt(v)));
      }
      case CONTROL -> control(t, r, risk);
      case PLAN -> {
        String text = cell(r, t.measures);
        if (text != null) for (String m : RiskRecognizer.split(text)) if (!risk.measures.contains(m)) risk.measures.add(m);
      }
      default -> {}
    }
  }

  /** Step 3: the numbers of a row in order (necessity, impact, their product), or marks under numbered columns. */
  private void score(Table t, Row r, Read risk) {
    List<Integer> numbers = new ArrayList<>();
    List<Integer> marked = new ArrayList<>();
    for (int c = t.text + 1; c < r.cells.size(); c++) {
      String cell = r.cells.get(c).strip();
      Integer v = value(cell);
      if (v != null) numbers.add(v);
      Integer marks = c < t.headerValues.size() ? t.headerValues.get(c) : null;
      if (marks != null && MARK.matcher(cell).matches()) marked.add(marks);
    }
    // a form that ticks the value's column instead of writing it: necessity, then impact
    if (numbers.size() < 2 && marked.size() == 2) numbers = marked;
    if (numbers.size() >= 2) {
      Integer l = inMatrix(r, numbers.get(0));
      Integer i = inMatrix(r, numbers.get(1));
      risk.likelihood = agree(r, "ระดับความจำเป็นของการเฝ้าระวัง", risk.likelihood, l);
      risk.impact = agree(r, "ระดับความรุนแรงของผลกระทบ", risk.impact, i);
      if (numbers.size() >= 3 && l != null && i != null && numbers.get(2) != l * i) {
        findings.add(r.line, DiagnosticCode.RISK_FORM_UNREAD, "ค่าความเสี่ยงรวมที่พิมพ์ไว้ " + numbers.get(2) + " ไม่เท่ากับ " + l + " × " + i
            + " = " + l * i + ": ใช้ค่าระดับทั้งสอง ไม่ใช้ค่ารวมที่พิมพ์");
      }
      if (numbers.size() > 3) findings.add(r.line, DiagnosticCode.RISK_FORM_UNREAD, "แถวคะแนนความเสี่ยงมีตัวเลขเกินสามค่า: อ่านสามค่าแรก");
    } else {
      findings.add(r.line, DiagnosticCode.RISK_FORM_UNREAD, "อ่านคะแนนความเสี่ยง (ความจำเป็นของการเฝ้าระวัง × ความรุนแรงของผลกระทบ) ของแถวนี้ไม่ได้: เว้นว่างไว้");
    }
  }

  /** Table 3.1: the number in the MUST or SHOULD column; a SHOULD mark is 1, a MUST mark says only "2 or 3". */
  private Integer necessity(Table t, Row r) {
    for (int c : new int[] {t.must, t.should}) {
      String v = cell(r, c);
      if (v == null) continue;
      if (value(v) != null) return inMatrix(r, value(v));
      if (MARK.matcher(v).matches() && c == t.should) return 1;
    }
    findings.add(r.line, DiagnosticCode.RISK_FORM_UNREAD, "อ่านระดับความจำเป็นของการเฝ้าระวัง (MUST/SHOULD) ของแถวนี้ไม่ได้: เว้นว่างไว้");
    return null;
  }

  private void control(Table t, Row r, Read risk) {
    String text = cell(r, t.quality);
    if (text == null) {
      // the quality may stand in another cell of a shifted row
      text = r.cells.stream().skip(t.text + 1L).filter(c -> quality(c) != null).findFirst().orElse(null);
    }
    String q = text == null ? null : quality(text);
    if (q != null) risk.control = q;
    else findings.add(r.line, DiagnosticCode.RISK_FORM_UNREAD, "อ่านคุณภาพการจัดการ (ดี / พอใช้ / อ่อน) ของแถวนี้ไม่ได้"
        + (text == null ? "" : " (\"" + text + "\")") + ": เว้นว่างไว้");
  }

  static String quality(String text) {
    return switch (text.strip()) {
      case "ดี", "ดีมาก" -> "GOOD";
      case "พอใช้", "ปานกลาง" -> "FAIR";
      case "อ่อน", "ต่ำ", "ไม่ดี" -> "WEAK";
      default -> null;
    };
  }

  /**
   * The one option column marked in a row (a tick, a cross, or a number); the row is read from the left
   * when it has fewer cells than the header (a converter dropped trailing blanks), from the right when
   * its text was split over more.
   */
  private String single(Table t, Row r, String what) {
    int shift = Math.max(0, r.cells.size() - t.header.size());
    List<String> found = new ArrayList<>();
    for (int c = t.text + 1; c < t.header.size(); c++) {
      String o = t.options.get(c);
      int at = c + shift;
      if (o == null || at >= r.cells.size()) continue;
      String v = r.cells.get(at).strip();
      if (v.isEmpty() || v.equals("-") || v.equals("–")) continue;
      if (!found.contains(o)) found.add(o);
    }
    if (found.size() == 1) return found.get(0);
    findings.add(r.line, DiagnosticCode.RISK_FORM_UNREAD, found.isEmpty() ? "ไม่พบเครื่องหมายในช่อง" + what + "ของแถวนี้: เว้นว่างไว้"
        : "แถวนี้ทำเครื่องหมาย" + what + "ไว้หลายช่อง (" + String.join(", ", found) + "): เว้นว่างไว้");
    return null;
  }

  /** A value of the NACC 3×3 matrix; one outside it stays empty with a diagnostic. */
  private Integer inMatrix(Row r, int v) {
    if (v >= 1 && v <= SIZE) return v;
    findings.add(r.line, DiagnosticCode.RISK_FORM_UNREAD, "ค่า " + v + " อยู่นอกเมทริกซ์ความเสี่ยง " + SIZE + "×" + SIZE + " (1–" + SIZE + "): เว้นว่างไว้");
    return null;
  }

  /** Two tables giving one value: the same value, or empty with a diagnostic when they differ. */
  private Integer agree(Row r, String what, Integer earlier, Integer v) {
    if (earlier == null || v == null || earlier.equals(v)) return v == null ? earlier : v;
    findings.add(r.line, DiagnosticCode.RISK_FORM_UNREAD, what + "ของความเสี่ยงนี้ไม่ตรงกันระหว่างตาราง (" + earlier + " และ " + v + "): เว้นว่างไว้");
    return null;
  }

  /** The option a column of a table of this kind stands for, by its header; null for none. */
  private static String option(Kind kind, String header) {
    String h = header.toLowerCase();
    return switch (kind) {
      case FACTOR -> h.contains("unknow") ? "UNKNOWN" : h.contains("know") ? "KNOWN" : null;
      case LIGHT -> light(header);
      case IMPACT -> value(header) == null ? null : String.valueOf(value(header));
      default -> null;
    };
  }

  static String light(String header) {
    if (header.contains("เขียว")) return "GREEN";
    if (header.contains("เหลือง")) return "YELLOW";
    if (header.contains("ส้ม")) return "ORANGE";
    if (header.contains("แดง")) return "RED";
    return null;
  }

  private static Integer value(String cell) {
    Matcher m = VALUE.matcher(cell.strip());
    return m.matches() ? ThaiText.number(m.group(1)) : null;
  }

  private static String number(String cell) {
    String t = cell.strip();
    return NUMBER.matcher(t).matches() ? String.valueOf(ThaiText.number(NUMBER_MARKS.matcher(t).replaceAll(""))) : null;
  }

  private static int column(List<String> header, int otherwise, String... words) {
    for (String w : words) {
      for (int j = 1; j < header.size(); j++) if (header.get(j).contains(w)) return j;
    }
    return otherwise;
  }

  private static String cell(Row r, int col) {
    return col >= 0 && col < r.cells.size() && !r.cells.get(col).isBlank() ? r.cells.get(col).strip() : null;
  }
}
