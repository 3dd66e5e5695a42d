package org.sujarit.interchange;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of the NACC nine-step risk assessment form, told apart by the words of their captions
 * ("ตารางที่ 2 ตารางแสดงสถานะความเสี่ยง …"), not by their numbers: organizations number and split
 * them differently ("ตาราง 3.1", a matrix as table 4). The monitoring tables (the surveillance
 * report, the management system by status, the summary and status report, steps 6 to 9) hold results
 * of the year, which a plan cannot have yet.
 */
public enum NineStepTable {
  /** Step 1: each risk's area and its known or unknown factor. */
  IDENTIFICATION,
  /** Step 2: each risk's traffic light. */
  STATUS,
  /** Step 3: surveillance necessity × impact on the matrix. */
  SCORE,
  /** Step 3's table 3.1: the surveillance necessity (MUST / SHOULD). */
  NECESSITY,
  /** Step 3's table 3.2: the impact. */
  IMPACT,
  /** Step 4: the quality of the existing controls (ดี / พอใช้ / อ่อน). */
  CONTROL,
  /** Step 5: each risk's measures. */
  MEASURES,
  /** Steps 6 to 9: results of surveillance during the year. */
  MONITORING;

  /** "ตารางที่ 3 …", "ตาราง 3.1 …", "ตารางที่ ๔ …": a caption's number (group 1, 2) and words. */
  private static final Pattern CAPTION = Pattern.compile("^ตาราง(?:ที่)?\\s*([0-9๐-๙]{1,2})(?:\\s*\\.\\s*([0-9๐-๙]{1,2}))?\\s+(\\S.*)$",
      Pattern.DOTALL);

  /** A caption of the form: its number as written in Arabic digits ("3.1") and the table it names. */
  public record Caption(String number, NineStepTable table) {}

  /** The caption a paragraph is, if it is one of a table of the form. */
  public static Optional<Caption> caption(String paragraph) {
    if (paragraph == null) return Optional.empty();
    Matcher m = CAPTION.matcher(paragraph.strip());
    if (!m.matches()) return Optional.empty();
    String number = arabic(m.group(1)) + (m.group(2) == null ? "" : "." + arabic(m.group(2)));
    return of(m.group(3)).map(t -> new Caption(number, t));
  }

  /** The table a caption's words name, if any. */
  static Optional<NineStepTable> of(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    NineStepTable t;
    if (w.contains("รายงาน") || w.contains("ติดตาม") || w.contains("ระบบ") && w.contains("ความเสี่ยง") || w.contains("ผลการเฝ้าระวัง")) t = MONITORING;
    else if (w.contains("ระบุความเสี่ยง") || w.contains("ประเภทความเสี่ยง") || w.contains("know") || w.contains("factor")) t = IDENTIFICATION;
    else if (w.contains("ควบคุม") || w.contains("คุณภาพการจัดการ") || w.contains("control")) t = CONTROL;
    else if (w.contains("scor") || w.contains("ค่าความเสี่ยง") || w.contains("เมทริก") || w.contains("matrix") || w.contains("คะแนน")
        || w.contains("2 มิติ") || (w.contains("จำเป็น") || w.contains("โอกาส")) && (w.contains("รุนแรง") || w.contains("ผลกระทบ"))) t = SCORE;
    else if (w.contains("จำเป็น") || w.contains("เฝ้าระวัง") || w.contains("must")) t = NECESSITY;
    else if (w.contains("รุนแรง") || w.contains("ผลกระทบ") || w.contains("impact")) t = IMPACT;
    else if (w.contains("สถานะ") || w.contains("สีไฟ") || w.contains("ไฟจราจร")) t = STATUS;
    else if (w.contains("แผนบริหารความเสี่ยง") || w.contains("มาตรการ") || w.contains("จัดการความเสี่ยง")) t = MEASURES;
    else t = null;
    return Optional.ofNullable(t);
  }

  /** Filled when the plan is made; the monitoring tables only during the year. */
  public boolean atPlanTime() {
    return this != MONITORING;
  }

  private static String arabic(String digits) {
    StringBuilder sb = new StringBuilder();
    digits.codePoints().forEach(c -> sb.append(Character.digit(c, 10)));
    return sb.toString();
  }
}
