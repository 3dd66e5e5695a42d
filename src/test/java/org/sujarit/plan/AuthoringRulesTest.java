package org.sujarit.plan;

import org.sujarit.plan.internal.ItemDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;

/** The rules the browser editor relies on: refusals name the row they concern, targets fit their unit. */
class AuthoringRulesTest {

  static void assertField(Runnable r, String key, String field) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(RuleViolation.class, e -> {
      assertThat(e.messageKey()).isEqualTo(key);
      assertThat(e.field()).isEqualTo(field);
    });
  }

  static Introduction.Goal goal(String name, MeasureUnit unit, int year, String target) {
    return new Introduction.Goal(name, unit, new TreeMap<>(Map.of(FiscalYear.of(year), new BigDecimal(target))));
  }

  @Test
  void part1RefusalsNameTheRowAndTheField() {
    Plan plan = PlanTest.draft();
    Introduction.RiskRow ok = new Introduction.RiskRow("จัดซื้อ", "ฮั้ว", RiskLevel.HIGH, List.of(), null);
    Introduction.RiskRow noLevel = new Introduction.RiskRow("จัดซื้อ", "ฮั้ว", null, List.of(), null);
    assertField(() -> plan.setIntroduction(new Introduction(List.of(ok, noLevel), null, null, null, null)),
        "plan.risk.level-required", "risks[1].level");
    assertField(() -> plan.setIntroduction(new Introduction(null, null, null, List.of(goal("ITA", MeasureUnit.SCORE, 2566, "85"),
        goal(" ", MeasureUnit.SCORE, 2566, "85")), null)), "plan.goal.name-required", "goals[1].name");
  }

  @Test
  void targetsAreNotNegativeAndPercentagesAtMostAHundred() {
    Plan plan = PlanTest.draft();
    assertField(() -> plan.setIntroduction(new Introduction(null, null, null, List.of(goal("ลดลง", MeasureUnit.PERCENT, 2566, "120")), null)),
        "plan.target.percent-over-100", "goals[0].targets");
    assertField(() -> plan.setIntroduction(new Introduction(null, null, null, List.of(goal("จำนวน", MeasureUnit.COUNT, 2566, "-1")), null)),
        "plan.target.negative", "goals[0].targets");
    plan.setIntroduction(new Introduction(null, null, null, List.of(goal("คะแนน", MeasureUnit.SCORE, 2570, "120")), null));
    assertThat(plan.introduction().goals()).hasSize(1);
  }

  @Test
  void aDetailSheetSaysWhatACostIsForAndWhatAnIndicatorMeasures() {
    Plan plan = PlanTest.draft();
    PlanItem item = plan.addItem(PlanTest.item("1.1", "โครงการอบรม"), PlanTest.NACC_2566);
    DetailSheet noDescription = new DetailSheet(null, null, null, null, null, null, null,
        List.of(new DetailSheet.CostLine("ค่าอาหาร", Baht.of(100)), new DetailSheet.CostLine(" ", Baht.of(50))), null, null, null, null);
    assertField(() -> plan.setDetails(item.id(), noDescription), "plan.sheet.cost-description-required", "costLines[1].description");
    DetailSheet tooMuch = new DetailSheet(null, null, null, null, null, null, null, null, null, null, null,
        List.of(new DetailSheet.Indicator("ร้อยละ", new BigDecimal("150"), MeasureUnit.PERCENT)));
    assertField(() -> plan.setDetails(item.id(), tooMuch), "plan.target.percent-over-100", "indicators[0].target");
    assertThat(plan.item(item.id()).hasDetails()).isFalse();
  }

  @Test
  void aDraftFromAnItemChangesNothingWhenAppliedAsItIs() {
    Plan plan = PlanTest.draft();
    PlanItem item = plan.addItem(PlanTest.item("2.2", "มาตรการ No Gift Policy", 1000, 2000), PlanTest.NACC_2566);
    PlanItem again = plan.updateItem(item.id(), ItemDraft.from(item), PlanTest.NACC_2566);
    assertThat(again).isEqualTo(item);
  }

  @Test
  void mapsEveryTextOfASheetAndNothingElse() {
    DetailSheet sheet = new DetailSheet("{org}", List.of("{org} ก"), "{org}", "{org}", List.of("{org}"), "{first}", null,
        List.of(new DetailSheet.CostLine("{org}", Baht.of(5))), "{org}", List.of("{org}"), List.of("{org}"),
        List.of(new DetailSheet.Indicator("{org}", BigDecimal.TEN, MeasureUnit.COUNT)));
    DetailSheet mapped = sheet.mapTexts(s -> s.replace("{org}", "อบต.").replace("{first}", "2566"));
    assertThat(mapped.toString()).doesNotContain("{org}").doesNotContain("{first}");
    assertThat(mapped.costLines().get(0).amount()).isEqualTo(Baht.of(5));
    assertThat(mapped.budgetText()).isNull();
  }
}
