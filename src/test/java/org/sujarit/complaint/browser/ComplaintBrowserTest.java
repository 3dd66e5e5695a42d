package org.sujarit.complaint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.TestData;
import org.sujarit.access.Role;
import org.sujarit.browser.BrowserTest;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.internal.Views.ChannelSetup;
import org.sujarit.complaint.protection.MetadataStripperTest;

/**
 * A citizen on a phone reports corruption anonymously with a photo carrying GPS data, saves the
 * receipt and tracks the case; the officer handles it and downloads the cleaned photo; the citizen
 * reads the result and rates it; the public statistics count it.
 */
class ComplaintBrowserTest extends BrowserTest {
  @Autowired Complaints complaints;

  @Test
  void anAnonymousCorruptionReportFromAPhoneIsHandledTrackedAndRated() throws Exception {
    TestData.Tenant t = data.tenant("brw", "ขอนแก่น");
    for (Channel c : Channel.values()) {
      complaints.configure(t.member(Role.ORG_ADMIN), t.organization().id(),
          new ChannelSetup(c, true, 15, List.of(t.member(Role.COMPLAINT_OFFICER).userId())));
    }
    String code = t.organization().code();
    Path photo = Files.createTempFile("IMG_20260105_", ".jpg");
    Files.write(photo, MetadataStripperTest.jpegWithMetadata("Somchai Phone Owner"));

    BrowserContext phone = newContext(390, 844);
    Page citizen = phone.newPage();
    citizen.navigate(url("/o/" + code + "/report-corruption"));
    citizen.locator("#subject").fill("เรียกเงินแลกกับการอนุมัติใบอนุญาต");
    citizen.locator("#details").fill("เจ้าหน้าที่กองช่างเรียกเงิน 3,000 บาท <script>alert(1)</script> โดยไม่มีใบเสร็จ");
    citizen.locator("#category").selectOption("BRIBERY");
    citizen.locator("#files").setInputFiles(photo);
    citizen.locator("input[name=consent]").check();
    screenshot(citizen, "complaint-phone-form");
    follow(citizen.locator("form.form button[type=submit]"));
    String receipt = citizen.locator("#receipt-code").innerText().strip();
    assertThat(receipt.replace(" ", "")).hasSize(20).containsOnlyDigits();
    screenshot(citizen, "complaint-phone-receipt");
    citizen.locator("#saved").check();
    follow(citizen.locator(".saved-step button"));
    citizen.locator("#receipt").fill(receipt);
    follow(citizen.locator("form.form button[type=submit]"));
    assertThat(citizen.locator("#case-status").innerText()).isEqualTo("รับเรื่องแล้ว");

    Page officer = signIn(page, t.member(Role.COMPLAINT_OFFICER).username());
    officer.navigate(url("/organizations/" + t.organization().id() + "/complaints"));
    screenshot(officer, "complaint-officer-list");
    follow(officer.locator("#cases tbody a").first());
    assertThat(officer.locator("#case-details").innerText()).contains("<script>alert(1)</script>");
    Download download = officer.waitForDownload(() -> officer.locator("a[href*='/complaints/attachments/']").first().click());
    byte[] cleaned = Files.readAllBytes(download.path());
    assertThat(new String(cleaned, StandardCharsets.ISO_8859_1)).doesNotContain("Somchai").doesNotContain("GPS").startsWith("\u00ff\u00d8");
    officer.locator("#message").fill("ได้รับเรื่องแล้ว ขอทราบช่วงเวลาที่เกิดเหตุโดยประมาณ");
    follow(officer.locator("#message-form button"));
    follow(officer.locator("#do-accept"));
    follow(officer.locator("#do-investigate"));
    officer.locator("#result-text").fill("สอบข้อเท็จจริงแล้ว พบมูล ดำเนินการทางวินัยกับเจ้าหน้าที่ผู้เกี่ยวข้อง");
    follow(officer.locator("#do-result"));
    follow(officer.locator("#do-close"));
    assertThat(officer.locator("#case-status").innerText()).isEqualTo("ยุติเรื่อง");
    assertThat(officer.locator("#history").innerText()).contains("เปิดดูเรื่อง", "ดาวน์โหลดไฟล์", "ยุติเรื่อง");
    screenshot(officer, "complaint-officer-case");

    citizen.navigate(url("/o/" + code + "/complaints/track"));
    citizen.locator("#receipt").fill(receipt);
    follow(citizen.locator("form.form button[type=submit]"));
    assertThat(citizen.locator("#case-result").innerText()).contains("พบมูล");
    assertThat(citizen.locator("ol.messages").innerText()).contains("ขอทราบช่วงเวลา");
    citizen.locator("#rate-form input[value='5']").check();
    follow(citizen.locator("#rate-form button"));
    assertThat(citizen.locator("main").innerText()).contains("ท่านประเมินความพึงพอใจแล้ว (5 จาก 5)");
    screenshot(citizen, "complaint-phone-tracked");

    citizen.navigate(url("/o/" + code + "/complaints/statistics"));
    assertThat(citizen.locator("#fig-received").innerText()).isEqualTo("1");
    assertThat(citizen.locator("#fig-finished").innerText()).isEqualTo("1");
    screenshot(citizen, "complaint-phone-statistics");
    phone.close();
  }
}
