package org.sujarit.plan;

import org.sujarit.plan.internal.ItemDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.framework.Framework;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.organization.OrganizationId;

class PlanTest {
  static final Framework NACC_2566 = FrameworkCatalog.builtIn().get("NACC_2566");
  static final WorkflowStamp STAMP = new WorkflowStamp("planner", Instant.parse("2025-01-15T03:00:00Z"));

  static Plan draft() {
    return Plan.draft(OrganizationId.random(), NACC_2566, FiscalPeriod.of(2566, 2570), "แผนทดสอบ", STAMP);
  }

  static ItemDraft item(String mission, String name, long... budget) {
    TreeMap<FiscalYear, Baht> amounts = new TreeMap<>();
    for (int i = 0; i < budget.length; i++) amounts.put(FiscalYear.of(2566 + i), Baht.of(budget[i]));
    return new ItemDraft(null, mission, null, name, new Budget(amounts), List.of(), null, null);
  }

  static void assertRule(Runnable r, String key) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }

  @Test
  void numbersItemsWithinTheirDimensionAndKeepsPlanOrder() {
    Plan plan = draft();
    PlanItem a = plan.addItem(item("1.2", "โครงการ ก"), NACC_2566);
    PlanItem b = plan.addItem(item("1.1", "มาตรการ ข"), NACC_2566);
    PlanItem c = plan.addItem(item("2.1", "กิจกรรม ค"), NACC_2566);
    assertThat(List.of(a.sequence(), b.sequence(), c.sequence())).containsExactly(1, 2, 1);
    assertThat(plan.items()).extracting(PlanItem::name).containsExactly("มาตรการ ข", "โครงการ ก", "กิจกรรม ค");
    assertThat(a.kind()).isEqualTo(ItemKind.PROJECT);
    assertThat(b.kind()).isEqualTo(ItemKind.MEASURE);
    assertThat(c.kind()).isEqualTo(ItemKind.ACTIVITY);
  }

  @Test
  void refusesUnknownMissionsDuplicateNumbersAndYearsOutsideThePeriod() {
    Plan plan = draft();
    assertRule(() -> plan.addItem(item("5.1", "โครงการ"), NACC_2566), "plan.mission.unknown");
    plan.addItem(new ItemDraft(null, "1.1", 3, "โครงการ ก", null, null, null, null), NACC_2566);
    assertRule(() -> plan.addItem(new ItemDraft(null, "1.2", 3, "โครงการ ข", null, null, null, null), NACC_2566),
        "plan.item.sequence-duplicate");
    assertRule(() -> plan.addItem(item("1.1", "โครงการ ค", 1, 1, 1, 1, 1, 1), NACC_2566), "plan.year.outside-period");
    assertRule(() -> plan.addItem(item("1.1", " "), NACC_2566), "plan.item.name-required");
    assertThat(plan.items()).hasSize(1);
  }

  @Test
  void budgetCellsDistinguishNotStatedFromNoBudgetAndRefuseNegativeAmounts() {
    Plan plan = draft();
    PlanItem it = plan.addItem(item("1.1", "โครงการ ก"), NACC_2566);
    plan.setBudget(it.id(), FiscalYear.of(2566), Baht.of(5000));
    plan.setBudget(it.id(), FiscalYear.of(2567), Baht.ZERO);
    PlanItem now = plan.item(it.id());
    assertThat(now.budget().in(FiscalYear.of(2566))).contains(Baht.of(5000));
    assertThat(now.budget().in(FiscalYear.of(2567))).contains(Baht.ZERO);
    assertThat(now.budget().stated(FiscalYear.of(2568))).isFalse();
    plan.setBudget(it.id(), FiscalYear.of(2566), null);
    assertThat(plan.item(it.id()).budget().stated(FiscalYear.of(2566))).isFalse();
    assertRule(() -> plan.setBudget(it.id(), FiscalYear.of(2566), Baht.of(-1)), "amount.negative");
    assertRule(() -> plan.setBudget(it.id(), FiscalYear.of(2571), Baht.of(1)), "plan.year.outside-period");
  }

  @Test
  void movingAnItemToAnotherMissionRenumbersBothDimensions() {
    Plan plan = draft();
    PlanItem a = plan.addItem(item("1.1", "โครงการ ก"), NACC_2566);
    PlanItem b = plan.addItem(item("1.1", "โครงการ ข"), NACC_2566);
    PlanItem c = plan.addItem(item("2.2", "มาตรการ ค"), NACC_2566);
    plan.moveItem(a.id(), "2.1", 0, NACC_2566);
    assertThat(plan.item(a.id()).missionCode()).isEqualTo("2.1");
    assertThat(plan.item(a.id()).sequence()).isEqualTo(1);
    assertThat(plan.item(c.id()).sequence()).isEqualTo(2);
    assertThat(plan.item(b.id()).sequence()).isEqualTo(1);
    plan.moveItem(c.id(), "2.1", 0, NACC_2566);
    assertThat(plan.items()).extracting(PlanItem::name).containsExactly("โครงการ ข", "มาตรการ ค", "โครงการ ก");
  }

  @Test
  void followsTheWorkflowAndRefusesIllegalSteps() {
    Plan plan = draft();
    assertRule(() -> plan.submit(STAMP), "plan.submit.no-items");
    plan.addItem(item("1.1", "โครงการ ก", 1000), NACC_2566);
    assertRule(() -> plan.approve(STAMP), "plan.status.illegal-transition");
    plan.submit(STAMP);
    assertRule(() -> plan.addItem(item("1.1", "โครงการ ข"), NACC_2566), "plan.not-editable");
    assertRule(() -> plan.returnForChanges(STAMP, " "), "plan.return.comment-required");
    plan.returnForChanges(STAMP, "เพิ่มงบประมาณปี 2567");
    assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(plan.returnComment()).contains("เพิ่มงบประมาณปี 2567");
    plan.submit(STAMP);
    plan.approve(STAMP);
    assertRule(() -> plan.setBudget(plan.items().get(0).id(), FiscalYear.of(2566), Baht.of(1)), "plan.not-editable");
    plan.publish(STAMP);
    assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
    assertRule(() -> plan.publish(STAMP), "plan.status.illegal-transition");
  }

  @Test
  void anAmendmentIsANewDraftVersionWhoseItemsKeepTheirIds() {
    Plan plan = draft();
    PlanItem a = plan.addItem(item("1.1", "โครงการ ก", 1000), NACC_2566);
    assertRule(() -> plan.amend(STAMP, "x"), "plan.status.illegal-transition");
    plan.submit(STAMP);
    plan.approve(STAMP);
    assertRule(() -> plan.amend(STAMP, " "), "plan.amend.reason-required");
    Plan next = plan.amend(STAMP, "ปรับงบประมาณ");
    assertThat(next.version()).isEqualTo(2);
    assertThat(next.id()).isEqualTo(plan.id());
    assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(next.item(a.id()).budget()).isEqualTo(a.budget());
    assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
  }

  @Test
  void copyingToTheNextCycleMovesBudgetsAndGoalsByTheDifferenceInYears() {
    Plan plan = draft();
    plan.addItem(item("1.1", "โครงการ ก", 100, 200, 300, 400, 500), NACC_2566);
    plan.setIntroduction(new Introduction(List.of(), "เหตุผล", List.of(), List.of(new Introduction.Goal("ITA", MeasureUnit.SCORE,
        new TreeMap<>(Map.of(FiscalYear.of(2570), new java.math.BigDecimal("85"))))), List.of()));
    Plan copy = plan.copyFor(FiscalPeriod.of(2571, 2573), NACC_2566, "แผนใหม่", STAMP);
    PlanItem it = copy.items().get(0);
    assertThat(it.budget().amounts()).containsOnlyKeys(FiscalYear.of(2571), FiscalYear.of(2572), FiscalYear.of(2573));
    assertThat(it.budget().in(FiscalYear.of(2571))).contains(Baht.of(100));
    assertThat(copy.introduction().goals().get(0).targets()).isEmpty();
    assertThat(copy.version()).isEqualTo(1);
    assertThat(copy.id()).isNotEqualTo(plan.id());
  }

  @Test
  void removingAnItemDropsItFromTheRisksItControlled() {
    Plan plan = draft();
    PlanItem a = plan.addItem(item("4.1", "กิจกรรมตรวจสอบภายใน"), NACC_2566);
    plan.setIntroduction(new Introduction(List.of(new Introduction.RiskRow("จัดซื้อจัดจ้าง", "ฮั้วประมูล", RiskLevel.HIGH,
        List.of(a.id()), null)), null, List.of(), List.of(), List.of()));
    plan.removeItem(a.id());
    assertThat(plan.introduction().risks().get(0).controls()).isEmpty();
    assertRule(() -> plan.setIntroduction(new Introduction(List.of(new Introduction.RiskRow("p", "r", RiskLevel.LOW,
        List.of(a.id()), null)), null, null, null, null)), "plan.risk.unknown-item");
  }
}
