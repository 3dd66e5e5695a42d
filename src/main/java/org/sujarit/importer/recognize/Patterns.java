package org.sujarit.importer.recognize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sujarit.common.ThaiDigits;
import org.sujarit.importer.text.ThaiText;

/** Shapes of plan headings and labels shared by the recognizers. */
final class Patterns {
  private static final String D = ThaiText.D;
  /** "มิติที่ 2", with the OCR misreadings "มติที่", "มิตี", "มีติ". */
  static final Pattern DIMENSION = Pattern.compile("^(มิติ|มติ|มิตี|มีติ|มิดิ)\\s*(?:ที่)?\\s*(" + D + "{1,2})?(?![0-9\u0E50-\u0E59])\\s*[.:]?\\s*(.*)$");
  /** "1. การสร้าง…" or "4.ภาร…": a dimension cell that starts with its number. */
  static final Pattern NUMBERED_DIMENSION = Pattern.compile("^(" + D + ")\\s*\\.(?![0-9\u0E50-\u0E59])\\s*(.*)$");
  /** "2.2 มาตรการ…" or "๑.๑. กิจกรรม…": a mission code and name (not a three-part code). */
  static final Pattern MISSION = Pattern.compile("^(" + D + "{1,2})\\s*\\.\\s*(" + D + "{1,2})\\.?(?![0-9\u0E50-\u0E59.])\\s*(.*)$");
  /** "2.2.1 …": a sub-mission or an item code, and the text after it. */
  static final Pattern SUB_CODE = Pattern.compile("^(" + D + "{1,2})\\.(" + D + "{1,2})\\.(" + D + "{1,3})\\.?(?![0-9\u0E50-\u0E59])\\s*(.*)$");
  /** A mission code inside a cell that lists several missions. */
  static final Pattern INNER_MISSION = Pattern.compile("(?<=\\s)(" + D + ")\\s*\\.\\s*(" + D + ")\\.?(?![0-9\u0E50-\u0E59.])\\s+(?=\\S)");
  /** "รวม", "รวมทั้งสิ้น": a subtotal or grand-total label. */
  static final Pattern TOTAL_LABEL = Pattern.compile("^(?:มิติ(?:ที่)?\\s*" + D + "?\\s*)?รวม\\s*(ทั้งสิ้น|ทั้งหมด|ทุกมิติ)?\\s*$");
  /** "จำนวน 4 โครงการ", "๓ ภารกิจ ๑๐ กิจกรรม" (also with the OCR "การกิจ"). */
  static final Pattern COUNT = Pattern.compile("^(?:รวม\\s*(?:ทั้งสิ้น)?\\s*)?(?:จำนวน\\s*)?(?:(" + D + "{1,2})\\s*\\.?\\s*(?:ภารกิจ|การกิจ|ภาระกิจ)\\s*)?(" + D + "{1,4})\\s*(?:โครงการ|กิจกรรม|มาตรการ|รายการ)\\s*$");
  /** A B.E. year. */
  static final Pattern YEAR = Pattern.compile("(?<![0-9\u0E50-\u0E59])((?:25|๒๕)" + D + "{2})(?![0-9\u0E50-\u0E59])");
  /** "ลำดับที่ 3". */
  static final Pattern SEQ = Pattern.compile("^ลำดับ(?:ที่)?\\s*(" + D + "{1,3})\\s*$");

  private Patterns() {}

  /**
   * How many dot-separated numbers a text starts with: 3 for "2.2.1 …", 2 for "๑.๑. …", 1 for "3. …",
   * 0 otherwise; a cheap test before the patterns above, which run on every line.
   */
  static int codeDepth(String s) {
    int depth = 0;
    int i = 0;
    while (i < s.length() && depth < 4) {
      int start = i;
      while (i < s.length() && ThaiDigits.isDigit(s.charAt(i))) i++;
      if (i == start) break;
      depth++;
      while (i < s.length() && s.charAt(i) == ' ') i++;
      if (i >= s.length() || s.charAt(i) != '.') break;
      i++;
      while (i < s.length() && s.charAt(i) == ' ') i++;
    }
    return depth;
  }

  static Matcher match(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.matches() ? m : null;
  }

  /** True when the word in front is an OCR misreading of มิติ. */
  static boolean misreadDimension(Matcher dimension) {
    return !dimension.group(1).equals("มิติ");
  }
}
