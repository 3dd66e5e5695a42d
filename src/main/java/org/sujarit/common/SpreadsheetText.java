package org.sujarit.common;

/**
 * Text for a spreadsheet or CSV cell that stays text: a value that begins with {@code = + - @}, a tab or
 * a carriage return is written with a leading apostrophe (OWASP's CSV-injection rule), so that it does
 * not become a live formula when the cell is copied, or the sheet saved as CSV and opened again. A lone
 * "-" (the plans' "none") is no formula and is left as it is.
 */
public final class SpreadsheetText {
  private static final String FORMULA_START = "=+-@\t\r";

  private SpreadsheetText() {}

  public static String safe(String text) {
    if (text == null || text.isEmpty() || text.equals("-")) return text;
    return FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /** The text {@link #safe} was given, for reading back what Sujarit wrote. */
  public static String unescape(String text) {
    if (text == null || text.length() < 2 || text.charAt(0) != '\'') return text;
    return FORMULA_START.indexOf(text.charAt(1)) >= 0 ? text.substring(1) : text;
  }

  /** One CSV field: made safe, quoted when it holds a separator, quote or line break. */
  public static String csvField(String text) {
    String safe = safe(text == null ? "" : text);
    if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) return safe;
    return '"' + safe.replace("\"", "\"\"") + '"';
  }
}
