package org.sujarit.browser;

import org.sujarit.plan.PlanFixtures;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.TestData;
import org.sujarit.access.Role;
import org.sujarit.account.Accounts;
import org.sujarit.account.NewAccount;
import org.sujarit.plan.internal.ItemDraft;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;

/**
 * What happens to typed text when a save is refused: two planners editing one plan, and a session
 * that expires in the middle of an edit. The text is never lost.
 */
class EditingConflictBrowserTest extends BrowserTest {
  @Autowired Plans plans;
  @Autowired Accounts accounts;

  private record Setup(TestData.Tenant tenant, String secondPlanner, Plan plan, PlanItem item) {
    String base() {
      return "/plans/" + plan.id() + "/versions/1";
    }
  }

  private Setup setup() {
    TestData.Tenant t = data.tenant("c" + System.nanoTime() % 100000, "ขอนแก่น");
    String second = t.member(Role.PLANNER).username() + "2";
    accounts.createBySystem(new NewAccount(second, "ผู้ใช้ " + second, TestData.PASSWORD, t.organization().id().value(), null,
        Set.of(Role.PLANNER), null));
    Plan plan = data.draftPlan(t);
    PlanItem item = PlanFixtures.addItem(plans, t.member(Role.PLANNER), plan.id(), 1, 0,
        new ItemDraft(null, "4.1", null, "โครงการจัดทำแผนการตรวจสอบภายในประจำปี", null, null, null, null));
    return new Setup(t, second, plan, item);
  }

  @Test
  void aSecondPlannerKeepsHisTextSeesTheOtherVersionAndAppliesHisChangeAgain() {
    Setup s = setup();
    signIn(page, s.tenant().member(Role.PLANNER).username());
    page.navigate(url(s.base() + "/part3/" + s.item().id()));
    Page other = newContext(WIDTH, HEIGHT).newPage();
    signIn(other, s.secondPlanner());
    other.navigate(url(s.base() + "/part3/" + s.item().id()));

    page.locator("#f-principle").fill("ข้อความของคนแรก");
    PlanAuthoringBrowserTest.button(page, "บันทึกรายละเอียดโครงการ").click();
    assertThat(page.locator("#form-status")).containsText("บันทึกแล้ว");

    other.locator("#f-principle").fill("ข้อความของคนที่สอง ซึ่งพิมพ์ไว้นาน");
    PlanAuthoringBrowserTest.button(other, "บันทึกรายละเอียดโครงการ").click();
    Locator dialog = other.locator("#conflict");
    assertThat(dialog).isVisible();
    assertThat(other.locator("#form-status")).containsText("แผนนี้เพิ่งถูกแก้ไขโดยผู้อื่น");
    assertThat(other.locator("#conflict-mine")).containsText("ข้อความของคนที่สอง");
    assertThat(other.locator("#conflict-theirs")).containsText("ข้อความของคนแรก");
    assertThat(other.locator("#f-principle")).hasValue("ข้อความของคนที่สอง ซึ่งพิมพ์ไว้นาน");
    screenshot(other, "20-conflict-dialog");

    other.locator("[data-conflict=reapply]").click();
    assertThat(other.locator("#form-status")).containsText("บันทึกแล้ว");
    assertThat(other.locator("#f-principle")).hasValue("ข้อความของคนที่สอง ซึ่งพิมพ์ไว้นาน");

    // a budget cell refused the same way is applied again on top of the other's budget
    page.navigate(url(s.base() + "/part2"));
    other.navigate(url(s.base() + "/part2"));
    page.locator("td.budget input").first().fill("1,000");
    assertThat(page.locator("#tot-g td.num").first()).hasText("1,000");
    other.locator("td.budget input").nth(1).fill("2,000");
    assertThat(other.locator("#conflict")).isVisible();
    other.locator("[data-conflict=reapply]").click();
    assertThat(other.locator("#tot-g td.num").first()).hasText("1,000");
    assertThat(other.locator("#tot-g td.num").nth(1)).hasText("2,000");
    other.context().close();
  }

  @Test
  void anExpiredSessionKeepsTheEditAndSendsItAfterSigningInAgain() {
    Setup s = setup();
    signIn(page, s.tenant().member(Role.PLANNER).username());
    page.navigate(url(s.base() + "/part2"));
    context.clearCookies();

    page.locator("td.budget input").first().fill("๓,๕๐๐");
    assertThat(page.locator("#session-expired")).isVisible();
    assertThat(page.locator("td.budget input").first()).hasValue("๓,๕๐๐");
    screenshot(page, "21-session-expired");

    Page login = context.newPage();
    signIn(login, s.tenant().member(Role.PLANNER).username());
    login.close();
    page.bringToFront();
    page.locator("#session-expired [data-retry]").click();
    assertThat(page.locator("#tot-g td.num").first()).hasText("3,500");
    page.reload();
    page.waitForLoadState(LoadState.LOAD);
    assertThat(page.locator("td.budget input").first()).hasValue("3,500");
  }
}
