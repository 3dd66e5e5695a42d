package org.sujarit.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Budget;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.MeasureUnit;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanFixtures;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.WorkflowStamp;

class ProgressFiguresTest {
  static final FiscalYear Y = FiscalYear.of(2567);
  static final ReportingRound HALF = new ReportingRound(Y, RoundKind.HALF_YEAR);
  static final UnitId FINANCE = UnitId.random();
  static final UnitId WORKS = UnitId.random();
  static final WorkflowStamp STAMP = new WorkflowStamp("u", Instant.EPOCH);
  static final DetailSheet SHEET = new DetailSheet(null, null, null, null, null, null, null, null, null, null, null,
      List.of(new DetailSheet.Indicator("ผู้เข้าร่วม", new BigDecimal("80"), MeasureUnit.PERCENT),
          new DetailSheet.Indicator("ความพึงพอใจ", new BigDecimal("4"), MeasureUnit.SCORE)));

  static PlanItem item(String mission, int seq, long budget, UnitId unit, Set<FiscalQuarter> quarters) {
    TreeMap<FiscalYear, Baht> b = new TreeMap<>(Map.of(Y, Baht.of(budget)));
    TreeMap<FiscalYear, Set<FiscalQuarter>> q = new TreeMap<>();
    if (!quarters.isEmpty()) q.put(Y, quarters);
    return new PlanItem(PlanItemId.random(), ItemKind.PROJECT, mission, seq, "โครงการ " + mission + "/" + seq, new Budget(b),
        unit == null ? List.of() : List.of(unit), q, null, SHEET);
  }

  static ProgressRecord record(PlanItem item, ProgressStatus s, String spent, ReviewStatus review, IndicatorResult... results) {
    ProgressEntry e = new ProgressEntry(s, "ทำแล้ว", null, null, spent == null ? null : Baht.parse(spent), List.of(results), null, null,
        s.needsReason() ? "เหตุผล" : null);
    return new ProgressRecord(java.util.UUID.randomUUID(), PlanId.random(), 1, item.id(), HALF, 1, e, review, STAMP, null, null, null);
  }

  @Test
  void countsPercentagesAndSumsByDimensionAndUnit() {
    PlanItem a = item("1.1", 1, 10_000, FINANCE, EnumSet.of(FiscalQuarter.Q1));
    PlanItem b = item("1.2", 2, 20_000, WORKS, EnumSet.of(FiscalQuarter.Q2));
    PlanItem c = item("2.1", 1, 30_000, FINANCE, EnumSet.of(FiscalQuarter.Q3));
    PlanItem d = item("4.1", 1, 40_000, null, EnumSet.of(FiscalQuarter.Q1));
    PlanItem e = item("3.2", 1, 5_000, WORKS, EnumSet.of(FiscalQuarter.Q1));
    // budgeted only in 2568: not an item of 2567
    PlanItem later = new PlanItem(PlanItemId.random(), ItemKind.PROJECT, "1.1", 3, "ปีหน้า",
        new Budget(new TreeMap<>(Map.of(FiscalYear.of(2568), Baht.of(1)))), List.of(), null, null, null);
    Plan plan = PlanFixtures.unstored("NACC_2566", FiscalPeriod.of(2566, 2570), STAMP, null, null, List.of(a, b, c, d, e, later));
    Map<PlanItemId, ProgressRecord> records = new HashMap<>();
    records.put(a.id(), record(a, ProgressStatus.DONE, "9,500.50", ReviewStatus.ACCEPTED,
        new IndicatorResult(0, new BigDecimal("85")), new IndicatorResult(1, new BigDecimal("3.5"))));
    records.put(b.id(), record(b, ProgressStatus.IN_PROGRESS, "5,000", ReviewStatus.SUBMITTED));
    records.put(c.id(), record(c, ProgressStatus.CANCELLED, null, ReviewStatus.ACCEPTED));
    records.put(e.id(), record(e, ProgressStatus.DONE, "1,000", ReviewStatus.DRAFT)); // a draft is not a report yet

    ProgressFigures f = ProgressFigures.of(plan, HALF, records, LocalDate.of(2024, 4, 2));

    assertThat(f.total()).isEqualTo(5);
    assertThat(f.reported()).isEqualTo(3);
    assertThat(f.notReported()).isEqualTo(2);
    assertThat(f.count(ProgressStatus.DONE)).isEqualTo(1);
    assertThat(f.count(ProgressStatus.CANCELLED)).isEqualTo(1);
    // done 1 of (5 items − 1 cancelled)
    assertThat(f.completionPercent()).contains(new BigDecimal("25.0"));
    assertThat(f.budget().planned()).isEqualTo(Baht.of(105_000));
    assertThat(f.budget().spent()).isEqualTo(Baht.parse("14,500.50"));
    assertThat(f.budget().percent()).contains(new BigDecimal("13.8"));
    assertThat(f.byDimension().keySet()).containsExactly(1, 2, 3, 4);
    assertThat(f.byDimension().get(1)).isEqualTo(new ProgressFigures.BudgetUse(Baht.of(30_000), Baht.parse("14500.50")));
    assertThat(f.byDimension().get(4).percent()).contains(new BigDecimal("0.0"));
    assertThat(f.byUnit().get(FINANCE)).isEqualTo(new ProgressFigures.BudgetUse(Baht.of(40_000), Baht.parse("9500.50")));
    assertThat(f.byUnit().get(WORKS)).isEqualTo(new ProgressFigures.BudgetUse(Baht.of(25_000), Baht.of(5_000)));
    assertThat(f.byUnit().get(ProgressFigures.NO_UNIT).planned()).isEqualTo(Baht.of(40_000));
    // unit sums add up to the total
    assertThat(f.byUnit().values().stream().map(ProgressFigures.BudgetUse::planned).reduce(Baht.ZERO, Baht::plus))
        .isEqualTo(f.budget().planned());
    assertThat(f.indicatorsWithTarget()).isEqualTo(10);
    assertThat(f.indicatorsMet()).isEqualTo(1);
    assertThat(f.notReportedByUnit().get(WORKS)).containsExactly(e);
    assertThat(f.notReportedByUnit().get(ProgressFigures.NO_UNIT)).containsExactly(d);
    // Q1/Q2 ended before 2 April: d (Q1, not reported) and b (Q2, in progress) are overdue; c is cancelled, a done; e (Q1) not reported
    assertThat(f.overdue()).extracting(l -> l.item().id()).containsExactlyInAnyOrder(b.id(), d.id(), e.id());
    assertThat(f.linesOf(1)).hasSize(2);
  }

  @Test
  void nothingToDivideGivesNoPercentage() {
    Plan empty = PlanFixtures.unstored("NACC_2566", FiscalPeriod.of(2566, 2570), STAMP, null, null, List.of());
    ProgressFigures f = ProgressFigures.of(empty, HALF, Map.of(), LocalDate.of(2024, 1, 1));
    assertThat(f.completionPercent()).isEmpty();
    assertThat(f.budget().percent()).isEqualTo(Optional.empty());
    assertThat(ProgressFigures.percentage(new BigDecimal("1"), new BigDecimal("3"))).contains(new BigDecimal("33.3"));
    assertThat(ProgressFigures.percentage(new BigDecimal("2"), new BigDecimal("3"))).contains(new BigDecimal("66.7"));
  }

  @Test
  void anItemStatingNoYearAtAllRunsEveryYear() {
    PlanItem open = new PlanItem(PlanItemId.random(), ItemKind.MEASURE, "2.2", 1, "มาตรการ", null, null, null, null, null);
    assertThat(ProgressFigures.inYear(open, Y)).isTrue();
  }
}
