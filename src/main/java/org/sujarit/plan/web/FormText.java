package org.sujarit.plan.web;

import java.math.BigDecimal;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.ThaiDigits;

/** Reading numbers as people type them into plan forms: Thai or Arabic digits, thousands separators. */
final class FormText {
  private FormText() {}

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
