package org.sujarit.importer.text;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.sujarit.common.ThaiDigits;

/** Normalization of Thai text as converters leave it: Unicode forms, digits of any script, spaces. */
public final class ThaiText {
  /** One decimal digit, Arabic or Thai: the class to use in every pattern that reads numbers. */
  public static final String D = "[0-9\u0E50-\u0E59]";
  private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2000-\u200A\u202F\u3000]+");
  private static final char LAO_FIRST = '\u0E80';
  private static final char LAO_LAST = '\u0EFF';

  private ThaiText() {}

  /**
   * NFC, sara am written as nikhahit + sara aa (a converter habit) made one letter, zero-width
   * characters removed, and digits of other scripts (Myanmar, Lao, Khmer…) made Arabic; Thai digits stay.
   */
  public static String normalize(String s) {
    String t = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    if (!needsNormalizing(t)) return t;
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\u0E4D' && i + 1 < t.length() && t.charAt(i + 1) == '\u0E32') {
        sb.append('\u0E33');
        i++;
      } else if (c == '\u00A0') {
        sb.append(' ');
      } else if (Character.isDigit(c) && c > '9' && !ThaiDigits.isDigit(c) && !(c >= LAO_FIRST && c <= LAO_LAST)) {
        sb.append((char) ('0' + Character.digit(c, 10)));
      } else if (c != '\u200B' && c != '\u2060' && c != '\u200C' && c != '\u200D' && c != '\uFEFF' && c != '\u00AD') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean needsNormalizing(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\u0E4D' || c == '\u00A0' || c == '\u200B' || c == '\u2060' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD'
          || c > '9' && Character.isDigit(c) && !ThaiDigits.isDigit(c) && !(c >= LAO_FIRST && c <= LAO_LAST)) {
        return true;
      }
    }
    return false;
  }

  /** Trims and collapses every run of whitespace to one space. */
  public static String collapse(String s) {
    if (s == null) return null;
    boolean clean = true;
    for (int i = 0; i < s.length() && clean; i++) {
      char c = s.charAt(i);
      boolean space = isSpace(c);
      clean = !space || c == ' ' && i > 0 && i < s.length() - 1 && !isSpace(s.charAt(i + 1));
    }
    return clean ? s : SPACES.matcher(s).replaceAll(" ").strip();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u3000';
  }

  /** The value of a run of Arabic or Thai digits. */
  public static int number(String digits) {
    return Integer.parseInt(ThaiDigits.toArabic(digits.strip()));
  }

  public static boolean hasLao(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= LAO_FIRST && c <= LAO_LAST) return true;
    }
    return false;
  }

  /**
   * Thai text that an OCR engine or a PDF font gave as Lao (the scripts share their layout): each Lao
   * letter becomes the Thai letter in the same place of its block, with the few letters that differ
   * mapped by sound; then normalized as Thai text is, since Lao writes sara am as nikhahit and sara aa
   * ("ນໍາ" gives "นํา", which is "นำ") and a font may give a tone mark before its vowel.
   */
  public static String laoToThai(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < LAO_FIRST || c > LAO_LAST) {
        sb.append(c);
        continue;
      }
      switch (c) {
        case '\u0E8D' -> sb.append('ย');
        case '\u0EBB' -> sb.append('ั');
        case '\u0EBC' -> sb.append('ล');
        case '\u0EBD' -> sb.append('ย');
        case '\u0EDC' -> sb.append("หน");
        case '\u0EDD' -> sb.append("หม");
        default -> {
          char t = (char) (c - 0x80);
          sb.append(Character.isDefined(t) && Character.getType(t) != Character.UNASSIGNED ? t : c);
        }
      }
    }
    reorderMarks(sb);
    return normalize(sb.toString());
  }

  /**
   * A tone mark is written after the vowel above it and before a final sara am; fonts that draw the
   * mark first give it first, and sara am may come as nikhahit and sara aa around the mark.
   */
  public static void reorderMarks(StringBuilder sb) {
    for (int i = 0; i + 1 < sb.length(); i++) {
      char c = sb.charAt(i);
      char n = sb.charAt(i + 1);
      if (isToneOrThanthakhat(c) && isUpperVowel(n)) {
        sb.setCharAt(i, n);
        sb.setCharAt(i + 1, c);
      } else if (c == '\u0E4D' && isToneOrThanthakhat(n) && i + 2 < sb.length() && sb.charAt(i + 2) == '\u0E32') {
        sb.setCharAt(i, n);
        sb.setCharAt(i + 1, '\u0E33');
        sb.deleteCharAt(i + 2);
      }
    }
  }

  private static boolean isToneOrThanthakhat(char c) {
    return c >= '\u0E48' && c <= '\u0E4C';
  }

  private static boolean isUpperVowel(char c) {
    return c == '\u0E31' || c >= '\u0E34' && c <= '\u0E37' || c == '\u0E47';
  }

  /**
   * Letters of scripts that never occur in a Thai plan (CJK, Cyrillic, Georgian, Bengali…) standing
   * inside Thai text are OCR debris: removed, with their combining marks (a Bengali nukta). Latin
   * stays (names, English terms).
   */
  public static String withoutForeignLetters(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      boolean letterOrMark = Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      boolean foreign = letterOrMark && c > '\u036F' && script != Character.UnicodeScript.THAI && script != Character.UnicodeScript.INHERITED;
      if (foreign && sb == null) {
        sb = new StringBuilder(s.length());
        sb.append(s, 0, i);
      }
      if (sb != null && !foreign) sb.append(c);
    }
    return sb == null ? s : sb.toString();
  }
}
