package org.sujarit.common;

import java.time.LocalDate;

/** Quarter of a fiscal year: Q1 October–December, Q2 January–March, Q3 April–June, Q4 July–September. */
public enum FiscalQuarter {
  Q1, Q2, Q3, Q4;

  public int number() {
    return ordinal() + 1;
  }

  public static FiscalQuarter of(int number) {
    if (number < 1 || number > 4) throw RuleViolation.field("quarter", "quarter.invalid", number);
    return values()[number - 1];
  }

  public static FiscalQuarter containing(LocalDate date) {
    int m = date.getMonthValue();
    return of(m >= 10 ? 1 : (m + 2) / 3 + 1);
  }

  /** Q1 and Q2 make the first half, reported in the 6-month report. */
  public boolean inFirstHalf() {
    return this == Q1 || this == Q2;
  }
}
