package org.sujarit.browser;

import org.sujarit.plan.PlanFixtures;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.TestData;
import org.sujarit.access.Role;
import org.sujarit.common.FiscalYear;
import org.sujarit.plan.Introduction;
import org.sujarit.plan.internal.ItemDraft;
import org.sujarit.plan.MeasureUnit;
import org.sujarit.plan.Plan;
import org.sujarit.plan.Plans;
import org.sujarit.plan.RiskLevel;

/** An executive reads the plan on a phone: the pages fit the screen, wide tables scroll inside their frame. */
class ReadingOnAPhoneBrowserTest extends BrowserTest {
  @Autowired Plans plans;

  @Test
  void thePlanAndItsPartsAreReadableOnAPhone() {
    TestData.Tenant t = data.tenant("m" + System.nanoTime() % 100000, "ขอนแก่น");
    var planner = t.member(Role.PLANNER);
    Plan plan = data.draftPlan(t);
    var item = PlanFixtures.addItem(plans, planner, plan.id(), 1, 0, new ItemDraft(null, "4.1", null, "โครงการจัดทำแผนการตรวจสอบภายในประจำปี",
        null, List.of(t.unit().id()), null, null));
    plans.setIntroduction(planner, plan.id(), 1, 1, new Introduction(
        List.of(new Introduction.RiskRow("การจัดซื้อจัดจ้าง", "กำหนดคุณลักษณะเฉพาะเอื้อผู้ขายบางราย", RiskLevel.HIGH, List.of(item.id()), null)),
        "องค์กรตระหนักว่าการทุจริตเป็นอุปสรรคต่อการพัฒนาท้องถิ่น", List.of("เพื่อสร้างวัฒนธรรมสุจริต"),
        List.of(new Introduction.Goal("คะแนน ITA", MeasureUnit.SCORE, new TreeMap<>(Map.of(FiscalYear.of(2570), new BigDecimal("85"))))),
        List.of("ประชาชนเชื่อมั่นในการบริหารงาน")));

    Page phone = newContext(390, 844).newPage();
    signIn(phone, t.member(Role.EXECUTIVE).username());
    for (String path : new String[] {"?version=1", "/versions/1/part1", "/versions/1/part3"}) {
      phone.navigate(url("/plans/" + plan.id() + path));
      int overflow = ((Number) phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
      assertThat(overflow).as(path).isLessThanOrEqualTo(0);
    }
    assertThat(phone.locator(".sheet-view")).isVisible();
    screenshot(phone, "30-phone-part3");
    phone.navigate(url("/plans/" + plan.id() + "/versions/1/part1"));
    assertThat(phone.locator(".part1-view")).containsText("การจัดซื้อจัดจ้าง");
    screenshot(phone, "31-phone-part1");
    phone.navigate(url("/plans/" + plan.id() + "?version=1"));
    screenshot(phone, "32-phone-plan");
    phone.context().close();
  }
}
