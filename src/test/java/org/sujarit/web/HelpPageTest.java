package org.sujarit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.SignedIn;
import org.sujarit.TestData;
import org.sujarit.access.Role;

/** The help page names the common tasks of every role, in Thai and English, across every module. */
@IntegrationTest
@Import(TestData.class)
class HelpPageTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired MessageSource messages;

  @Test
  void everyRoleHasItsTasksInBothLanguages() {
    for (Role role : Role.values()) {
      for (Locale locale : new Locale[] {Locale.forLanguageTag("th"), Locale.ENGLISH}) {
        String first = messages.getMessage("help." + role.name() + ".1", null, null, locale);
        String third = messages.getMessage("help." + role.name() + ".3", null, null, locale);
        assertThat(first).as(role + " " + locale).isNotBlank();
        assertThat(third).as(role + " " + locale + " has at least three tasks").isNotBlank();
      }
    }
  }

  @Test
  void thePageCoversEveryModule() throws Exception {
    String page = mvc.perform(get("/help").with(SignedIn.as(data.tenant("help", "ขอนแก่น").member(Role.PLANNER))))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("ส่วนที่ 2", "ความเสี่ยง", "No Gift", "เรื่องร้องเรียน", "เว็บไซต์สาธารณะ", "นำเข้าแผน", "ติดตามผล",
        "หลักฐานยึดโยง");
    String english = mvc.perform(get("/help").param("lang", "en").with(SignedIn.as(data.tenant("help2", "ขอนแก่น").member(Role.VIEWER))))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(english).contains("Risk", "No Gift", "Complaints", "public site", "Import");
  }
}
