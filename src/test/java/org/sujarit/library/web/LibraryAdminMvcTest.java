package org.sujarit.library.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.SignedIn;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.library.catalogue.Library;
import org.sujarit.plan.standarditems.StandardItem;

@IntegrationTest
@Import(TestData.class)
class LibraryAdminMvcTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Library library;

  @Test
  void theSystemAdministratorAddsAnEntryThatPlansThenOffer() throws Exception {
    CurrentUser admin = data.account("libadmin" + System.nanoTime() % 100000, Role.SYSTEM_ADMIN, null);
    assertThat(mvc.perform(get("/admin/library").with(SignedIn.as(admin))).andReturn().getResponse().getContentAsString())
        .contains("มาตรการ No Gift Policy");

    var refused = mvc.perform(post("/admin/library").with(SignedIn.as(admin)).with(csrf()).param("name", "มาตรการใหม่")
        .param("kind", "MEASURE").param("position", "๑๐").param("missions[NACC_2566]", "9.9")
        .param("costLines", "ค่าเอกสาร | abc")).andReturn().getResponse();
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString()).contains("id=\"err-costLines\"").contains("มาตรการใหม่");

    var saved = mvc.perform(post("/admin/library").with(SignedIn.as(admin)).with(csrf()).param("name", "มาตรการตรวจสอบทรัพย์สินของ{org}")
        .param("kind", "MEASURE").param("position", "5").param("missions[NACC_2566]", "2.2").param("missions[NACC_2561]", "")
        .param("active", "true").param("objectives", "เพื่อ ก\n\nเพื่อ ข").param("duration", "ปีงบประมาณ {first}–{last}")
        .param("indicators", "ร้อยละที่ตรวจแล้ว | 100 | PERCENT")).andReturn().getResponse();
    assertThat(saved.getStatus()).isEqualTo(302);
    StandardItem offered = library.offeredFor("NACC_2566", "อบต.ทดสอบ").stream()
        .filter(s -> s.name().startsWith("มาตรการตรวจสอบทรัพย์สิน")).findFirst().orElseThrow();
    assertThat(offered.name()).isEqualTo("มาตรการตรวจสอบทรัพย์สินของอบต.ทดสอบ");
    assertThat(offered.details().objectives()).containsExactly("เพื่อ ก", "เพื่อ ข");
    assertThat(library.offeredFor("NACC_2561", "x")).noneMatch(s -> s.id().equals(offered.id()));
  }
}
