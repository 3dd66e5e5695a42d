package org.sujarit.importer.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sujarit.common.ThaiDigits;
import org.sujarit.framework.Framework;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.model.SourceLine;
import org.sujarit.plan.ItemKind;
import org.sujarit.importer.text.NameKey;
import org.sujarit.importer.text.ThaiText;

/**
 * Reads the Part 3 detail sheets: a sheet starts at its name section ("1. ชื่อโครงการ") or, in plans
 * whose sheets are headed by the item itself ("1.1.2 โครงการ…"), at the first section after that
 * heading. Dimension, mission and sub-mission headings in between give each sheet its place.
 */
final class DetailSheetReader {
  private static final Pattern HEADING = Pattern.compile("^(\\()?\\s*(" + ThaiText.D + "{1,2})\\s*([.)])?\\s*\\)?\\s*(.*)$");
  private static final int MAX_HEADING = 60;
  private static final Pattern LIST_ITEM = Pattern.compile("\\(?\\s*" + ThaiText.D + "{1,2}\\s*[.)]");
  private static final double MISSION_HEADING_SIMILARITY = 0.4;
  /** "ภาคผนวก" alone (numbered or not): the appendix ends the last sheet. */
  private static final Pattern APPENDIX = Pattern.compile("^(?:\\(?\\s*" + ThaiText.D + "{1,2}\\s*[.)]?\\s*\\)?\\s*)?ภาคผนวก.{0,30}$");

  private final Framework framework;
  private final Findings findings;
  private final List<DetailSheet> sheets = new ArrayList<>();
  /** How this document numbers its sections: "(6)" or "6." style and number → section, learned as read. */
  private final Map<String, Map<Section, Integer>> numbering = new HashMap<>();
  private final List<Unnamed> unnamedSections = new ArrayList<>();
  private Unnamed unnamed;
  private DetailSheet sheet;
  private Section section;
  private Section resultsPart;
  /** In a "เป้าหมาย/ผลผลิต" section: the group stated first, the numbered outputs after it. */
  private boolean targetOutputs;
  private int lastNumber;
  private String lastStyle;
  private Integer dimension;
  private String missionCode;
  private String missionName;
  private int missionLine;
  private String[] pendingCode;
  private Integer pendingSeq;

  DetailSheetReader(Framework framework, Findings findings) {
    this.framework = framework;
    this.findings = findings;
  }

  List<DetailSheet> read(SourceDocument doc, int fromIndex) {
    for (int i = fromIndex; i < doc.size(); i++) {
      SourceLine line = doc.get(i);
      if (line.isBlank()) continue;
      if (line.isRow()) {
        row(doc, i, line);
        continue;
      }
      String t = line.text();
      if (sheet != null && APPENDIX.matcher(t).matches()) break;
      if (!heading(doc, i, line.number(), t)) content(line.number(), t);
    }
    resolveUnnamedSections();
    return sheets;
  }

  /** Sheets laid out as two-column tables: a heading cell ("หลักการและเหตุผล") and its text beside it. */
  private void row(SourceDocument doc, int index, SourceLine line) {
    List<String> cells = line.cells().stream().filter(c -> !c.isEmpty()).toList();
    if (cells.size() >= 2 && cells.get(0).length() <= MAX_HEADING && Section.of(stripNumber(cells.get(0))) != null
        && heading(doc, index, line.number(), cells.get(0))) {
      for (String c : cells.subList(1, cells.size())) content(line.number(), c);
    } else if (sheet != null) {
      content(line.number(), line.text());
    }
  }

  private static String stripNumber(String t) {
    Matcher m = HEADING.matcher(t);
    return m.matches() ? m.group(4) : t;
  }

  private boolean heading(SourceDocument doc, int index, int number, String t) {
    char first = t.charAt(0);
    boolean digit = ThaiDigits.isDigit(first);
    int depth = digit ? Patterns.codeDepth(t) : 0;
    Matcher m;
    if (first == 'ม' && t.length() < 200 && (m = Patterns.match(Patterns.DIMENSION, t)) != null && m.group(2) != null) {
      dimension = ThaiText.number(m.group(2));
      if (Patterns.misreadDimension(m)) {
        findings.add(number, DiagnosticCode.OCR_FIXED, "\"" + m.group(1) + "ที่\" อ่านเป็น \"มิติที่\" (ข้อความเสียหายจากการแปลงเอกสาร)");
      }
      missionCode = null;
      closeSection();
      return true;
    }
    if (first == 'ล' && (m = Patterns.match(Patterns.SEQ, t)) != null) {
      pendingSeq = ThaiText.number(m.group(1));
      return true;
    }
    if (depth == 3 && t.length() < 400 && (m = Patterns.match(Patterns.SUB_CODE, t)) != null && !earlierDimension(m.group(1))) {
      pendingCode = new String[] {code(m.group(1), m.group(2)) + "." + ThaiText.number(m.group(3)), m.group(4), Integer.toString(number), t};
      setMission(code(m.group(1), m.group(2)), null);
      closeSection();
      return true;
    }
    if (depth == 2 && t.length() < 400 && (m = Patterns.match(Patterns.MISSION, t)) != null && !earlierDimension(m.group(1))
        && isMissionHeading(doc, index, m)) {
      setMission(code(m.group(1), m.group(2)), m.group(3));
      missionLine = number;
      pendingCode = null;
      closeSection();
      return true;
    }
    return sectionHeading(number, t, depth == 1 || first == '(');
  }

  /**
   * "๒.๑ กำหนดแนวทาง…" inside a section of a dimension 3 sheet: a numbered sub-item of the section, since
   * the document has passed dimension 2 already.
   */
  private boolean earlierDimension(String no) {
    return sheet != null && section != null && dimension != null && ThaiText.number(no) < dimension;
  }

  private boolean sectionHeading(int number, String t, boolean mayBeNumbered) {
    Matcher m = mayBeNumbered ? HEADING.matcher(t) : null;
    boolean numbered = m != null && m.matches() && (m.group(1) != null || m.group(3) != null);
    String text = numbered ? m.group(4).strip() : t;
    Section s = Section.of(text);
    if (s == null && !numbered && sheet != null && isResultsPart(text)) {
      resultsPart = text.startsWith("ผลผลิต") ? Section.OUTPUTS : Section.OUTCOMES;
      writtenLine(text);
      return true;
    }
    if (s == null) return numbered && sheet != null && unnamedSection(number, m, text);
    String after = text.substring(s.wordLength(text));
    String rest = after.strip();
    boolean inline = rest.startsWith(":") || s == Section.NAME || statesValue(after);
    if (!inline && text.length() > MAX_HEADING) return false;
    if (!numbered && s != Section.NAME && (text.length() > MAX_HEADING / 2 || statesValue(after))) return false;
    // in a sheet whose sections are numbered, an unnumbered line is a sub-part (ผลผลิต, ผลลัพธ์, ตัวชี้วัด) or
    // text: "- งบประมาณรายจ่ายประจำปี" is an item of the method, not the budget section
    if (!numbered && sheet != null && lastNumber > 0 && s != Section.NAME && s != Section.OUTPUTS && s != Section.OUTCOMES
        && s != Section.INDICATORS) return false;
    String style = numbered ? (m.group(1) != null ? "(" : m.group(3)) : "";
    int n = numbered ? ThaiText.number(m.group(2)) : 0;
    if (numbered && !continuesNumbering(s, n, style)) return false;
    if (s == Section.NAME) {
      startSheet(number, cleanName(withoutColon(rest)));
    } else if (sheet == null || startsNextSheet(s, n, style)) {
      startSheet(number, null);
    }
    open(s, number, n, style);
    sheet.written.add(new DetailSheet.Written(numbered ? t.substring(0, t.length() - text.length()).strip() : null, text, s,
        new ArrayList<>(), number));
    if (s == Section.TARGET && (after.startsWith("/ผลผลิต") || after.startsWith(" / ผลผลิต"))) targetOutputs = true;
    if (s != Section.NAME && inline) {
      String value = withoutColon(rest);
      if (!value.isEmpty()) typed(value); // printed as part of the heading line, as the document has it
    }
    return true;
  }

  /**
   * "7. งบประมาณ 20,000 บาท", "6. ระยะเวลา ปีงบประมาณ 2566": the heading word, a space and the value.
   * A bracket ("(Output/Outcome)") or a word glued to the heading ("…ดำเนินการ") is still heading.
   */
  private static boolean statesValue(String after) {
    if (after.isEmpty() || after.charAt(0) != ' ') return false;
    String rest = after.strip();
    return !rest.isEmpty() && rest.charAt(0) != '(' && rest.charAt(0) != '/' && !rest.startsWith("โครงการ") && !rest.startsWith("ของ");
  }

  /**
   * Sections of a sheet are numbered in one style and upwards; "(4) ระยะเวลา…" inside a "5." section
   * is a list item of that section, not a heading.
   */
  private boolean continuesNumbering(Section s, int n, String style) {
    if (sheet == null || lastStyle == null || s == Section.NAME || lastNumber == 0) return true;
    if (!style.equals(lastStyle)) return false;
    return n >= lastNumber || startsNextSheet(s, n, style);
  }

  /** A first section again (or a lower number than the last) after the sheet had others: the next sheet. */
  private boolean startsNextSheet(Section s, int n, String style) {
    if (sheet.sections.containsKey(s) && s != Section.OUTPUTS && s != Section.OUTCOMES) return true;
    return n > 0 && n <= 2 && lastNumber > n && style.equals(lastStyle) && s == Section.PRINCIPLE;
  }

  /**
   * A numbered heading in the sheet's style whose words are not readable (OCR damage such as Thai read
   * as another script): when it continues the numbering, it is the section that number has elsewhere.
   */
  private boolean unnamedSection(int number, Matcher m, String text) {
    String style = m.group(1) != null ? "(" : m.group(3);
    int n = ThaiText.number(m.group(2));
    if (n != lastNumber + 1 || !style.equals(lastStyle) || text.length() > 30 || text.contains(" ")) return false;
    closeSection();
    lastNumber = n;
    unnamed = new Unnamed(sheet, style, n, new ArrayList<>());
    unnamedSections.add(unnamed);
    sheet.written.add(new DetailSheet.Written(m.group(0).substring(0, m.group(0).length() - text.length()).strip(), text, null,
        new ArrayList<>(), number));
    return true;
  }

  private void resolveUnnamedSections() {
    for (Unnamed u : unnamedSections) {
      Map<Section, Integer> counts = numbering.getOrDefault(u.style() + ":" + u.number(), Map.of());
      Section best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
      if (best != null && !u.sheet().sections.containsKey(best)) u.lines().forEach(l -> u.sheet().add(best, l));
    }
  }

  private void startSheet(int number, String name) {
    closeSection();
    DetailSheet previous = sheet;
    sheet = new DetailSheet(number);
    sheet.seq = pendingSeq;
    sheet.name = name;
    if (pendingCode != null) {
      sheet.heading = pendingCode[3];
      sheet.headingLine = Integer.parseInt(pendingCode[2]);
    }
    if (name == null && pendingCode != null) {
      sheet.name = cleanName(pendingCode[1]);
      sheet.code = pendingCode[0];
    } else if (name == null && previous != null) {
      sheet.name = takeTrailingName(previous);
      sheet.heading = sheet.name;
    }
    if (sheet.code != null) setMission(sheet.code.substring(0, sheet.code.lastIndexOf('.')), null);
    sheet.dimension = dimension;
    sheet.missionCode = missionCode;
    sheet.missionName = missionName;
    sheet.missionLine = missionLine;
    pendingCode = null;
    pendingSeq = null;
    lastNumber = 0;
    sheets.add(sheet);
  }

  /** A sheet headed by a bare item name: the name was read as the last line of the sheet before. */
  private static String takeTrailingName(DetailSheet previous) {
    for (List<String> lines : previous.sections.values()) {
      if (!lines.isEmpty()) {
        String lastLine = lines.get(lines.size() - 1);
        if (ItemKind.startsWithKindWord(lastLine) && lastLine.length() < 300) {
          lines.remove(lines.size() - 1);
          if (!previous.text.isEmpty() && previous.text.get(previous.text.size() - 1).text().equals(lastLine)) {
            previous.text.remove(previous.text.size() - 1);
          }
          if (!previous.written.isEmpty()) {
            List<String> written = previous.written.get(previous.written.size() - 1).lines();
            if (!written.isEmpty() && written.get(written.size() - 1).equals(lastLine)) written.remove(written.size() - 1);
          }
          return lastLine;
        }
      }
    }
    return null;
  }

  private void open(Section s, int number, int n, String style) {
    closeSection();
    section = s;
    targetOutputs = false;
    resultsPart = s == Section.RESULTS ? Section.OUTPUTS : null;
    sheet.sectionLines.putIfAbsent(s, number);
    if (n > 0) {
      lastNumber = n;
      lastStyle = style;
      numbering.computeIfAbsent(style + ":" + n, k -> new HashMap<>()).merge(s, 1, Integer::sum);
    }
  }

  private void closeSection() {
    section = null;
    unnamed = null;
  }

  private void content(int number, String text) {
    if (sheet == null) return;
    if (section != null || unnamed != null) writtenLine(text);
    if (section != Section.NAME && (section != null || unnamed != null)) sheet.text.add(SourceLine.prose(number, text));
    if (isDash(text)) return;
    typed(text);
  }

  /** A line of the section being written, as the document has it. */
  private void writtenLine(String text) {
    if (!sheet.written.isEmpty()) sheet.written.get(sheet.written.size() - 1).lines().add(text);
  }

  /** A line into the typed sections (principle, objectives …) the standard layout and the checks use. */
  private void typed(String text) {
    if (sheet == null || isDash(text)) return;
    if (section == null) {
      if (unnamed != null) unnamed.lines().add(text);
      return;
    }
    if (section == Section.NAME && sheet.name == null) {
      sheet.name = cleanName(text);
      return;
    }
    if (targetOutputs && sheet.sections.containsKey(Section.TARGET) && LIST_ITEM.matcher(text).lookingAt()) {
      sheet.add(Section.OUTPUTS, text);
      return;
    }
    sheet.add(section == Section.RESULTS ? resultsPart : section, text);
  }

  /** "-" alone: the section states nothing. */
  private static boolean isDash(String text) {
    String t = text.strip();
    return t.equals("-") || t.equals("–") || t.equals("—");
  }

  private static boolean isResultsPart(String text) {
    if (!text.startsWith("ผลผลิต") && !text.startsWith("ผลลัพธ์")) return false;
    String t = text.strip();
    while (t.endsWith(":") || t.endsWith("：")) t = t.substring(0, t.length() - 1).strip();
    return t.equals("ผลผลิต") || t.equals("ผลลัพธ์") || t.startsWith("ผลผลิต (") || t.startsWith("ผลลัพธ์ (");
  }

  /** "x.y name": a mission heading when the framework has a mission of that code under a like name. */
  private boolean isMissionHeading(SourceDocument doc, int index, Matcher m) {
    if (framework == null) return true;
    String code = code(m.group(1), m.group(2));
    var fm = framework.mission(code);
    if (fm.isEmpty()) return false;
    if (NameKey.similarity(NameKey.of(m.group(3)), NameKey.of(fm.get().name())) >= MISSION_HEADING_SIMILARITY) return true;
    for (int j = index + 1; j < Math.min(doc.size(), index + 6); j++) {
      SourceLine next = doc.get(j);
      if (next.isBlank()) continue;
      return Patterns.SUB_CODE.matcher(next.text()).matches() || next.text().contains("ชื่อโครงการ")
          || Patterns.SEQ.matcher(next.text()).matches();
    }
    return false;
  }

  private void setMission(String code, String name) {
    if (!code.equals(missionCode)) missionName = null;
    missionCode = code;
    if (name != null) missionName = name;
    dimension = Integer.parseInt(code.substring(0, code.indexOf('.')));
  }

  private static String code(String a, String b) {
    return ThaiText.number(a) + "." + ThaiText.number(b);
  }

  private static String withoutColon(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == ':' || s.charAt(i) == '：' || Character.isWhitespace(s.charAt(i)))) i++;
    return s.substring(i);
  }

  /** A name as printed, without the quotes that wrap all of it. */
  static String cleanName(String name) {
    if (name == null) return null;
    String t = ThaiText.collapse(name);
    boolean curly = t.startsWith("“") && t.endsWith("”") && t.indexOf('“', 1) < 0;
    boolean straight = t.startsWith("\"") && t.endsWith("\"") && t.indexOf('"', 1) == t.length() - 1;
    if (t.length() > 2 && (curly || straight)) t = t.substring(1, t.length() - 1).strip();
    return t.isEmpty() ? null : t;
  }

  /** A section whose heading could not be read, kept until the document's numbering tells what it is. */
  private record Unnamed(DetailSheet sheet, String style, int number, List<String> lines) {}
}
