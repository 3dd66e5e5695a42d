package org.sujarit.monitoring;

import java.time.MonthDay;
import java.util.Objects;

/**
 * When an organization's reports are due, as a day of the year: by default the 6-month report on
 * 15 April and the annual report on 15 October (after the fiscal year ends on 30 September).
 */
public record RoundDeadlines(MonthDay halfYear, MonthDay fullYear) {
  public static final RoundDeadlines DEFAULT = new RoundDeadlines(MonthDay.of(4, 15), MonthDay.of(10, 15));

  public RoundDeadlines {
    Objects.requireNonNull(halfYear, "halfYear");
    Objects.requireNonNull(fullYear, "fullYear");
  }

  public MonthDay of(RoundKind kind) {
    return kind == RoundKind.HALF_YEAR ? halfYear : fullYear;
  }
}
