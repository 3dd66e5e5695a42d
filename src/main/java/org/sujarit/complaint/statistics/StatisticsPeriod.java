package org.sujarit.complaint.statistics;

import java.time.LocalDate;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;

/** A span of a fiscal year the statistics are given for: a month, a quarter, a half or the whole year. */
public record StatisticsPeriod(FiscalYear year, Kind kind, int index, LocalDate from, LocalDate to) {
  public enum Kind { MONTH, QUARTER, HALF, YEAR }

  public static StatisticsPeriod year(FiscalYear y) {
    return new StatisticsPeriod(y, Kind.YEAR, 1, y.firstDay(), y.lastDay());
  }

  /** Month 1 is October, month 12 September. */
  public static StatisticsPeriod month(FiscalYear y, int index) {
    if (index < 1 || index > 12) throw RuleViolation.field("month", "complaint.period.invalid");
    LocalDate from = y.firstDay().plusMonths(index - 1L);
    return new StatisticsPeriod(y, Kind.MONTH, index, from, from.plusMonths(1).minusDays(1));
  }

  public static StatisticsPeriod quarter(FiscalYear y, FiscalQuarter q) {
    return new StatisticsPeriod(y, Kind.QUARTER, q.number(), y.firstDayOf(q), y.lastDayOf(q));
  }

  /** Half 1 (October–March) is the 6-month report's span. */
  public static StatisticsPeriod half(FiscalYear y, int index) {
    if (index == 1) return new StatisticsPeriod(y, Kind.HALF, 1, y.firstDay(), y.lastDayOfFirstHalf());
    if (index == 2) return new StatisticsPeriod(y, Kind.HALF, 2, y.lastDayOfFirstHalf().plusDays(1), y.lastDay());
    throw RuleViolation.field("half", "complaint.period.invalid");
  }

  public boolean contains(LocalDate d) {
    return !d.isBefore(from) && !d.isAfter(to);
  }
}
