package org.sujarit.risk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.TestData;
import org.sujarit.access.Role;
import org.sujarit.browser.BrowserTest;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;

/**
 * An auditor fills in a risk with the NACC 3×3 matrix and links an item of the plan, the executive
 * approves, the unit reports its surveillance in the 6-month round and the report downloads; a staff
 * member records a gift over the limit and sees the warning.
 */
class RiskBrowserTest extends BrowserTest {
  @Autowired Plans plans;
  @Autowired Organizations organizations;
  TestData.Tenant tenant;
  Plan plan;

  @BeforeAll
  void plan() {
    tenant = data.tenant("rskweb", "ขอนแก่น");
    plan = new PublishedPlans(plans, organizations).publish(tenant, 4);
  }

  String base() {
    return "/organizations/" + tenant.organization().id() + "/risk";
  }

  @Test
  void anAuditorFillsARiskAndLinksAPlanItem() {
    Page auditor = signIn(page, tenant.member(Role.AUDITOR).username());
    auditor.navigate(url(base()));
    auditor.locator("#year").fill("2567");
    auditor.locator("input[name=from][value=EMPTY]").check();
    follow(auditor.locator("form button[type=submit]").last());
    auditor.waitForURL(u -> u.endsWith("/risk/2567"));

    auditor.locator("#new-risk #area").selectOption("BRIBERY");
    auditor.locator("#new-risk #description").fill("เรียกรับเงินเพื่อเร่งออกใบอนุญาตก่อสร้าง");
    auditor.locator("#new-risk #process").fill("การออกใบอนุญาตก่อสร้าง");
    auditor.locator("#new-risk #ownerUnit").selectOption(tenant.unit().id().toString());
    auditor.locator("#new-risk input[name=light][value=RED]").check();
    auditor.locator("#new-risk #likelihood").selectOption("3");
    auditor.locator("#new-risk #impact").selectOption("3");
    auditor.locator("#new-risk input[name=control][value=FAIR]").check();
    follow(auditor.locator("#new-risk button[type=submit]"));
    assertThat(auditor.locator("h1")).hasText("เรียกรับเงินเพื่อเร่งออกใบอนุญาตก่อสร้าง");
    assertThat(auditor.locator("main")).containsText("9 สูงมาก");
    assertThat(auditor.locator("main")).containsText("NACC-3x3 v1");

    PlanItem item = plan.items().get(2);
    auditor.locator("#planItem").selectOption(item.id().toString());
    follow(auditor.locator("#link-item button[type=submit]"));
    assertThat(auditor.locator(".measures")).containsText(item.name());
    screenshot(auditor, "risk-linked-item");

    auditor.navigate(url(base() + "/2567"));
    assertThat(auditor.locator(".risks")).containsText("3×3=9 สูงมาก");
    assertThat(auditor.locator(".heatmap .cell-count")).hasText("1");
    screenshot(auditor, "risk-assessment");

    Page executive = signIn(newContext(WIDTH, HEIGHT).newPage(), tenant.member(Role.EXECUTIVE).username());
    executive.navigate(url(base() + "/2567"));
    follow(executive.locator("button:has-text('อนุมัติการประเมินความเสี่ยง')"));
    assertThat(executive.locator(".alert.success")).containsText("อนุมัติ");

    Page unit = signIn(newContext(WIDTH, HEIGHT).newPage(), tenant.member(Role.UNIT_OFFICER).username());
    unit.navigate(url(base() + "/2567/surveillance/HALF_YEAR"));
    unit.locator("input[name=status][value=YELLOW]").check();
    follow(unit.locator("button:has-text('ส่งรายงาน')"));
    // yellow needs what happened: refused with a Thai message
    assertThat(unit.locator(".alert.error")).containsText("ต้องระบุสิ่งที่เกิดขึ้น");
    unit.locator("input[name=status][value=YELLOW]").check();
    unit.locator("textarea[name=happened]").fill("มีผู้ร้องเรียน 1 เรื่อง แก้ไขแล้ว");
    follow(unit.locator("button:has-text('ส่งรายงาน')"));
    assertThat(unit.locator(".alert.success")).containsText("บันทึกรายงานการเฝ้าระวังแล้ว");

    Download report = auditor.waitForDownload(() -> {
      auditor.navigate(url(base() + "/2567"));
      auditor.locator("a:has-text('ดาวน์โหลดรายงาน (PDF)')").click();
    });
    org.assertj.core.api.Assertions.assertThat(report.suggestedFilename()).isEqualTo("risk-assessment-2567.pdf");
  }

  @Test
  void staffRecordAGiftOverTheLimitAndSeeTheWarning() {
    Page staff = signIn(page, tenant.member(Role.VIEWER).username());
    staff.navigate(url("/organizations/" + tenant.organization().id() + "/no-gift/2568"));
    staff.locator("#counterparty").fill("บริษัท ตัวอย่าง จำกัด");
    staff.locator("#description").fill("กระเช้าของขวัญ");
    staff.locator("#occasion").fill("ปีใหม่");
    staff.locator("#value").fill("abc");
    staff.locator("#on").fill("2024-12-30");
    follow(staff.locator("#gift-form button[type=submit]"));
    assertThat(staff.locator(".alert.error")).isVisible();
    assertThat(staff.locator("#counterparty")).hasValue("บริษัท ตัวอย่าง จำกัด");
    staff.locator("#value").fill("๔,๕๐๐");
    follow(staff.locator("#gift-form button[type=submit]"));
    assertThat(staff.locator(".alert.error")).containsText("เกิน 3,000 บาท");
    assertThat(staff.locator("tr.gift-over")).containsText("4,500");
    screenshot(staff, "risk-gift-over-limit");
  }
}
