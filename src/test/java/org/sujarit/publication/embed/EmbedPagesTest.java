package org.sujarit.publication.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.sujarit.IntegrationTest;
import org.sujarit.SignedIn;
import org.sujarit.TestData;
import org.sujarit.access.Role;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plans;

/**
 * The embeddable versions of the public pages: framed only by the website the organization set, drawn
 * without the site's header, and the officer's frame code and link list for the web administrator.
 */
@IntegrationTest
@Import(TestData.class)
class EmbedPagesTest {
  private static final String SITE = "https://www.embedtest.go.th";

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Plans plans;
  @Autowired Organizations organizations;
  @Autowired OrganizationSites sites;

  @Test
  void onlyTheConfiguredWebsiteMayFrameAnEmbeddablePage() throws Exception {
    TestData.Tenant t = data.tenant("embedsite", "นครพนม");
    new PublishedPlans(plans, organizations).publish(t, 1);
    String code = t.organization().code();
    String ita = "/o/" + code + "/2568/ita";
    String officer = "/organizations/" + t.organization().id() + "/ita/2568";

    // no website set: the embedded page is drawn for a frame but nobody may frame it
    MvcResult unset = mvc.perform(get(ita).param("embed", "1")).andExpect(status().isOk())
        .andExpect(header().string("X-Frame-Options", "DENY")).andReturn();
    assertThat(unset.getResponse().getHeader("Content-Security-Policy")).endsWith("frame-ancestors 'none'");

    mvc.perform(post(officer + "/site").param("site", "https://www.embedtest.go.th/index.php?page=ita").with(csrf())
            .with(SignedIn.as(t.member(Role.PLANNER))))
        .andExpect(status().isFound()).andExpect(flash().attribute("flash", "บันทึกเว็บไซต์ของหน่วยงานแล้ว: " + SITE));
    assertThat(sites.of(t.organization())).contains(new SiteOrigin(SITE));

    MvcResult framed = mvc.perform(get(ita).param("embed", "1")).andExpect(status().isOk())
        .andExpect(header().doesNotExist("X-Frame-Options")).andReturn();
    assertThat(framed.getResponse().getHeader("Content-Security-Policy")).endsWith("frame-ancestors 'self' " + SITE)
        .contains("script-src 'self'");
    String embedded = framed.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(embedded).contains("<base target=\"_blank\">", "class=\"public embedded\"", "ITA 2568", "เปิดหน้าเต็ม")
        .doesNotContain("class=\"topbar\"", "class=\"footer\"", "share-embed");

    // the full page stays unframeable, and offers its permanent link and frame code
    MvcResult full = mvc.perform(get(ita)).andExpect(status().isOk()).andExpect(header().string("X-Frame-Options", "DENY")).andReturn();
    assertThat(full.getResponse().getHeader("Content-Security-Policy")).endsWith("frame-ancestors 'none'");
    assertThat(full.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("class=\"topbar\"")
        .contains("value=\"http://localhost" + ita + "\"")
        .contains("&lt;iframe src=&quot;http://localhost" + ita + "?embed=1&quot;");
    // pages of other modules embed the same way; a page with a form never does
    mvc.perform(get("/o/" + code + "/2568/complaints/guideline").param("embed", "1"))
        .andExpect(header().doesNotExist("X-Frame-Options"));
    mvc.perform(get("/o/" + code + "/complaints/track").param("embed", "1")).andExpect(header().string("X-Frame-Options", "DENY"));
    mvc.perform(get("/o/" + code + "/plans/2566-2570/1/documents/pdf").param("embed", "1"))
        .andExpect(header().string("X-Frame-Options", "DENY"));

    String page = mvc.perform(get(officer).with(SignedIn.as(t.member(Role.PLANNER)))).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("หน้าที่ฝังแสดงได้บน " + SITE, "value=\"" + SITE + "\"",
        "&lt;li&gt;&lt;a href=&quot;http://localhost/o/" + code + "/2568/ita/O25&quot;&gt;O25 ",
        "?embed=1&quot; title=&quot;O25 ");
  }

  @Test
  void aBadWebsiteIsRefusedInThaiAndKeepsWhatWasTyped() throws Exception {
    TestData.Tenant t = data.tenant("embedbad", "นครพนม");
    String officer = "/organizations/" + t.organization().id() + "/ita/2568";
    var planner = SignedIn.as(t.member(Role.PLANNER));
    String typed = "https://www.embedbad.go.th; frame-ancestors *";
    var flashed = mvc.perform(post(officer + "/site").param("site", typed).with(csrf()).with(planner))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("flashError", "ที่อยู่เว็บไซต์ไม่ถูกต้อง ใส่ที่อยู่เว็บไซต์ของหน่วยงาน เช่น https://www.huaysaingam.go.th"))
        .andExpect(flash().attribute("siteTyped", typed)).andReturn().getFlashMap();
    assertThat(sites.of(t.organization())).isEmpty();
    String page = mvc.perform(get(officer).with(planner).flashAttrs(flashed)).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("value=\"https://www.embedbad.go.th; frame-ancestors *\"", "ที่อยู่เว็บไซต์ไม่ถูกต้อง");

    // set, then removed by saving an empty field
    mvc.perform(post(officer + "/site").param("site", "embedbad.go.th").with(csrf()).with(planner)).andExpect(status().isFound());
    assertThat(sites.of(t.organization())).contains(new SiteOrigin("https://embedbad.go.th"));
    mvc.perform(post(officer + "/site").param("site", "").with(csrf()).with(planner))
        .andExpect(flash().attribute("flash", "ลบเว็บไซต์ของหน่วยงานแล้ว หน้าที่ฝังจะไม่แสดงบนเว็บไซต์ใด"));
    assertThat(sites.of(t.organization())).isEmpty();

    // only who publishes the plan sets where it is shown; a viewer sees no form
    mvc.perform(post(officer + "/site").param("site", "embedbad.go.th").with(csrf()).with(SignedIn.as(t.member(Role.VIEWER))))
        .andExpect(status().isForbidden());
    assertThat(mvc.perform(get(officer).with(SignedIn.as(t.member(Role.VIEWER)))).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("id=\"site-url\"");
    assertThat(sites.of(t.organization())).isEmpty();
  }
}
