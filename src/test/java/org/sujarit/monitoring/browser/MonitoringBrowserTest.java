package org.sujarit.monitoring.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.TestData;
import org.sujarit.browser.BrowserTest;
import org.sujarit.access.Role;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;

/**
 * The round as its three users live it: the unit officer reports with an evidence file (after a
 * refused one), the planner accepts, the executive acknowledges and downloads the report. Each
 * person has their own browser context (session).
 */
class MonitoringBrowserTest extends BrowserTest {
  static final byte[] PNG = java.util.Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  @Autowired Plans plans;
  @Autowired Organizations organizations;
  TestData.Tenant tenant;
  Plan plan;
  PlanItem own;
  PlanItem works;

  @BeforeAll
  void plan() {
    tenant = data.tenant("web", "ขอนแก่น");
    plan = new PublishedPlans(plans, organizations).publish(tenant, 8);
    own = plan.items().stream().filter(i -> i.responsibleUnits().contains(tenant.unit().id())).findFirst().orElseThrow();
    works = plan.items().stream().filter(i -> !i.responsibleUnits().contains(tenant.unit().id())).findFirst().orElseThrow();
  }

  String round() {
    return "/plans/" + plan.id() + "/progress/2567/HALF_YEAR";
  }

  @Test
  void aUnitReportsThePlannerAcceptsTheExecutiveAcknowledgesAndTheReportIsMade() throws Exception {
    // the unit officer: from the plan page to their item
    Page unit = signIn(page, tenant.member(Role.UNIT_OFFICER).username());
    unit.navigate(url("/plans/" + plan.id()));
    follow(unit.locator(".monitoring-link a"));
    unit.navigate(url(round()));
    assertThat(unit.locator(".reminders")).containsText("กองคลัง");
    screenshot(unit, "monitoring-board-before");
    unit.navigate(url(round() + "/items/" + works.id()));
    assertThat(unit.locator("#progress-form")).hasCount(0); // another unit's item: read only
    assertThat(unit.locator(".read-only-reason")).containsText("หน่วยงานอื่น");
    unit.navigate(url(round() + "/items/" + own.id()));
    unit.locator("#status").selectOption("DONE");
    unit.locator("#done").fill("จัดอบรมคุณธรรมจริยธรรมแก่พนักงานส่วนตำบล 45 คน เมื่อวันที่ 12 มกราคม 2567");
    unit.locator("#spent").fill("12,500");
    unit.locator("#startedOn").fill("12 ม.ค. 2567"); // a B.E. date as typed, read by the server
    unit.locator("#finishedOn").fill("๑๒/๐๑/๒๕๖๗");
    unit.locator("#achieved-0").fill("92");
    unit.locator("#problems").fill("ผู้เข้าร่วมบางส่วนติดภารกิจ");
    unit.locator("#suggestions").fill("จัดช่วงต้นปีงบประมาณ");
    // a file whose content is not what its name says is refused in Thai, and the form keeps its text
    unit.locator("#evidence-file").setInputFiles(new FilePayload("ภาพกิจกรรม.jpg", "image/jpeg", "%PDF-1.4 ไม่ใช่รูปภาพ".getBytes()));
    unit.locator("form.upload button").click();
    assertThat(unit.locator("#evidence .alert.error")).containsText("ไม่ตรงกับนามสกุลไฟล์");
    assertThat(unit.locator("#done")).hasValue("จัดอบรมคุณธรรมจริยธรรมแก่พนักงานส่วนตำบล 45 คน เมื่อวันที่ 12 มกราคม 2567");
    assertThat(unit.locator("#startedOn")).hasValue("12 ม.ค. 2567");
    screenshot(unit, "monitoring-evidence-refused");
    unit.locator("#evidence-file").setInputFiles(new FilePayload("ภาพกิจกรรม.png", "image/png", PNG));
    unit.locator("form.upload button").click();
    assertThat(unit.locator("#evidence .files")).containsText("ภาพกิจกรรม.png");
    assertThat(unit.locator("#spent")).hasValue("12,500");
    follow(unit.locator("button[value=submit]"));
    assertThat(unit.locator(".alert.success")).containsText("ส่งให้ผู้จัดทำแผนตรวจแล้ว");
    screenshot(unit, "monitoring-item-submitted");

    // the planner accepts
    Page planner = signIn(newContext(WIDTH, HEIGHT).newPage(), tenant.member(Role.PLANNER).username());
    planner.navigate(url(round() + "/items/" + own.id()));
    follow(planner.locator("button[value=accept]"));
    assertThat(planner.locator(".alert.success")).containsText("ตรวจรับแล้ว");
    screenshot(planner, "monitoring-item-accepted");

    // the executive acknowledges the round and gets the report
    Page executive = signIn(newContext(WIDTH, HEIGHT).newPage(), tenant.member(Role.EXECUTIVE).username());
    executive.navigate(url(round()));
    executive.locator("#ack-note").fill("ทราบ ให้หน่วยงานที่ยังไม่รายงานเร่งรายงานผล");
    follow(executive.locator(".acknowledge button"));
    assertThat(executive.locator(".round-state")).containsText("ผู้บริหารรับทราบรายงานแล้ว");
    assertThat(executive.locator(".figure").first()).containsText("%");
    screenshot(executive, "monitoring-board-acknowledged");
    Download download = executive.waitForDownload(() -> executive.locator("a[href$='report.pdf']").click());
    Path previews = Path.of("target/report-previews");
    Files.createDirectories(previews);
    Path pdf = previews.resolve("monitoring-browser-6months.pdf");
    download.saveAs(pdf);
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text).contains("รอบ 6 เดือน").contains("12,500").contains("หลักฐาน 1 ไฟล์")
          .contains(tenant.member(Role.EXECUTIVE).displayName());
    }
    if (new File("/usr/bin/pdftoppm").canExecute()) {
      new ProcessBuilder("pdftoppm", "-r", "70", "-png", pdf.toString(), previews.resolve("monitoring-browser-6months").toString())
          .inheritIO().start().waitFor();
    }

    // the round is closed: the unit officer is told why
    unit.navigate(url(round() + "/items/" + own.id()));
    assertThat(unit.locator(".alert.warning:not(.spending-warning)")).containsText("รอบรายงานนี้ปิดแล้ว");
    assertThat(unit.locator(".spending-warning")).containsText("สูงกว่างบประมาณตามแผน");
    assertThat(unit.locator("#progress-form")).hasCount(0);
    screenshot(unit, "monitoring-item-closed");
    planner.context().close();
    executive.context().close();
  }
}
