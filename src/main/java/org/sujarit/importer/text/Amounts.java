package org.sujarit.importer.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.sujarit.common.Baht;
import org.sujarit.common.BahtInText;
import org.sujarit.common.ThaiDigits;

/** Reading amounts of baht from plan tables and detail sheets. */
public final class Amounts {
  /** "-", "0", "ไม่ใช้งบประมาณ" and the like: the document says there is no budget. */
  private static final Pattern NONE = Pattern.compile("^(?:[-–—−]+|0+(?:\\.0+)?|ไม่(?:ได้|ต้อง)?ใช้\\s*งบ(?:ประมาณ)?|ไม่มี\\s*งบ(?:ประมาณ)?)$");
  private static final Pattern CELL_AMOUNT = Pattern.compile("^" + ThaiText.D + "{1,3}(?:[, ]?" + ThaiText.D + "{3})*(?:\\.(" + ThaiText.D + "{1,2}))?(?:\\.?-)?(?:\\s*บาท)?$");

  private Amounts() {}

  /** True for a table cell that holds a budget: an amount or a "no budget" mark. */
  public static boolean isBudgetCell(String cell) {
    String t = cell.strip();
    return !t.isEmpty() && (NONE.matcher(t).matches() || CELL_AMOUNT.matcher(t).matches());
  }

  /** The baht of a budget cell: 0 for a "no budget" mark, null for an empty or unreadable cell. */
  public static BigDecimal cellValue(String cell) {
    String t = cell == null ? "" : cell.strip();
    if (t.isEmpty()) return null;
    if (NONE.matcher(t).matches()) return BigDecimal.ZERO;
    if (!CELL_AMOUNT.matcher(t).matches()) return null;
    String digits = ThaiDigits.toArabic(t).replace("บาท", "").replace(" ", "").strip();
    if (digits.endsWith("-")) digits = digits.substring(0, digits.length() - (digits.endsWith(".-") ? 2 : 1));
    return plain(digits);
  }

  /** True when a text says that no budget is used ("ไม่ใช้งบประมาณ"). */
  public static boolean saysNoBudget(String text) {
    return BahtInText.saysNone(text);
  }

  /** Every amount followed by บาท in a text, in order. */
  public static List<BigDecimal> inText(String text) {
    return BahtInText.amounts(text);
  }

  /** An amount already checked by the patterns above: plain digits, commas and up to two decimals. */
  private static BigDecimal plain(String number) {
    BigDecimal v = new BigDecimal(number.replace(",", "")).stripTrailingZeros();
    if (v.compareTo(Baht.MAX_CELL.amount()) > 0) return null;
    return v.scale() < 0 ? v.setScale(0) : v;
  }
}
