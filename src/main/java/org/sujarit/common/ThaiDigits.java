package org.sujarit.common;

/** Conversion between Thai digits (๐–๙) and Arabic digits (0–9). */
public final class ThaiDigits {
  private static final char THAI_ZERO = '\u0E50';

  private ThaiDigits() {}

  public static String toArabic(String text) {
    if (text == null) return null;
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= THAI_ZERO && c <= THAI_ZERO + 9) {
        if (sb == null) sb = new StringBuilder(text);
        sb.setCharAt(i, (char) ('0' + (c - THAI_ZERO)));
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * Thai digits for the digits of Thai text. Digits that belong to a Latin code ("(i30)", "O27",
   * "NACC_2566", an address) stay Arabic: they are identifiers, not numbers read in Thai.
   */
  public static String toThai(String text) {
    if (text == null) return null;
    StringBuilder sb = null;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') end++;
      if (!inLatinCode(text, i, end)) {
        if (sb == null) sb = new StringBuilder(text);
        for (int k = i; k < end; k++) sb.setCharAt(k, (char) (THAI_ZERO + (text.charAt(k) - '0')));
      }
      i = end;
    }
    return sb == null ? text : sb.toString();
  }

  /** Whether the code-like run around [from, to) — letters, digits and . _ - / : @ — holds a Latin letter. */
  private static boolean inLatinCode(String text, int from, int to) {
    for (int k = from - 1; k >= 0 && codeChar(text.charAt(k)); k--) {
      if (latinLetter(text.charAt(k))) return true;
    }
    for (int k = to; k < text.length() && codeChar(text.charAt(k)); k++) {
      if (latinLetter(text.charAt(k))) return true;
    }
    return false;
  }

  private static boolean codeChar(char c) {
    return latinLetter(c) || (c >= '0' && c <= '9') || ".-_/:@#".indexOf(c) >= 0;
  }

  private static boolean latinLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  public static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= THAI_ZERO && c <= THAI_ZERO + 9);
  }
}
