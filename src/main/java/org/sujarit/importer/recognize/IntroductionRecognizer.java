package org.sujarit.importer.recognize;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.model.SourceLine;
import org.sujarit.importer.text.ThaiText;
import org.sujarit.interchange.PlanInterchange.Introduction;

/**
 * The front matter and Part 1 prose as the document wrote them: the foreword (คำนำ) with its signature
 * and date, and the text of the five Part 1 sections. Sections are found by the words of their headings
 * ("หลักการและเหตุผล", "วัตถุประสงค์ของการจัดทำแผน" …), numbered or not; where a heading occurs more
 * than once (the contents, then the part itself) the occurrence with the most text under it counts.
 * Table rows are left to the risk and goal recognizers. The words of the kept text that Thai cannot be
 * written as are reported at their lines.
 */
final class IntroductionRecognizer {
  private static final String D = ThaiText.D;
  /** "2. หลักการและเหตุผล", "๔.เป้าหมาย", "หลักการและเหตุผล"; never "1.1 วัตถุประสงค์…" (a sub-heading). */
  private static final Pattern NUMBER = Pattern.compile("^" + D + "{1,2}\\s*\\.?\\s*(?!" + D + ")");
  private static final int HEADING_MAX = 60;
  private static final Pattern FOREWORD = Pattern.compile("^คำนำ$");
  private static final Pattern CONTENTS = Pattern.compile("^สารบัญ.{0,10}$");
  /** A part's heading, not the foreword's sentence about it ("ส่วนที่ 2 ประกอบด้วย …"). */
  private static final Pattern PART_HEADING = Pattern.compile("^ส่วนที่\\s*[1-3๑-๓](?!.*ประกอบด้วย).{0,90}$");
  private static final Pattern LATER_PART = Pattern.compile("^ส่วนที่\\s*[23๒๓](?!.*ประกอบด้วย).{0,90}$");
  private static final Pattern PAGE_NUMBER = Pattern.compile("^[-–(\\s]*" + D + "{1,3}[-–)\\s]*$");
  private static final Pattern DATE = Pattern.compile("^(?:วันที่\\s*" + D + "{1,2}\\s*)?(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน"
      + "|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)\\s*(?:พ\\.\\s*ศ\\.\\s*)?" + D + "{4}$");
  /** The plan's years as the title prints them, "(พ.ศ. 2566 - 2570)": a title or page header, never a section's text. */
  private static final Pattern PERIOD_LINE = Pattern.compile("^\\(?\\s*(?:พ\\.?\\s*ศ\\.?)?\\s*" + D + "{4}\\s*[-–]\\s*" + D + "{4}\\s*\\)?$");
  private static final int SIGNATURE_LINE_MAX = 70;
  private static final int SIGNATURE_LINES_MAX = 3;
  /** An item with its own number: "(1) …", "๑) …", "3.1 …", "1. …". */
  static final Pattern ITEM_MARK = Pattern.compile("^(?:\\(\\s*" + D + "{1,2}(?:\\." + D + "{1,2})?\\s*\\)|" + D + "{1,2}\\s*\\)|"
      + D + "{1,2}(?:\\." + D + "{1,2})?\\s*\\.?(?=\\s|[^0-9\u0E50-\u0E59.]))\\s*");

  enum Part {
    RISK(Pattern.compile("^(?:การ)?(?:ประเมิน|วิเคราะห์)ความเสี่ยง.*")),
    RATIONALE(Pattern.compile("^หลักการและเหตุผล.*")),
    OBJECTIVES(Pattern.compile("^วัตถุประสงค์(?:ของ)?(?:การจัดทำ)?(?:แผน.*)?$")),
    GOALS(Pattern.compile("^เป้าหมาย(?:ของ)?(?:การจัดทำ)?(?:แผน.*)?$")),
    BENEFITS(Pattern.compile("^ประโยชน์(?:ของ)?(?:การจัดทำ)?(?:แผน.*|ที่คาดว่าจะได้รับ)?$"));

    private final Pattern heading;

    Part(Pattern heading) {
      this.heading = heading;
    }

    /** The section's name in the interchange's {@code headings}. */
    String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private IntroductionRecognizer() {}

  /** The front matter and Part 1 text before {@code endIndex} (the Part 2 table); null when there is none. */
  static Introduction recognize(SourceDocument doc, int endIndex, Findings findings, DamagedWords damaged) {
    Map<Integer, String> debris = new TreeMap<>();
    SourceDocument clean = withoutDebris(doc, endIndex, findings, debris);
    Map<Part, Found> found = parts(clean, endIndex);
    Map<Part, List<String>> parts = new EnumMap<>(Part.class);
    Map<String, String> headings = new LinkedHashMap<>();
    List<SourceLine> kept = new ArrayList<>();
    found.forEach((p, f) -> {
      parts.put(p, texts(f.lines));
      headings.put(p.key(), f.heading);
      kept.addAll(f.lines);
    });
    Foreword foreword = foreword(clean, endIndex);
    if (foreword != null) kept.addAll(foreword.lines);
    for (SourceLine l : kept) {
      // a word still damaged once the other script's letters are gone: its DAMAGED_WORD says both
      String what = debris.containsKey(l.number()) ? "ข้อความส่วนที่ 1 หรือคำนำ (ลบอักษรต่างภาษาที่ปนอยู่แล้ว)" : "ข้อความส่วนที่ 1 หรือคำนำ";
      if (damaged.checkText(what, l.number(), l.text())) debris.remove(l.number());
    }
    debris.forEach((line, message) -> findings.add(line, DiagnosticCode.OCR_FIXED, message));
    if (parts.isEmpty() && foreword == null) return null;
    return new Introduction(
        paragraphs(parts.get(Part.RATIONALE)),
        items(parts.get(Part.OBJECTIVES)),
        items(parts.get(Part.BENEFITS)),
        foreword == null ? null : paragraphs(foreword.paragraphs),
        items(parts.get(Part.GOALS)),
        paragraphs(parts.get(Part.RISK)),
        foreword == null ? null : foreword.date,
        foreword == null || foreword.signature.isEmpty() ? null : String.join("\n", foreword.signature),
        headings);
  }

  /**
   * Prose lines with letters of other scripts removed (OCR debris the PDF could not print either), each
   * put in {@code debris} to be reported; a line that was nothing but such letters (a title read in
   * another script) is dropped, which is reported at once.
   */
  private static SourceDocument withoutDebris(SourceDocument doc, int endIndex, Findings findings, Map<Integer, String> debris) {
    List<SourceLine> lines = new ArrayList<>(doc.lines());
    for (int i = 0; i < endIndex; i++) {
      SourceLine l = lines.get(i);
      if (l.isRow()) continue;
      String clean = ThaiText.collapse(ThaiText.withoutForeignLetters(l.text()));
      if (clean.codePoints().noneMatch(Character::isLetter) && l.text().codePoints().anyMatch(Character::isLetter)) {
        findings.add(l.number(), DiagnosticCode.OCR_FIXED, "ตัดบรรทัดที่อ่านไม่ได้ \"" + l.text().strip()
            + "\" (อักษรต่างภาษาทั้งบรรทัด ความเสียหายจากการแปลงเอกสาร) ออกจากส่วนที่ 1 หรือคำนำ กรุณาตรวจทาน");
        lines.set(i, SourceLine.prose(l.number(), ""));
      } else if (!clean.equals(ThaiText.collapse(l.text()))) {
        debris.put(l.number(), "ลบอักษรต่างภาษาที่ปนอยู่ในข้อความส่วนที่ 1 หรือคำนำ (ความเสียหายจากการแปลงเอกสาร) กรุณาตรวจทาน");
        lines.set(i, SourceLine.prose(l.number(), clean));
      }
    }
    return new SourceDocument(lines);
  }

  /** The Part 1 section a line heads, or null. */
  static Part heading(SourceLine line) {
    if (line.isRow() || line.isBlank()) return null;
    String t = NUMBER.matcher(line.text().strip()).replaceFirst("").strip();
    if (t.isEmpty() || t.length() > HEADING_MAX) return null;
    for (Part p : Part.values()) {
      if (p.heading.matcher(t).matches()) return p;
    }
    return null;
  }

  /** A section's heading line as written and the prose lines under it. */
  private record Found(String heading, List<SourceLine> lines) {}

  /** The prose under each section's fullest occurrence; consecutive headings of one section join. */
  private static Map<Part, Found> parts(SourceDocument doc, int endIndex) {
    Map<Part, Found> best = new EnumMap<>(Part.class);
    Part current = null;
    Found found = null;
    for (int i = 0; i < endIndex; i++) {
      SourceLine line = doc.get(i);
      Part h = heading(line);
      if (h != null && h != current) {
        keep(best, current, found);
        current = h;
        found = new Found(ThaiText.collapse(line.text().strip()), new ArrayList<>());
        continue;
      }
      if (current == null) continue;
      if (!line.isRow() && (LATER_PART.matcher(line.text()).matches() || CONTENTS.matcher(line.text()).matches()
          || FOREWORD.matcher(line.text()).matches() || PERIOD_LINE.matcher(line.text().strip()).matches())) {
        keep(best, current, found);
        current = null;
        continue;
      }
      if (prose(line)) found.lines.add(line);
    }
    keep(best, current, found);
    return best;
  }

  private static void keep(Map<Part, Found> best, Part part, Found found) {
    if (part == null || found.lines.isEmpty()) return;
    Found before = best.get(part);
    if (before == null || found.lines.size() > before.lines.size()) best.put(part, found);
  }

  /** The foreword's paragraphs, date and signature, and the lines they come from. */
  private record Foreword(List<String> paragraphs, String date, List<String> signature, List<SourceLine> lines) {}

  private static Foreword foreword(SourceDocument doc, int endIndex) {
    int start = -1;
    for (int i = 0; i < endIndex && start < 0; i++) {
      SourceLine l = doc.get(i);
      if (!l.isRow() && FOREWORD.matcher(l.text().strip()).matches()) start = i + 1;
    }
    if (start < 0) return null;
    List<SourceLine> kept = new ArrayList<>();
    for (int i = start; i < endIndex; i++) {
      SourceLine l = doc.get(i);
      if (!l.isRow() && (CONTENTS.matcher(l.text().strip()).matches() || PART_HEADING.matcher(l.text().strip()).matches()
          || l.text().strip().equals("บทนำ")) || heading(l) != null) break;
      if (prose(l)) kept.add(l);
    }
    List<String> lines = new ArrayList<>(texts(kept));
    String date = null;
    List<String> signature = new ArrayList<>();
    if (!lines.isEmpty() && DATE.matcher(lines.get(lines.size() - 1)).matches()) {
      date = lines.remove(lines.size() - 1);
      while (!lines.isEmpty() && signature.size() < SIGNATURE_LINES_MAX && lines.size() > 1
          && lines.get(lines.size() - 1).length() <= SIGNATURE_LINE_MAX) {
        signature.add(0, lines.remove(lines.size() - 1));
      }
    }
    return lines.isEmpty() && date == null ? null : new Foreword(lines, date, signature, kept);
  }

  private static List<String> texts(List<SourceLine> lines) {
    return lines.stream().map(l -> l.text().strip()).toList();
  }

  private static boolean prose(SourceLine l) {
    return !l.isRow() && !l.isBlank() && !PAGE_NUMBER.matcher(l.text()).matches();
  }

  private static String paragraphs(List<String> lines) {
    return lines == null || lines.isEmpty() ? null : String.join("\n\n", lines);
  }

  /** Numbered items as written; a line without a number continues the item before it. */
  private static List<String> items(List<String> lines) {
    if (lines == null) return List.of();
    List<String> out = new ArrayList<>();
    boolean numbered = !lines.isEmpty() && ITEM_MARK.matcher(lines.get(0)).lookingAt();
    for (String l : lines) {
      if (numbered && !out.isEmpty() && !ITEM_MARK.matcher(l).lookingAt()) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + l);
      } else {
        out.add(l);
      }
    }
    return out;
  }
}
