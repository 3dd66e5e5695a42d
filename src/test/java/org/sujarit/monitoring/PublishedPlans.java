package org.sujarit.monitoring;

import org.sujarit.plan.PlanFixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Budget;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.Introduction;
import org.sujarit.plan.internal.ItemDraft;
import org.sujarit.plan.MeasureUnit;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;

/**
 * Published 2566–2570 plans for monitoring tests, made through the plan services: items spread over
 * the four dimensions, the first of every two belonging to the tenant's unit (กองคลัง) and the others
 * to กองช่าง, each with a budget in 2567, planned quarters and a detail sheet with an indicator
 * target of 80; Part 1 has the ITA goal 85 in 2567.
 */
public final class PublishedPlans {
  public static final FiscalYear YEAR = FiscalYear.of(2567);
  private final Plans plans;
  private final Organizations organizations;

  public PublishedPlans(Plans plans, Organizations organizations) {
    this.plans = plans;
    this.organizations = organizations;
  }

  public Plan publish(TestData.Tenant t, int itemCount) {
    return publish(t, itemCount, YEAR, null);
  }

  /** A published 2566–2570 plan whose items run in {@code year}. */
  public Plan publish(TestData.Tenant t, int itemCount, FiscalYear year) {
    return publish(t, itemCount, year, null);
  }

  /** {@code firstItemName}: the first item's name instead of the usual one (e.g. formula-looking text). */
  public Plan publish(TestData.Tenant t, int itemCount, String firstItemName) {
    return publish(t, itemCount, YEAR, firstItemName);
  }

  private Plan publish(TestData.Tenant t, int itemCount, FiscalYear year, String firstItemName) {
    CurrentUser planner = t.member(Role.PLANNER);
    UnitId works = organizations.unitNamed("system", t.organization().id(), "กองช่าง").id();
    Plan plan = plans.create(planner, t.organization().id(), "NACC_2566", FiscalPeriod.of(2566, 2570), "แผนปฏิบัติการป้องกันการทุจริต 2566–2570");
    String[] missions = {"1.1", "2.1", "3.2", "4.1"};
    List<PlanItem> items = new ArrayList<>();
    for (int i = 0; i < itemCount; i++) {
      TreeMap<FiscalYear, Baht> budget = new TreeMap<>();
      budget.put(year, Baht.of(10_000L * (i % 5 + 1)));
      TreeMap<FiscalYear, java.util.Set<FiscalQuarter>> quarters = new TreeMap<>();
      quarters.put(year, i % 3 == 0 ? EnumSet.of(FiscalQuarter.Q1) : EnumSet.of(FiscalQuarter.Q3, FiscalQuarter.Q4));
      UnitId unit = i % 2 == 0 ? t.unit().id() : works;
      PlanItem item = PlanFixtures.addItem(plans, planner, plan.id(), 1, plan.revision(), new ItemDraft(null, missions[i % 4], null,
          i == 0 && firstItemName != null ? firstItemName : "โครงการส่งเสริมคุณธรรมและความโปร่งใสลำดับที่ " + (i + 1), new Budget(budget), List.of(unit), quarters, null));
      plan = plans.get(planner, plan.id(), 1);
      plan = plans.setDetails(planner, plan.id(), 1, plan.revision(), item.id(), new DetailSheet("หลักการ", List.of("วัตถุประสงค์"),
          null, null, List.of(), null, null, List.of(), null, List.of(), List.of(),
          List.of(new DetailSheet.Indicator("ร้อยละของผู้เข้าร่วมที่มีความรู้เพิ่มขึ้น", new BigDecimal("80"), MeasureUnit.PERCENT))));
      items.add(item);
    }
    plan = plans.setIntroduction(planner, plan.id(), 1, plan.revision(), new Introduction(List.of(), "หลักการและเหตุผล", List.of(),
        List.of(new Introduction.Goal("คะแนนการประเมิน ITA", MeasureUnit.SCORE, new TreeMap<>(Map.of(YEAR, new BigDecimal("85"))))),
        List.of()));
    plan = plans.submit(planner, plan.id(), 1, plan.revision());
    plan = plans.approve(t.member(Role.EXECUTIVE), plan.id(), 1, plan.revision());
    return plans.publish(planner, plan.id(), 1, plan.revision());
  }
}
