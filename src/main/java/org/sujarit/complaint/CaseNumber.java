package org.sujarit.complaint;

import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;

/** A case's number within its organization and fiscal year, written "12/2569". */
public record CaseNumber(int sequence, FiscalYear year) {
  public CaseNumber {
    if (sequence < 1) throw RuleViolation.field("number", "complaint.number.invalid", sequence);
    if (year == null) throw new IllegalArgumentException("year");
  }

  /** The number following the highest one already given this year (0 when none), for that year. */
  public static CaseNumber next(FiscalYear year, int highestSoFar) {
    return new CaseNumber(highestSoFar + 1, year);
  }

  public static CaseNumber parse(String text) {
    String t = text == null ? "" : text.strip();
    int slash = t.indexOf('/');
    try {
      if (slash > 0) return new CaseNumber(Integer.parseInt(t.substring(0, slash)), FiscalYear.of(Integer.parseInt(t.substring(slash + 1))));
    } catch (NumberFormatException e) {
      // reported below with the same message as any other malformed number
    }
    throw RuleViolation.field("number", "complaint.number.malformed", t);
  }

  @Override
  public String toString() {
    return sequence + "/" + year;
  }
}
