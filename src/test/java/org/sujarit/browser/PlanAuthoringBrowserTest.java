package org.sujarit.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.sujarit.TestData;
import org.sujarit.access.Role;

/**
 * The plan officer's afternoon: a plan from the library, items added and moved, budgets typed with
 * the totals following, a detail sheet written, submission, approval, publication, an amendment and
 * the comparison of the two versions.
 */
class PlanAuthoringBrowserTest extends BrowserTest {

  @Test
  void writeApprovePublishAmendAndCompareAPlan() {
    TestData.Tenant t = data.tenant("e2e" + System.nanoTime() % 100000, "ขอนแก่น");
    signIn(page, t.member(Role.PLANNER).username());

    // a new plan from the standard item library
    follow(page.getByText("สร้างแผนใหม่").first());
    assertThat(page.locator("h1")).hasText("สร้างแผนใหม่");
    page.getByLabel("มาตรการ No Gift Policy", new Page.GetByLabelOptions().setExact(false)).check();
    page.locator("label.choice", new Page.LocatorOptions().setHasText("แผนการตรวจสอบภายในประจำปี")).locator("input").check();
    page.locator("label.choice", new Page.LocatorOptions().setHasText("เรื่องร้องทุกข์และเรื่องร้องเรียน")).locator("input").check();
    screenshot(page, "01-new-plan");
    button(page, "สร้างแผน").click();
    page.waitForURL("**/part2");
    page.waitForLoadState(LoadState.LOAD);
    assertThat(page.locator("table.grid .item-row")).hasCount(3);
    screenshot(page, "02-part2-from-library");

    // budgets: totals follow as the user types, computed by the server
    Locator noGift = page.locator("table.grid .item-row", new Page.LocatorOptions().setHasText("No Gift"));
    noGift.locator("td.budget input").first().fill("10,000");
    assertThat(page.locator("#tot-g td.num").first()).hasText("10,000");
    Locator audit = page.locator("table.grid .item-row", new Page.LocatorOptions().setHasText("แผนการตรวจสอบภายใน"));
    audit.locator("td.budget input").first().fill("๕,๐๐๐");
    assertThat(page.locator("#tot-g td.num").first()).hasText("15,000");
    assertThat(page.locator("#tot-d-4 td.num").first()).hasText("5,000");
    audit.locator("td.budget input").nth(1).fill("abc");
    assertThat(audit.locator(".row-error")).containsText("ไม่ใช่จำนวนเงิน");
    assertThat(audit.locator("td.budget input").nth(1)).hasValue("abc");
    assertThat(audit.locator("td.budget input").first()).hasValue("๕,๐๐๐");
    audit.locator("td.budget input").nth(1).fill("2500");
    assertThat(page.locator("#tot-g td.num").nth(1)).hasText("2,500");
    screenshot(page, "03-part2-budgets");

    // add an item to mission 1.1 and move it
    page.locator("#add-name-1-1").fill("โครงการอบรมคุณธรรมจริยธรรมสำหรับพนักงานใหม่");
    page.locator("#add-name-1-1").press("Enter");
    Locator added = page.locator("table.grid .item-row", new Page.LocatorOptions().setHasText("พนักงานใหม่"));
    assertThat(added).hasCount(1);
    assertThat(added.locator("select[name=kind]")).hasValue("PROJECT");
    assertThat(added.locator("td.budget input").first()).isFocused(); // keyboard users type the budget next
    added.locator("details.row-more summary").click();
    added.locator("select[name=missionCode]").selectOption("1.2");
    added.getByText("ย้าย", new Locator.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator("#mission-1-2 + tr.item-row")).containsText("พนักงานใหม่");

    // the responsible unit and planned quarters of a row
    noGift.locator("details.row-more summary").click();
    noGift.getByText("กองคลัง").click();
    assertThat(noGift.locator(".units-line")).containsText("กองคลัง");
    noGift.getByLabel("ไตรมาส 1 ปี 2566").check();
    assertThat(page.locator("#plan-rev")).not().hasValue("0");
    screenshot(page, "04-part2-moved-and-units");

    // Part 3: a detail sheet with list fields; a bad amount is refused beside its field, the rest kept
    follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ส่วนที่ 3 รายละเอียดโครงการ")));
    follow(page.locator(".sheet-nav a", new Page.LocatorOptions().setHasText("พนักงานใหม่")));
    page.locator("#f-principle").fill("บุคลากรใหม่ต้องรู้หลักคุณธรรมและประมวลจริยธรรมตั้งแต่วันแรกที่เข้าทำงาน");
    page.locator("#add-objectives").click();
    page.locator("#f-objectives-0").fill("เพื่อให้พนักงานใหม่รู้และเข้าใจประมวลจริยธรรม");
    page.locator("#add-objectives").click();
    page.locator("#f-objectives-1").fill("เพื่อสร้างวัฒนธรรมองค์กรสุจริต");
    page.locator("button[value='up:objectives:1']").click();
    assertThat(page.locator("#f-objectives-0")).hasValue("เพื่อสร้างวัฒนธรรมองค์กรสุจริต");
    page.locator("#add-costLines").click();
    page.locator("#f-costLines-0").fill("ค่าอาหารว่างและเครื่องดื่ม 30 คน");
    page.locator("#f-costLines-0-amount").fill("abc");
    page.locator("#add-indicators").click();
    page.locator("#f-indicators-0").fill("ร้อยละของผู้เข้าอบรมที่ผ่านการทดสอบ");
    page.locator("#f-indicators-0-target").fill("80");
    button(page, "บันทึกรายละเอียดโครงการ").click();
    assertThat(page.locator("[id='err-costLines[0].amount']")).containsText("ไม่ใช่จำนวนเงิน");
    assertThat(page.locator("#f-costLines-0-amount")).hasValue("abc");
    assertThat(page.locator("#f-principle")).hasValue("บุคลากรใหม่ต้องรู้หลักคุณธรรมและประมวลจริยธรรมตั้งแต่วันแรกที่เข้าทำงาน");
    screenshot(page, "05-part3-refused");
    page.locator("#f-costLines-0-amount").fill("๑,๕๐๐");
    button(page, "บันทึกรายละเอียดโครงการ").click();
    assertThat(page.locator("#form-status")).containsText("บันทึกแล้ว");
    assertThat(page.locator("#f-costLines-0-amount")).hasValue("1,500");
    assertThat(page.locator("table.costs tfoot td.num")).hasText("1,500");
    assertThat(page.locator(".sheet-nav a[aria-current=page] .done")).hasCount(1);
    screenshot(page, "06-part3-saved");

    // Part 1: a risk controlled by an item of the plan, and a goal with yearly targets
    follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ส่วนที่ 1 บทนำ")));
    page.locator("#add-risks").click();
    page.locator("#f-risks-0").fill("การจัดซื้อจัดจ้าง");
    page.locator("#f-risks-0-risk").fill("กำหนดคุณลักษณะเฉพาะเอื้อผู้ขายบางราย");
    page.locator("#f-risks-0-level").selectOption("HIGH");
    page.locator("#f-risks-0-level").locator("xpath=ancestor::tr").locator("details.picker summary").click();
    page.locator("details.picker label", new Page.LocatorOptions().setHasText("แผนการตรวจสอบภายใน")).locator("input").check();
    page.locator("#add-goals").click();
    page.locator("#f-goals-0").fill("คะแนนการประเมิน ITA");
    page.locator("#f-goals-0-unit").selectOption("SCORE");
    page.locator("#f-goals-0-2566").fill("85");
    page.locator("#f-goals-0-2567").fill("๑๒๐x");
    button(page, "บันทึกส่วนที่ 1").click();
    assertThat(page.locator("[id='err-goals[0].targets[2567]']")).containsText("ไม่ใช่ตัวเลข");
    // the refused form comes back out of band: type into it once htmx has finished swapping it in
    assertThat(page.locator(".htmx-request, .htmx-settling")).hasCount(0);
    page.locator("#f-goals-0-2567").fill("๘๗");
    assertThat(page.locator("#f-goals-0-2567")).hasValue("๘๗"); // typed into the form that is sent, not one being replaced
    button(page, "บันทึกส่วนที่ 1").click();
    // twice on a loaded CI machine the default 5 s passed with the refusal still shown; the value check above tells a lost
    // value from a slow save
    assertThat(page.locator("#form-status")).containsText("บันทึกแล้ว", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
    assertThat(page.locator("#f-goals-0-2567")).hasValue("87");
    screenshot(page, "07-part1");

    // the checklist before submission, then submit
    follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ตรวจความครบถ้วน").setExact(false)).first());
    assertThat(page.locator(".check-group").first()).isVisible();
    screenshot(page, "08-checklist");
    String planUrl = page.url().replace("/checklist", "");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เสนอผู้บริหารอนุมัติ")).click();
    assertThat(page.locator(".alert.success")).containsText("เสนอแผน");

    // printable Part 2 and detail sheets
    page.navigate(planUrl + "/print/part2");
    pdf(page, "09-print-part2", true);
    screenshot(page, "09-print-part2");
    page.navigate(planUrl + "/print/sheets");
    pdf(page, "10-print-sheets", false);

    // the executive approves
    var executive = newContext(WIDTH, HEIGHT).newPage();
    signIn(executive, t.member(Role.EXECUTIVE).username());
    executive.navigate(planUrl.replace("/versions/1", "") + "?version=1");
    executive.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("อนุมัติแผน")).click();
    assertThat(executive.locator(".stamps")).containsText(t.member(Role.EXECUTIVE).username());
    screenshot(executive, "11-approved");
    executive.context().close();

    // the planner publishes, then amends: version 2 with a changed budget and a new item
    page.navigate(planUrl.replace("/versions/1", "") + "?version=1");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เผยแพร่แผน")).click();
    assertThat(page.locator(".status").first()).hasText("เผยแพร่แล้ว");
    page.locator("#amend-note").fill("เพิ่มงบประมาณกิจกรรมตรวจสอบภายใน");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ปรับปรุงแผน (สร้างฉบับใหม่)")).click();
    assertThat(page.locator(".meta")).containsText("ฉบับที่ 2");
    follow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("แก้ไขแผน")));
    Locator audit2 = page.locator("table.grid .item-row", new Page.LocatorOptions().setHasText("แผนการตรวจสอบภายใน"));
    audit2.locator("td.budget input").first().fill("8000");
    assertThat(page.locator("#tot-g td.num").first()).hasText("18,000");
    page.locator("#add-name-4-3").fill("มาตรการเปิดช่องทางแจ้งเบาะแสออนไลน์");
    page.locator("#add-name-4-3").press("Enter");
    assertThat(page.locator("table.grid .item-row", new Page.LocatorOptions().setHasText("แจ้งเบาะแส"))).hasCount(1);
    page.navigate(url("/plans/" + planUrl.split("/")[4] + "/compare?from=1&to=2"));
    assertThat(page.locator("ul.changes.added")).containsText("แจ้งเบาะแส");
    assertThat(page.locator("table.budget-changes")).containsText("8,000");
    screenshot(page, "12-compare");

    // nobody of another organization sees any of it
    TestData.Tenant other = data.tenant("x" + System.nanoTime() % 100000, "ขอนแก่น");
    var stranger = newContext(WIDTH, HEIGHT).newPage();
    signIn(stranger, other.member(Role.PLANNER).username());
    for (String path : new String[] {"/part1", "/part2", "/part3", "/checklist", "/print/part2", "/print/sheets"}) {
      var response = stranger.navigate(planUrl.replace("/versions/1", "/versions/2") + path);
      assertThat(response.status()).as(path).isEqualTo(403);
    }
    var newPlan = stranger.navigate(url("/organizations/" + t.organization().id() + "/plans/new"));
    assertThat(newPlan.status()).isEqualTo(403);
    screenshot(stranger, "13-stranger-refused");
    stranger.context().close();
  }

  static Locator button(Page p, String name) {
    return p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }
}
