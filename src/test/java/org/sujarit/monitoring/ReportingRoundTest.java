package org.sujarit.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.sujarit.common.FiscalQuarter;

class ReportingRoundTest {
  @Test
  void theSixMonthRoundCoversOctoberToMarchAndTheAnnualOneTheWholeYear() {
    ReportingRound half = ReportingRound.of(2567, RoundKind.HALF_YEAR);
    assertThat(half.firstDay()).isEqualTo(LocalDate.of(2023, 10, 1));
    assertThat(half.lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(half.quarters()).containsExactly(FiscalQuarter.Q1, FiscalQuarter.Q2);
    ReportingRound full = ReportingRound.of(2567, RoundKind.FULL_YEAR);
    assertThat(full.lastDay()).isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(full.quarters()).hasSize(4);
  }

  @Test
  void reportsAreDueOnTheFirstDeadlineDayAfterTheRoundEnds() {
    assertThat(ReportingRound.of(2567, RoundKind.HALF_YEAR).dueDate(RoundDeadlines.DEFAULT)).isEqualTo(LocalDate.of(2024, 4, 15));
    assertThat(ReportingRound.of(2567, RoundKind.FULL_YEAR).dueDate(RoundDeadlines.DEFAULT)).isEqualTo(LocalDate.of(2024, 10, 15));
    // an organization whose 6-month report is due on 31 March: the round's own last day is not after it, so next year's
    RoundDeadlines early = new RoundDeadlines(MonthDay.of(3, 31), MonthDay.of(9, 30));
    assertThat(ReportingRound.of(2567, RoundKind.HALF_YEAR).dueDate(early)).isEqualTo(LocalDate.of(2025, 3, 31));
    RoundDeadlines may = new RoundDeadlines(MonthDay.of(5, 1), MonthDay.of(11, 30));
    assertThat(ReportingRound.of(2567, RoundKind.HALF_YEAR).dueDate(may)).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(ReportingRound.of(2567, RoundKind.FULL_YEAR).dueDate(may)).isEqualTo(LocalDate.of(2024, 11, 30));
  }

  @Test
  void theCurrentRoundFollowsTheFiscalCalendar() {
    assertThat(ReportingRound.current(LocalDate.of(2023, 10, 1))).isEqualTo(ReportingRound.of(2567, RoundKind.HALF_YEAR));
    assertThat(ReportingRound.current(LocalDate.of(2024, 3, 31))).isEqualTo(ReportingRound.of(2567, RoundKind.HALF_YEAR));
    assertThat(ReportingRound.current(LocalDate.of(2024, 4, 1))).isEqualTo(ReportingRound.of(2567, RoundKind.FULL_YEAR));
    assertThat(ReportingRound.current(LocalDate.of(2024, 9, 30))).isEqualTo(ReportingRound.of(2567, RoundKind.FULL_YEAR));
  }
}
