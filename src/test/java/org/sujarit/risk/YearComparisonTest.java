package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.OrganizationId;

class YearComparisonTest {
  static final RiskMatrix NACC = RiskAssessmentTest.NACC;

  @Test
  void risksAreMatchedByLineageWithTheirLevelEachYear() {
    Risk up = Risk.identified(RiskArea.BUDGET, null, "แบ่งซื้อแบ่งจ้าง", RiskFactor.KNOWN, null, TrafficLight.YELLOW);
    Risk down = Risk.identified(RiskArea.BRIBERY, null, "เรียกรับเงินเพื่อเร่งใบอนุญาต", RiskFactor.KNOWN, null, TrafficLight.RED);
    Risk dropped = Risk.identified(RiskArea.POWER, null, "ใช้รถราชการเพื่อประโยชน์ส่วนตน", RiskFactor.UNKNOWN, null, TrafficLight.GREEN);
    RiskAssessment last = RiskAssessment.draft(new OrganizationId(UUID.randomUUID()), FiscalYear.of(2567), NACC, RiskAssessmentTest.STAMP)
        .addRisk(up).rate(up.id(), NACC, 1, 2, null)
        .addRisk(down).rate(down.id(), NACC, 3, 3, null)
        .addRisk(dropped).rate(dropped.id(), NACC, 1, 1, null);
    RiskAssessment next = last.carryOver(FiscalYear.of(2568), NACC, RiskAssessmentTest.STAMP);
    Risk upNow = next.risks().get(0);
    Risk downNow = next.risks().get(1);
    Risk fresh = Risk.identified(RiskArea.APPROVAL, null, "อนุมัติใบอนุญาตไม่เป็นไปตามลำดับ", RiskFactor.KNOWN, null, TrafficLight.ORANGE);
    next = next.removeRisk(next.risks().get(2).id())
        .rate(upNow.id(), NACC, 2, 3, null)
        .rate(downNow.id(), NACC, 3, 3, ControlQuality.GOOD)
        .addRisk(fresh);

    YearComparison c = YearComparison.of(last, NACC, next, NACC);
    assertThat(c.rows()).extracting(r -> r.risk().description(), YearComparison.Row::change).containsExactly(
        org.assertj.core.groups.Tuple.tuple("แบ่งซื้อแบ่งจ้าง", YearComparison.Change.UP),
        org.assertj.core.groups.Tuple.tuple("เรียกรับเงินเพื่อเร่งใบอนุญาต", YearComparison.Change.DOWN),
        org.assertj.core.groups.Tuple.tuple("อนุมัติใบอนุญาตไม่เป็นไปตามลำดับ", YearComparison.Change.NEW),
        org.assertj.core.groups.Tuple.tuple("ใช้รถราชการเพื่อประโยชน์ส่วนตน", YearComparison.Change.DROPPED));
    assertThat(c.rows().get(0).before().effectiveLevel()).isEqualTo("LOW");
    assertThat(c.rows().get(0).after().effectiveLevel()).isEqualTo("HIGH");
    assertThat(c.rows().get(1).after().effectiveLevel()).isEqualTo("MEDIUM");
    assertThat(c.count(YearComparison.Change.NEW)).isEqualTo(1);

    // on another matrix the levels are shown, not compared
    RiskMatrix five = RiskAssessmentTest.FIVE;
    RiskAssessment other = last.carryOver(FiscalYear.of(2569), five, RiskAssessmentTest.STAMP);
    other = other.rate(other.risks().get(0).id(), five, 5, 5, null);
    assertThat(YearComparison.of(last, NACC, other, five).rows()).extracting(YearComparison.Row::change)
        .containsExactly(YearComparison.Change.OTHER_MATRIX, YearComparison.Change.UNRATED, YearComparison.Change.UNRATED);
  }
}
