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
 * An auditor fills in three risks with the NACC 3×3 matrix and links an item of the plan, the executive
 * approves, the unit reports its surveillance in the 6-month round, the auditor accepts it, the report downloads; a staff
 * member records a gift over the limit and sees the warning; the planner drafts the No Gift announcement and the executive
 * signs and downloads it.
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

  private void addRisk(Page p, String area, String description, String process, boolean ownUnit, String light, String likelihood,
      String impact, String control) {
    p.locator("#new-risk #area").selectOption(area);
    p.locator("#new-risk #description").fill(description);
    p.locator("#new-risk #process").fill(process);
    if (ownUnit) p.locator("#new-risk #ownerUnit").selectOption(tenant.unit().id().toString());
    p.locator("#new-risk input[name=light][value=" + light + "]").check();
    p.locator("#new-risk #likelihood").selectOption(likelihood);
    p.locator("#new-risk #impact").selectOption(impact);
    p.locator("#new-risk input[name=control][value=" + control + "]").check();
    follow(p.locator("#new-risk button[type=submit]"));
  }

  @Test
  void anAuditorBuildsAThreeRiskAssessmentAndLinksAPlanItem() {
    Page auditor = signIn(page, tenant.member(Role.AUDITOR).username());
    auditor.navigate(url(base()));
    auditor.locator("#year").fill("2567");
    auditor.locator("input[name=from][value=EMPTY]").check();
    follow(auditor.locator("form button[type=submit]").last());
    auditor.waitForURL(u -> u.endsWith("/risk/2567"));

    // three risks on the 3×3 matrix: the bribery one watched by the tenant's unit, linked to a plan item
    addRisk(auditor, "BRIBERY", "เรียกรับเงินเพื่อเร่งออกใบอนุญาตก่อสร้าง", "การออกใบอนุญาตก่อสร้าง", true, "RED", "3", "3", "FAIR");
    assertThat(auditor.locator("h1")).hasText("เรียกรับเงินเพื่อเร่งออกใบอนุญาตก่อสร้าง");
    assertThat(auditor.locator("main")).containsText("9 สูงมาก");
    assertThat(auditor.locator("main")).containsText("NACC-3x3 v1");

    PlanItem item = plan.items().get(2);
    auditor.locator("#planItem").selectOption(item.id().toString());
    follow(auditor.locator("#link-item button[type=submit]"));
    assertThat(auditor.locator(".measures")).containsText(item.name());
    screenshot(auditor, "risk-linked-item");

    auditor.navigate(url(base() + "/2567"));
    addRisk(auditor, "BUDGET", "แบ่งซื้อแบ่งจ้างเพื่อเลี่ยงวิธีประกวดราคา", "การจัดซื้อจัดจ้าง", false, "ORANGE", "3", "2", "GOOD");
    auditor.locator("#text").fill("เผยแพร่แผนจัดซื้อจัดจ้างล่วงหน้าและตรวจสอบการแบ่งซื้อรายไตรมาส");
    follow(auditor.locator("#own-measure button[type=submit]"));
    assertThat(auditor.locator(".measures")).containsText("เผยแพร่แผนจัดซื้อจัดจ้างล่วงหน้า");
    auditor.navigate(url(base() + "/2567"));
    addRisk(auditor, "APPROVAL", "พิจารณาคำขอไม่เป็นไปตามลำดับ", "การอนุญาตประกอบกิจการ", false, "YELLOW", "1", "2", "GOOD");

    auditor.navigate(url(base() + "/2567"));
    assertThat(auditor.locator(".risks")).containsText("3×3=9 สูงมาก");
    assertThat(auditor.locator(".risks")).containsText("แบ่งซื้อแบ่งจ้างเพื่อเลี่ยงวิธีประกวดราคา");
    assertThat(auditor.locator(".risks")).containsText("พิจารณาคำขอไม่เป็นไปตามลำดับ");
    // one risk in each of three cells of the heat map
    assertThat(auditor.locator(".heatmap .cell-count")).hasCount(3);
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

    // the auditor reviews the report like progress: accepted
    auditor.navigate(url(base() + "/2567/surveillance/HALF_YEAR"));
    follow(auditor.locator("button:has-text('รับรายงาน')"));
    assertThat(auditor.locator(".alert.success")).containsText("บันทึกผลการตรวจรายงานแล้ว");
    assertThat(auditor.locator("td.review").first()).containsText("ตรวจรับแล้ว");

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

  @Test
  void theExecutiveSignsTheNoGiftAnnouncementAndDownloadsIt() throws Exception {
    String noGift = "/organizations/" + tenant.organization().id() + "/no-gift/2569";
    Page planner = signIn(page, tenant.member(Role.PLANNER).username());
    planner.navigate(url(noGift));
    planner.locator("#announcedOn").fill("2025-10-02");
    follow(planner.locator("form[action$='/policy'] button[type=submit]"));
    assertThat(planner.locator("#announcement")).containsText("ร่าง รอผู้บริหารลงนาม");
    assertThat(planner.locator("button:has-text('ลงนามประกาศ')")).hasCount(0);

    Page executive = signIn(newContext(WIDTH, HEIGHT).newPage(), tenant.member(Role.EXECUTIVE).username());
    executive.navigate(url(noGift));
    assertThat(executive.locator("#announcement")).containsText(tenant.member(Role.EXECUTIVE).displayName());
    follow(executive.locator("button:has-text('ลงนามประกาศ')"));
    assertThat(executive.locator(".alert.success").first()).containsText("ลงนามประกาศแล้ว");
    assertThat(executive.locator("#announcement")).containsText("ลงนามแล้วโดย " + tenant.member(Role.EXECUTIVE).displayName());
    // the digits of the documents are chosen beside the download buttons
    follow(executive.locator(".digits-choice a:has-text('เลขไทย')"));
    screenshot(executive, "nogift-signed");
    Download announcement = executive.waitForDownload(() -> executive.locator("a:has-text('ประกาศ No Gift Policy (PDF)')").click());
    org.assertj.core.api.Assertions.assertThat(announcement.suggestedFilename()).isEqualTo("no-gift-announcement-2569.pdf");
    try (var doc = org.apache.pdfbox.Loader.loadPDF(java.nio.file.Files.readAllBytes(announcement.path()))) {
      org.assertj.core.api.Assertions.assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
          .contains("(" + tenant.member(Role.EXECUTIVE).displayName() + ")", "๒ ตุลาคม ๒๕๖๘");
    }
  }
}
