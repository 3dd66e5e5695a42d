package org.sujarit.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalYearTest {
  @Test
  void fiscalYear2566RunsFromOctober2022ToSeptember2023() {
    FiscalYear fy = FiscalYear.of(2566);
    assertThat(fy.firstDay()).isEqualTo(LocalDate.of(2022, 10, 1));
    assertThat(fy.lastDay()).isEqualTo(LocalDate.of(2023, 9, 30));
    assertThat(FiscalYear.containing(LocalDate.of(2022, 10, 1))).isEqualTo(fy);
    assertThat(FiscalYear.containing(LocalDate.of(2022, 9, 30))).isEqualTo(FiscalYear.of(2565));
    assertThat(fy.lastDayOfFirstHalf()).isEqualTo(LocalDate.of(2023, 3, 31));
  }

  @Test
  void quartersStartInOctober() {
    FiscalYear fy = FiscalYear.of(2569);
    assertThat(fy.firstDayOf(FiscalQuarter.Q1)).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(fy.lastDayOf(FiscalQuarter.Q2)).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(fy.lastDayOf(FiscalQuarter.Q4)).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(FiscalQuarter.containing(LocalDate.of(2025, 12, 31))).isEqualTo(FiscalQuarter.Q1);
    assertThat(FiscalQuarter.containing(LocalDate.of(2026, 1, 1))).isEqualTo(FiscalQuarter.Q2);
    assertThat(FiscalQuarter.containing(LocalDate.of(2026, 7, 1))).isEqualTo(FiscalQuarter.Q4);
  }

  @Test
  void periodsLastOneToFiveYears() {
    assertThat(FiscalPeriod.of(2566, 2570).years()).hasSize(5);
    assertThat(FiscalPeriod.of(2562, 2564).length()).isEqualTo(3);
    assertThat(FiscalPeriod.of(2567, 2567).length()).isEqualTo(1);
    assertThatThrownBy(() -> FiscalPeriod.of(2566, 2571)).isInstanceOf(InvalidPeriodException.class);
    assertThatThrownBy(() -> FiscalPeriod.of(2570, 2566)).isInstanceOf(InvalidPeriodException.class);
    assertThat(FiscalPeriod.of(2566, 2570).startingAt(FiscalYear.of(2571))).isEqualTo(FiscalPeriod.of(2571, 2575));
  }
}
