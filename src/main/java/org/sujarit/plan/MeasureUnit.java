package org.sujarit.plan;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.Codes;

/** The unit of a goal's or an indicator's target value. */
public enum MeasureUnit {
  PERCENT, SCORE, COUNT, PEOPLE, TIMES, OTHER;

  public static MeasureUnit parse(String code) {
    return Codes.parse(MeasureUnit.class, code, OTHER);
  }

  /** The unit an interchange file names in English or Thai ("percent", "ร้อยละ"); OTHER when unknown. */
  static MeasureUnit fromInterchange(String text) {
    if (text == null) return OTHER;
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "percent", "ร้อยละ" -> PERCENT;
      case "score", "คะแนน" -> SCORE;
      case "count", "จำนวน" -> COUNT;
      case "people", "person", "คน" -> PEOPLE;
      case "times", "ครั้ง" -> TIMES;
      default -> OTHER;
    };
  }

  /** The name interchange files use ("percent"). */
  String interchangeName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Targets are never negative, and a percentage is at most 100; {@code field} names the input for the message. */
  static void requireValidTargets(MeasureUnit unit, Collection<BigDecimal> targets, String field) {
    for (BigDecimal t : targets) {
      if (t == null) continue;
      if (t.signum() < 0) throw RuleViolation.field(field, "plan.target.negative", t.toPlainString());
      if (unit == PERCENT && t.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw RuleViolation.field(field, "plan.target.percent-over-100", t.toPlainString());
      }
    }
  }

  public String messageKey() {
    return "unit." + name();
  }
}
