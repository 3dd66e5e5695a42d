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

  public static String toThai(String text) {
    if (text == null) return null;
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (sb == null) sb = new StringBuilder(text);
        sb.setCharAt(i, (char) (THAI_ZERO + (c - '0')));
      }
    }
    return sb == null ? text : sb.toString();
  }

  public static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= THAI_ZERO && c <= THAI_ZERO + 9);
  }
}
