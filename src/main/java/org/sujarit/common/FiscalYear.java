package org.sujarit.common;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Thai government fiscal year, named by its Buddhist Era year: fiscal year 2566 runs from
 * 1 October 2022 to 30 September 2023 (B.E. = C.E. + 543, named after the year it ends in).
 */
public record FiscalYear(int value) implements Comparable<FiscalYear> {
  public static final int MIN = 2540;
  public static final int MAX = 2700;
  private static final int BE_OFFSET = 543;

  public FiscalYear {
    if (value < MIN || value > MAX) throw RuleViolation.field("year", "fiscal-year.invalid", value, MIN, MAX);
  }

  public static FiscalYear of(int buddhistYear) {
    return new FiscalYear(buddhistYear);
  }

  /** The fiscal year a day belongs to. */
  public static FiscalYear containing(LocalDate date) {
    int ceYearEnding = date.getMonthValue() >= Month.OCTOBER.getValue() ? date.getYear() + 1 : date.getYear();
    return new FiscalYear(ceYearEnding + BE_OFFSET);
  }

  public LocalDate firstDay() {
    return LocalDate.of(value - BE_OFFSET - 1, Month.OCTOBER, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(value - BE_OFFSET, Month.SEPTEMBER, 30);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  public FiscalYear next() {
    return new FiscalYear(value + 1);
  }

  public FiscalYear plus(int years) {
    return new FiscalYear(value + years);
  }

  /** First and last day of one quarter of this year (Q1 = October–December). */
  public LocalDate firstDayOf(FiscalQuarter q) {
    return firstDay().plusMonths(3L * (q.number() - 1));
  }

  public LocalDate lastDayOf(FiscalQuarter q) {
    return firstDayOf(q).plusMonths(3).minusDays(1);
  }

  /** First half: October–March (the 6-month report); second half: April–September. */
  public LocalDate lastDayOfFirstHalf() {
    return LocalDate.of(value - BE_OFFSET, Month.MARCH, 31);
  }

  @Override
  public int compareTo(FiscalYear o) {
    return Integer.compare(value, o.value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
