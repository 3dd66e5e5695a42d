package org.sujarit.plan.web;

import java.math.BigDecimal;
import org.sujarit.common.Baht;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.ThaiDigits;

/** Reading numbers as people type them into plan forms: Thai or Arabic digits, thousands separators. */
final class FormText {
  private FormText() {}

  /**
   * A budget cell: empty means "not stated" (null), "-" means no budget (zero), anything else an
   * amount ("1,000", "๑๐๐๐").
   */
  static Baht budget(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) return null;
    if ("-".equals(t)) return Baht.ZERO;
    return Baht.parse(t);
  }

  /** A target value ("80", "๘๕", "1,000", "12.5"); null when empty. */
  static BigDecimal decimal(String text) {
    String t = text == null ? "" : ThaiDigits.toArabic(text).strip().replace(",", "");
    if (t.isEmpty()) return null;
    if (!t.matches("-?\\d{1,12}(\\.\\d{1,4})?")) throw new RuleViolation("authoring.number.invalid", text.strip());
    return new BigDecimal(t);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
