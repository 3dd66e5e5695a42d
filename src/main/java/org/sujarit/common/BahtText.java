package org.sujarit.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of baht in Thai words, as official text states sums: 10,000 → "หนึ่งหมื่นบาทถ้วน".
 *
 * <p>Thai writes a final 1 as "เอ็ด" after a higher digit, but sources disagree on when: Excel's
 * BAHTTEXT does so after any higher non-zero digit (101 → หนึ่งร้อยเอ็ด), ICU only after a tens digit
 * (101 → หนึ่งร้อยหนึ่ง). Finance staff compare against Excel, so that is the default.
 */
public final class BahtText {
  /** When a final 1 is read "เอ็ด". */
  public enum Convention {
    /** After any higher non-zero digit, as Excel's BAHTTEXT: 101 → หนึ่งร้อยเอ็ด. */
    EXCEL,
    /** Only after a non-zero tens digit, as ICU: 101 → หนึ่งร้อยหนึ่ง, 21 → ยี่สิบเอ็ด. */
    TENS_ONLY
  }

  private static final String[] DIGIT = {"", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"};
  private static final String[] UNIT = {"", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"};

  private BahtText() {}

  public static String of(Baht amount) {
    return of(amount.amount(), Convention.EXCEL);
  }

  public static String of(Baht amount, Convention convention) {
    return of(amount.amount(), convention);
  }

  /** Rounds to the satang first (half up). */
  public static String of(BigDecimal amount, Convention convention) {
    BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
    StringBuilder sb = new StringBuilder(a.signum() < 0 ? "ลบ" : "");
    a = a.abs();
    String baht = a.toBigInteger().toString();
    int satang = a.remainder(BigDecimal.ONE).movePointRight(2).intValueExact();
    boolean noBaht = baht.equals("0");
    if (!noBaht) sb.append(integer(baht, convention)).append("บาท");
    if (satang == 0) sb.append(noBaht ? "ศูนย์บาทถ้วน" : "ถ้วน");
    else sb.append(integer(Integer.toString(satang), convention)).append("สตางค์");
    return sb.toString();
  }

  /** Groups of six digits joined by ล้าน. */
  private static String integer(String digits, Convention convention) {
    StringBuilder sb = new StringBuilder();
    int len = digits.length();
    int end = len % 6 == 0 ? 6 : len % 6;
    for (int start = 0; start < len; start = end, end += 6) {
      sb.append(group(digits.substring(start, end), convention, sb.length() > 0));
      if (end < len) sb.append("ล้าน");
    }
    return sb.toString();
  }

  private static String group(String g, Convention convention, boolean higherGroupSaid) {
    StringBuilder sb = new StringBuilder();
    int len = g.length();
    for (int i = 0; i < len; i++) {
      int d = g.charAt(i) - '0';
      int pos = len - 1 - i;
      if (d == 0) continue;
      if (pos == 1 && d == 1) sb.append("สิบ");
      else if (pos == 1 && d == 2) sb.append("ยี่สิบ");
      else if (pos == 0 && d == 1 && saysEt(g, convention, sb.length() > 0 || higherGroupSaid)) sb.append("เอ็ด");
      else sb.append(DIGIT[d]).append(UNIT[pos]);
    }
    return sb.toString();
  }

  private static boolean saysEt(String group, Convention convention, boolean anythingBefore) {
    return switch (convention) {
      case EXCEL -> anythingBefore;
      case TENS_ONLY -> group.length() >= 2 && group.charAt(group.length() - 2) != '0';
    };
  }
}
