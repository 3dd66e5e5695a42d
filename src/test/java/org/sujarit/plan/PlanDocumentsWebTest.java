package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;

/** The plan page and the API hand out the official documents of a version, the same bytes every time. */
@IntegrationTest
@Import(TestData.class)
class PlanDocumentsWebTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Plans plans;

  @Test
  void aVersionGivesTheSameSignedPdfEveryTimeAndTheBackgroundJobHandsItOnlyToItsOwner() throws Exception {
    TestData.Tenant t = data.tenant("d" + System.nanoTime() % 1000000, "ชัยภูมิ");
    CurrentUser planner = t.member(Role.PLANNER);
    Plan plan = data.draftPlan(t);
    plans.addItem(planner, plan.id(), 1, 0, PlanTest.item("1.1", "โครงการอบรมคุณธรรมจริยธรรม", 30000, 30000, 30000, 30000, 30000));
    plans.submit(planner, plan.id(), 1, 1);
    plans.approve(t.member(Role.EXECUTIVE), plan.id(), 1, 2);

    String url = "/api/plans/" + plan.id() + "/versions/1/documents/pdf";
    byte[] first = mvc.perform(get(url).with(httpBasic(t.member(Role.VIEWER).username(), TestData.PASSWORD))).andReturn()
        .getResponse().getContentAsByteArray();
    byte[] second = mvc.perform(get(url).with(httpBasic(t.member(Role.AUDITOR).username(), TestData.PASSWORD))).andReturn()
        .getResponse().getContentAsByteArray();
    assertThat(second).isEqualTo(first);
    try (var pdf = Loader.loadPDF(first)) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("โครงการอบรมคุณธรรมจริยธรรม", "30,000", "รวมทั้งสิ้น", "นายก" + t.organization().name());
    }

    var planner1 = httpBasic(planner.username(), TestData.PASSWORD);
    String fragment = mvc.perform(post("/plans/" + plan.id() + "/versions/1/documents/docx").with(planner1).with(csrf()))
        .andReturn().getResponse().getContentAsString();
    Matcher m = Pattern.compile("/documents/jobs/([0-9a-f-]{36})").matcher(fragment);
    assertThat(m.find()).as(fragment).isTrue();
    String job = m.group(1);
    MvcResult progress = null;
    for (int i = 0; i < 100; i++) {
      progress = mvc.perform(get("/documents/jobs/" + job).with(planner1)).andReturn();
      if (progress.getResponse().getHeader("HX-Redirect") != null) break;
      Thread.sleep(100);
    }
    assertThat(progress.getResponse().getHeader("HX-Redirect")).isEqualTo("/documents/jobs/" + job + "/file");
    byte[] docx = mvc.perform(get("/documents/jobs/" + job + "/file").with(planner1)).andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(docx, 0, 2)).isEqualTo("PK");
    assertThat(mvc.perform(get("/documents/jobs/" + job + "/file").with(httpBasic(t.member(Role.VIEWER).username(), TestData.PASSWORD)))
        .andReturn().getResponse().getStatus()).isEqualTo(404);
  }
}
