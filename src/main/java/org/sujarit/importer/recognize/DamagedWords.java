package org.sujarit.importer.recognize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.model.SourceLine;
import org.sujarit.importer.text.ThaiOrthography;
import org.sujarit.importer.text.ThaiText;
import org.sujarit.importer.text.ThaiWords;

/**
 * Reports the words that Thai cannot be written as ({@link ThaiOrthography}) in names, headings and the
 * running text the plan keeps, each once at the line that prints it: a warning while the plan keeps the
 * word, a note when the name used is another, clean reading. A word another diagnostic already names
 * at its line (a name replaced by the framework's) is not reported again, and running text reports a
 * limited number of words, then counts the rest in one note, so that the review page stays readable.
 */
final class DamagedWords {
  /** A name read at one line may continue on the next lines (a table cell wrapped across rows). */
  private static final int CONTINUATION_LINES = 12;
  /** Damaged words of running text reported one by one per document. */
  static final int TEXT_REPORTS = 20;

  private final SourceDocument doc;
  private final Findings findings;
  /** Texts whose words are right although no dictionary has them: the organization's names, the framework's. */
  private final Collection<String> known;
  private final Set<String> reported = new HashSet<>();
  private int textReported;
  private int textNotShown;
  private int firstNotShown;

  DamagedWords(SourceDocument doc, Findings findings, Collection<String> known) {
    this.doc = doc;
    this.findings = findings;
    this.known = known;
  }

  /**
   * @param what what the text is, as the message names it ("ชื่อรายการ", "หัวข้อในส่วนที่ 3")
   * @param line the line the text starts on
   * @param used the name the plan takes from it (the same text, or a cleaner reading of the same name)
   */
  void check(String what, String text, int line, String used) {
    if (text == null) return;
    String t = ThaiText.collapse(text);
    for (ThaiOrthography.Damage d : ThaiOrthography.damagedWords(t)) {
      int at = lineOf(d.word(), line);
      if (!reported.add(key(at, d.word()))) continue;
      boolean kept = used == null || used.contains(d.word());
      String message = "คำที่ผิดรูปอักษรไทย \"" + d.word() + "\" (" + d.fault().thai() + ") ใน" + what + " \"" + t + "\""
          + (kept ? ": ข้อความอาจเสียหายจากการแปลงเอกสาร กรุณาตรวจทานและแก้ไข"
              : ": ชื่อที่ใช้ไม่มีคำนี้ (\"" + used + "\")");
      findings.add(at, DiagnosticCode.DAMAGED_WORD, kept ? "WARNING" : "INFO", message);
    }
  }

  /**
   * A line of running text the plan keeps (Part 1 prose, a section of a Part 3 sheet), read at that line.
   *
   * @param what what the text is, as the message names it ("ข้อความส่วนที่ 1 หรือคำนำ")
   * @return whether the line has a damaged word (reported now, before, or counted in the closing note)
   */
  boolean checkText(String what, int line, String text) {
    if (text == null) return false;
    List<ThaiOrthography.Damage> damage = ThaiOrthography.damagedWords(ThaiText.collapse(text));
    List<String> seen = new ArrayList<>();
    for (ThaiOrthography.Damage d : damage) {
      // the same damaged word twice in the line, shown with other words around it
      boolean again = seen.stream().anyMatch(w -> w.contains(d.word()) || d.word().contains(w));
      seen.add(d.word());
      if (again || !reported.add(key(line, d.word()))) continue;
      if (textReported < TEXT_REPORTS) {
        textReported++;
        findings.add(line, DiagnosticCode.DAMAGED_WORD, "คำที่ผิดรูปอักษรไทย \"" + d.word() + "\" (" + d.fault().thai() + ") ใน" + what
            + ": ข้อความอาจเสียหายจากการแปลงเอกสาร กรุณาตรวจทานและแก้ไข");
      } else if (textNotShown++ == 0) {
        firstNotShown = line;
      }
    }
    return !damage.isEmpty();
  }

  /**
   * The runs of a name or heading the plan uses that no dictionary knows ({@link ThaiWords}), each once
   * at the line that prints it; a word already reported there as damaged is not reported again.
   */
  void checkUnknown(String what, String text, int line) {
    if (text == null) return;
    String t = ThaiText.collapse(text);
    for (ThaiWords.Unknown u : ThaiWords.unknownWords(t, known)) {
      int at = lineOf(u.word(), line);
      if (!reported.add(key(at, u.word()))) continue;
      findings.add(at, DiagnosticCode.UNKNOWN_WORD, "คำที่ไม่พบในพจนานุกรม \"" + u.word() + "\" ใน" + what + " \"" + t
          + "\": อาจสะกดผิดหรือเสียหายจากการแปลงเอกสาร กรุณาตรวจทาน (ถ้าเป็นชื่อเฉพาะที่เขียนถูกต้องแล้ว ไม่ต้องแก้ไข)");
    }
  }

  /** The damaged words of a text another diagnostic at that line already tells of: none is reported again. */
  void told(String text, int line) {
    if (text == null) return;
    for (ThaiOrthography.Damage d : ThaiOrthography.damagedWords(ThaiText.collapse(text))) reported.add(key(lineOf(d.word(), line), d.word()));
  }

  /** Once the document is read: the count of the running text's damaged words not reported one by one. */
  void finish() {
    if (textNotShown == 0) return;
    findings.add(firstNotShown, DiagnosticCode.DAMAGED_WORD, "พบคำที่ผิดรูปอักษรไทยในข้อความอีก " + textNotShown + " คำ ตั้งแต่บรรทัด "
        + firstNotShown + " (แสดงทีละคำเพียง " + TEXT_REPORTS + " คำแรก): ข้อความอาจเสียหายจากการแปลงเอกสาร กรุณาตรวจทานทั้งเอกสาร");
  }

  private static String key(int line, String word) {
    return line + "\u0000" + word;
  }

  /** Whether the text has a word Thai cannot be written as, or letters of a script no Thai plan uses. */
  static boolean in(String text) {
    return text != null && (ThaiOrthography.isDamaged(text) || !ThaiText.withoutForeignLetters(text).equals(text));
  }

  /**
   * The line near the given one that prints the word: at or after it (a wrapped cell continues below),
   * else just before it (a heading above its sheet); the given line when none does.
   */
  private int lineOf(String word, int line) {
    if (line <= 0) return line;
    int before = 0;
    for (SourceLine l : doc.lines()) {
      if (l.number() > line + CONTINUATION_LINES) break;
      if (!l.text().contains(word)) continue;
      if (l.number() >= line) return l.number();
      if (l.number() >= line - CONTINUATION_LINES) before = l.number();
    }
    return before > 0 ? before : line;
  }
}
