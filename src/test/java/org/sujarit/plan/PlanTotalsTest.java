package org.sujarit.plan;

import org.sujarit.plan.internal.ItemDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sujarit.plan.PlanTest.NACC_2566;
import static org.sujarit.plan.PlanTest.STAMP;
import static org.sujarit.plan.PlanTest.draft;
import static org.sujarit.plan.PlanTest.item;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.OrganizationId;

class PlanTotalsTest {
  static final FiscalYear Y66 = FiscalYear.of(2566), Y67 = FiscalYear.of(2567), Y68 = FiscalYear.of(2568);

  @Test
  void sumsPerMissionDimensionYearAndInAll() {
    Plan plan = draft();
    plan.addItem(item("1.1", "โครงการ ก", 5000, 5000), NACC_2566);
    plan.addItem(item("1.1", "มาตรการ ข", 0, 0), NACC_2566);
    plan.addItem(item("1.3", "โครงการ ค", 2500), NACC_2566);
    plan.addItem(item("4.1", "กิจกรรม ง", 1000, 1000, 1000), NACC_2566);
    PlanTotals t = PlanTotals.of(plan, NACC_2566);
    assertThat(t.mission("1.1").in(Y66)).isEqualTo(Baht.of(5000));
    assertThat(t.dimension(1).in(Y66)).isEqualTo(Baht.of(7500));
    assertThat(t.dimension(1).in(Y67)).isEqualTo(Baht.of(5000));
    assertThat(t.dimension(1).in(Y68)).as("no item of dimension 1 states 2568").isNull();
    assertThat(t.dimension(4).total()).isEqualTo(Baht.of(3000));
    assertThat(t.grand().in(Y68)).isEqualTo(Baht.of(1000));
    assertThat(t.grand().total()).isEqualTo(Baht.of(5000 + 5000 + 2500 + 3000));
    assertThat(t.counts().total()).isEqualTo(4);
    assertThat(t.counts().of(ItemKind.PROJECT)).isEqualTo(2);
    assertThat(t.counts(1).total()).isEqualTo(3);
    assertThat(t.counts(2).total()).isZero();
    assertThat(t.dimension(2).total()).isEqualTo(Baht.ZERO);
  }

  @Test
  void subMissionItemsCountTowardTheirMission() {
    var nacc2561 = org.sujarit.framework.FrameworkCatalog.builtIn().get("NACC_2561");
    Plan plan = Plan.draft(OrganizationId.random(), nacc2561, FiscalPeriod.of(2562, 2564), "แผน", STAMP);
    plan.addItem(item("2.2", "มาตรการ ก"), nacc2561);
    ItemDraft sub = new ItemDraft(null, "2.2.1", null, "โครงการ ข",
        new Budget(new TreeMap<>(Map.of(FiscalYear.of(2562), Baht.of(700)))), List.of(), null, null);
    plan.addItem(sub, nacc2561);
    PlanTotals t = PlanTotals.of(plan, nacc2561);
    assertThat(t.itemCount("2.2")).isEqualTo(2);
    assertThat(t.mission("2.2").in(FiscalYear.of(2562))).isEqualTo(Baht.of(700));
  }

  @Test
  void findingsReportStatedTotalsThatDifferAndItemsOutsideTheFramework() {
    Plan plan = Plan.builder(PlanId.random(), 1, OrganizationId.random(), "NACC_2566", FiscalPeriod.of(2566, 2567), STAMP)
        .title("นำเข้า")
        .items(List.of(
            new PlanItem(PlanItemId.random(), ItemKind.PROJECT, "1.1", 1, "โครงการ ก",
                new Budget(new TreeMap<>(Map.of(Y66, Baht.of(1000)))), List.of(), null, null, null),
            new PlanItem(PlanItemId.random(), ItemKind.PROJECT, "1.9", 1, "โครงการ ข",
                new Budget(new TreeMap<>(Map.of(Y66, Baht.of(500)))), List.of(), null, null, null)))
        .statedTotals(new StatedTotals(Map.of(1, new StatedTotals.Stated(3, new TreeMap<>(Map.of(Y66, Baht.of(2000))))),
            new StatedTotals.Stated(2, new TreeMap<>(Map.of(Y66, Baht.of(1500))))))
        .build();
    List<PlanFinding> findings = PlanFindings.of(plan, NACC_2566, PlanTotals.of(plan, NACC_2566));
    assertThat(findings).extracting(PlanFinding::code).contains(PlanFinding.Code.MISSION_OUTSIDE_FRAMEWORK,
        PlanFinding.Code.DUPLICATE_SEQUENCE, PlanFinding.Code.STATED_COUNT_MISMATCH, PlanFinding.Code.STATED_TOTAL_MISMATCH,
        PlanFinding.Code.MISSION_WITHOUT_ITEM, PlanFinding.Code.MISSING_DETAIL_SHEET);
    assertThat(findings).extracting(PlanFinding::code)
        .doesNotContain(PlanFinding.Code.STATED_GRAND_TOTAL_MISMATCH, PlanFinding.Code.STATED_GRAND_COUNT_MISMATCH);
    PlanFinding mismatch = findings.stream().filter(f -> f.code() == PlanFinding.Code.STATED_TOTAL_MISMATCH).findFirst().orElseThrow();
    assertThat(mismatch.args()).containsExactly(1, 2566, "2,000", "1,500");
  }
}
