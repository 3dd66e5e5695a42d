package org.sujarit.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {
  final ReminderSchedule schedule = new ReminderSchedule(Set.of(14, 7, 1));

  @Test
  void remindsOnTheConfiguredDaysBeforeEachDeadline() {
    assertThat(schedule.roundsToRemind(LocalDate.of(2024, 4, 1), RoundDeadlines.DEFAULT)).containsExactly(ReportingRound.of(2567, RoundKind.HALF_YEAR));
    assertThat(schedule.roundsToRemind(LocalDate.of(2024, 4, 8), RoundDeadlines.DEFAULT)).containsExactly(ReportingRound.of(2567, RoundKind.HALF_YEAR));
    assertThat(schedule.roundsToRemind(LocalDate.of(2024, 4, 9), RoundDeadlines.DEFAULT)).isEmpty();
    // 14 October 2024 is in fiscal year 2568: the reminder is for the annual report of 2567
    assertThat(schedule.roundsToRemind(LocalDate.of(2024, 10, 14), RoundDeadlines.DEFAULT)).containsExactly(ReportingRound.of(2567, RoundKind.FULL_YEAR));
    assertThat(schedule.roundsToRemind(LocalDate.of(2024, 9, 30), RoundDeadlines.DEFAULT)).isEmpty();
  }
}
