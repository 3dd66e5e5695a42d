package org.sujarit.monitoring;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;

/**
 * One reporting round of the fiscal calendar: the 6-month round covers October–March (Q1–Q2) of a B.E.
 * fiscal year, the annual round the whole year. Each round is due on the organization's deadline day
 * that first follows the round's last day.
 */
public record ReportingRound(FiscalYear year, RoundKind kind) {

  public ReportingRound {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(kind, "kind");
  }

  public static ReportingRound of(int buddhistYear, RoundKind kind) {
    return new ReportingRound(FiscalYear.of(buddhistYear), kind);
  }

  /** The round a day falls in for reporting: the 6-month round until March, the annual round after. */
  public static ReportingRound current(LocalDate today) {
    FiscalYear year = FiscalYear.containing(today);
    return new ReportingRound(year, today.isAfter(year.lastDayOfFirstHalf()) ? RoundKind.FULL_YEAR : RoundKind.HALF_YEAR);
  }

  /**
   * The round to open for a period (a plan's years) on a day: the round running that day, or the
   * period's nearest year's annual round when the day lies outside the period.
   */
  public static ReportingRound current(FiscalPeriod period, LocalDate today) {
    ReportingRound now = current(today);
    if (period.contains(now.year())) return now;
    return new ReportingRound(now.year().compareTo(period.first()) < 0 ? period.first() : period.last(), RoundKind.FULL_YEAR);
  }

  /** Every round of a period, in order: each year's 6-month round, then its annual round. */
  public static List<ReportingRound> all(FiscalPeriod period) {
    List<ReportingRound> out = new ArrayList<>();
    for (FiscalYear y : period.years()) {
      out.add(new ReportingRound(y, RoundKind.HALF_YEAR));
      out.add(new ReportingRound(y, RoundKind.FULL_YEAR));
    }
    return out;
  }

  public LocalDate firstDay() {
    return year.firstDay();
  }

  public LocalDate lastDay() {
    return kind == RoundKind.HALF_YEAR ? year.lastDayOfFirstHalf() : year.lastDay();
  }

  public Set<FiscalQuarter> quarters() {
    return kind == RoundKind.HALF_YEAR ? EnumSet.of(FiscalQuarter.Q1, FiscalQuarter.Q2) : EnumSet.allOf(FiscalQuarter.class);
  }

  /** The first deadline day after the round ends (15 April 2567 for the 6-month round of 2567 by default). */
  public LocalDate dueDate(RoundDeadlines deadlines) {
    MonthDay day = deadlines.of(kind);
    LocalDate end = lastDay();
    LocalDate due = day.atYear(end.getYear());
    return due.isAfter(end) ? due : day.atYear(end.getYear() + 1);
  }

  @Override
  public String toString() {
    return year + "/" + kind;
  }
}
