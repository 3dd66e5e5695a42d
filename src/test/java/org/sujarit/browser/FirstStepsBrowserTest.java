package org.sujarit.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.TestData;
import org.sujarit.access.Role;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.Plans;

/** What a newcomer meets first: the help page from the header, and the amendment form of a plan in force. */
class FirstStepsBrowserTest extends BrowserTest {
  @Autowired Plans plans;
  @Autowired Organizations organizations;
  TestData.Tenant tenant;
  Plan plan;

  @BeforeAll
  void plan() {
    tenant = data.tenant("first", "ขอนแก่น");
    plan = new PublishedPlans(plans, organizations).publish(tenant, 3);
  }

  @Test
  void theHelpPageIsOneClickFromTheHeaderAndOpensAtTheUsersRole() {
    Page p = signIn(page, tenant.member(Role.UNIT_OFFICER).username());
    follow(p.locator("header .help-link"));
    assertThat(p.locator("h1")).hasText("วิธีใช้");
    assertThat(p.locator("#help-UNIT_OFFICER")).hasAttribute("open", "open");
    assertThat(p.locator("#help-UNIT_OFFICER")).containsText("แนบหลักฐาน");
    assertThat(p.locator("#help-PLANNER")).not().hasAttribute("open", "open");
    screenshot(p, "help-unit-officer");
    p.navigate(url("/help?lang=en"));
    assertThat(p.locator("h1")).hasText("Help");
    assertThat(p.locator("#help-UNIT_OFFICER")).containsText("Attach evidence");
  }

  @Test
  void theAmendmentFormSaysWhyItWaitsAndRefusesAnEmptyReasonInThai() {
    Page p = signIn(page, tenant.member(Role.PLANNER).username());
    p.navigate(url("/plans/" + plan.id()));
    assertThat(p.locator("#amend-why")).containsText("ระบุเหตุผล");
    // the whole label and button are visible, not cut off
    assertThat(p.locator("form.amend-form button")).isInViewport();
    assertThat(p.locator("label[for=amend-note]")).hasText("เหตุผลในการปรับปรุงแผน");
    screenshot(p, "amendment-form");
    // without the browser's own check (no JavaScript, old browsers) the server answers in Thai
    p.locator("#amend-note").evaluate("e => e.removeAttribute('required')");
    p.locator("form.amend-form button").click();
    assertThat(p.locator(".alert.error")).containsText("กรุณาระบุเหตุผลในการปรับปรุงแผน");
    p.locator("#amend-note").fill("เพิ่มโครงการตามข้อสั่งการของนายก");
    p.locator("form.amend-form button").click();
    assertThat(p.locator(".alert.success")).isVisible();
    assertThat(p).hasURL(java.util.regex.Pattern.compile("version=2"));
    screenshot(p, "amendment-done");
  }
}
