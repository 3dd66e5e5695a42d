package org.sujarit.importer.recognize;

import java.util.HashSet;
import java.util.Set;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.model.SourceLine;
import org.sujarit.importer.text.ThaiOrthography;
import org.sujarit.importer.text.ThaiText;

/**
 * Reports the words of names and headings that Thai cannot be written as ({@link ThaiOrthography}),
 * each once at the line that prints it: a warning while the plan keeps the word, a note when the name
 * used is another, clean reading.
 */
final class DamagedWords {
  /** A name read at one line may continue on the next lines (a table cell wrapped across rows). */
  private static final int CONTINUATION_LINES = 12;

  private final SourceDocument doc;
  private final Findings findings;
  private final Set<String> reported = new HashSet<>();

  DamagedWords(SourceDocument doc, Findings findings) {
    this.doc = doc;
    this.findings = findings;
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
      if (!reported.add(at + "\u0000" + d.word())) continue;
      boolean kept = used == null || used.contains(d.word());
      String message = "คำที่ผิดรูปอักษรไทย \"" + d.word() + "\" (" + d.fault().thai() + ") ใน" + what + " \"" + t + "\""
          + (kept ? ": ข้อความอาจเสียหายจากการแปลงเอกสาร กรุณาตรวจทานและแก้ไข"
              : ": ชื่อที่ใช้ไม่มีคำนี้ (\"" + used + "\")");
      findings.add(at, DiagnosticCode.DAMAGED_WORD, kept ? "WARNING" : "INFO", message);
    }
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
