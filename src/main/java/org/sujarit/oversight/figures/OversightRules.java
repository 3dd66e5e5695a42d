package org.sujarit.oversight.figures;

import java.time.Instant;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.ThaiDates;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundDeadlines;

/** When oversight counts a plan or a report as on time. */
public final class OversightRules {
  private OversightRules() {}

  /** A plan is on time when it was approved before its first fiscal year began (1 October, Bangkok). */
  public static Instant planDue(int firstYear) {
    return FiscalYear.of(firstYear).firstDay().atStartOfDay(ThaiDates.BANGKOK).toInstant();
  }

  /** A round is due by the end of the organization's deadline day that follows it. */
  public static Instant roundDue(ReportingRound round, RoundDeadlines deadlines) {
    return round.dueDate(deadlines).plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant();
  }
}
