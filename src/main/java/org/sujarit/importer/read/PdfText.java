package org.sujarit.importer.read;

import org.sujarit.importer.text.ThaiText;

/**
 * Thai text as PDF fonts give it back, made ordinary Unicode: the private-use glyphs of Thai fonts
 * (shifted tone marks, ญ and ฐ without their tails), text of fonts that kept a legacy 8-bit Thai
 * encoding (TIS-620 codes read as Latin-1) and marks drawn in another order than they are written.
 */
final class PdfText {
  /** U+F700–U+F71A, the private-use glyphs of Windows and most Thai fonts, by their Thai letters. */
  private static final char[] PUA = {
      '\u0E10', '\u0E34', '\u0E35', '\u0E36', '\u0E37', '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C',
      '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', '\u0E0D', '\u0E31', '\u0E4D', '\u0E48', '\u0E49',
      '\u0E4A', '\u0E4B', '\u0E4C', '\u0E47', '\u0E38', '\u0E39', '\u0E3A'};

  private PdfText() {}

  static String fix(String s) {
    if (s.isEmpty()) return s;
    String t = legacy(s);
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '\uF700' && c < '\uF700' + PUA.length) c = PUA[c - '\uF700'];
      sb.append(c);
    }
    ThaiText.reorderMarks(sb);
    return sb.toString();
  }

  /**
   * A word of TIS-620 codes read as Latin-1 (à¡ for เก): most of its letters fall where TIS-620 puts
   * Thai, U+00A1–U+00FB. Real Latin-1 words have a few accented letters among ASCII ones.
   */
  private static String legacy(String s) {
    int high = 0;
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u00A1' && c <= '\u00FB') high++;
      if (!Character.isWhitespace(c) && !Character.isDigit(c)) letters++;
    }
    if (high == 0 || high * 10 < letters * 6) return s;
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c >= '\u00A1' && c <= '\u00FB' ? (char) (c - 0xA1 + 0x0E01) : c);
    }
    return sb.toString();
  }
}
