package org.sujarit.monitoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sujarit.common.FiscalYear;

/**
 * Which rounds a reminder goes out for today: those due in exactly one of the configured numbers of
 * days (by default 14, 7, 3 and 1), so that each unit gets a few reminders, not one every day.
 */
record ReminderSchedule(Set<Integer> daysBefore) {

  public ReminderSchedule {
    daysBefore = Set.copyOf(daysBefore);
  }

  public List<ReportingRound> roundsToRemind(LocalDate today, RoundDeadlines deadlines) {
    FiscalYear year = FiscalYear.containing(today);
    List<ReportingRound> due = new ArrayList<>();
    // the annual round of last year is due in October of this one; the rounds of this year later on
    for (ReportingRound r : List.of(new ReportingRound(year.plus(-1), RoundKind.FULL_YEAR), new ReportingRound(year, RoundKind.HALF_YEAR),
        new ReportingRound(year, RoundKind.FULL_YEAR))) {
      long days = ChronoUnit.DAYS.between(today, r.dueDate(deadlines));
      if (daysBefore.contains((int) days)) due.add(r);
    }
    return due;
  }
}
