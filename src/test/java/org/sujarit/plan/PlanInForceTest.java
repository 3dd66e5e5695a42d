package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.OrganizationId;

/** One rule for the plan in force: a single organization's answer and everyone's at once agree, year by year. */
@IntegrationTest
@Import(TestData.class)
class PlanInForceTest {
  @Autowired Plans plans;
  @Autowired PublicPlans publicPlans;
  @Autowired TestData data;

  @Test
  void theOrganizationsPlanInForceIsTheOneOfTheWholeListAndTheOnePublishedLast() {
    TestData.Tenant a = data.tenant("inforcea", "ขอนแก่น");
    TestData.Tenant b = data.tenant("inforceb", "ขอนแก่น");
    Plan first = published(a, FiscalPeriod.of(2566, 2570));
    CurrentUser planner = a.member(Role.PLANNER);
    Plan v2 = plans.amend(planner, first.id(), "ปรับโครงการ");
    v2 = publish(a, v2);
    Plan later = published(a, FiscalPeriod.of(2568, 2572));
    Plan other = published(b, FiscalPeriod.of(2566, 2570));
    plans.amend(b.member(Role.PLANNER), other.id(), "ร่างฉบับใหม่ยังไม่เผยแพร่");

    for (int y = 2565; y <= 2573; y++) {
      FiscalYear year = FiscalYear.of(y);
      Map<OrganizationId, PublishedVersion> all = publicPlans.inForceVersions(year);
      for (TestData.Tenant t : new TestData.Tenant[] {a, b}) {
        OrganizationId org = t.organization().id();
        Optional<String> one = publicPlans.inForce(org, year).map(p -> p.id() + "/" + p.version());
        assertThat(one).as("%s in %d", t.organization().name(), y)
            .isEqualTo(Optional.ofNullable(all.get(org)).map(v -> v.planId() + "/" + v.version()));
      }
    }
    assertThat(version(a, 2567)).isEqualTo(v2.id() + "/2");
    assertThat(version(a, 2569)).isEqualTo(later.id() + "/1");
    assertThat(version(a, 2572)).isEqualTo(later.id() + "/1");
    assertThat(version(b, 2567)).isEqualTo(other.id() + "/1");
    assertThat(publicPlans.inForce(b.organization().id(), FiscalYear.of(2571))).isEmpty();
  }

  private String version(TestData.Tenant t, int year) {
    return publicPlans.inForce(t.organization().id(), FiscalYear.of(year)).map(p -> p.id() + "/" + p.version()).orElse(null);
  }

  private Plan published(TestData.Tenant t, FiscalPeriod period) {
    Plan plan = plans.create(t.member(Role.PLANNER), t.organization().id(), "NACC_2566", period, "แผนทดสอบ");
    return publish(t, plan);
  }

  private Plan publish(TestData.Tenant t, Plan plan) {
    CurrentUser planner = t.member(Role.PLANNER);
    if (plan.items().isEmpty()) {
      plan = plans.edit(planner, plan.id(), plan.version(), plan.revision(), "item.add",
          p -> p.addItem(PlanTest.item("1.1", "โครงการอบรม"), plans.frameworkOf(p)));
    }
    plan = plans.submit(planner, plan.id(), plan.version(), plan.revision());
    plan = plans.approve(t.member(Role.EXECUTIVE), plan.id(), plan.version(), plan.revision());
    return plans.publish(planner, plan.id(), plan.version(), plan.revision());
  }
}
