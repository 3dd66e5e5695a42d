package org.sujarit.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of baht named in running text ("จำนวน 50,000 บาท", "๑๒๐,๐๐๐ บาท") and the words for none
 * ("ไม่ใช้งบประมาณ"): read by the importer from the source's detail sheets and by the documents to tell
 * whether a sheet's budget line still says what Part 2 has.
 */
public final class BahtInText {
  private static final String D = "[0-9\u0E50-\u0E59]";
  private static final Pattern AMOUNT = Pattern.compile("(?<![0-9\u0E50-\u0E59.,])(" + D + "{1,3}(?:," + D + "{3})+|" + D + "{1,9})(?:\\.(" + D
      + "{2}))?\\s*(?:บาท|baht)");

  private BahtInText() {}

  /** Every amount followed by บาท, in order; a number glued to other digits is none. */
  public static List<BigDecimal> amounts(String text) {
    List<BigDecimal> out = new ArrayList<>();
    Matcher m = AMOUNT.matcher(text);
    while (m.find()) {
      String n = ThaiDigits.toArabic(m.group(1)) + (m.group(2) == null ? "" : "." + ThaiDigits.toArabic(m.group(2)));
      BigDecimal v = new BigDecimal(n.replace(",", "")).stripTrailingZeros();
      if (v.compareTo(Baht.MAX_CELL.amount()) <= 0) out.add(v.scale() < 0 ? v.setScale(0) : v);
    }
    return out;
  }

  /** True when the text says that no budget is used. */
  public static boolean saysNone(String text) {
    return text.contains("ไม่ใช้งบ") || text.contains("ไม่ได้ใช้งบ") || text.contains("ไม่มีงบประมาณ");
  }
}
