package org.sujarit.importer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.Role;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;

/** A planner uploads an old plan, reviews and corrects what was read, and gets a draft plan. */
@IntegrationTest
@Import(TestData.class)
class ImportWebTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Plans plans;
  TestData.Tenant tenant;
  RequestPostProcessor planner;
  MockHttpSession session;

  @BeforeEach
  void setUp() {
    tenant = data.tenant("i" + System.nanoTime() % 1000000, "ขอนแก่น");
    planner = httpBasic(tenant.member(Role.PLANNER).username(), TestData.PASSWORD);
    session = new MockHttpSession();
  }

  private String upload(String name, byte[] content) throws Exception {
    return mvc.perform(multipart("/organizations/" + tenant.organization().id() + "/import")
            .file(new MockMultipartFile("file", name, "text/plain", content)).with(planner).with(csrf()).session(session))
        .andReturn().getResponse().getRedirectedUrl();
  }

  @Test
  void uploadsReviewsCorrectsAndCreatesADraft() throws Exception {
    String review = upload("old-plan.txt", Files.readAllBytes(Path.of("src/test/resources/importer/clean-plan.txt")));
    assertThat(review).startsWith("/imports/");
    String page = mvc.perform(get(review).with(planner).session(session)).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("โครงการอบรมคุณธรรมจริยธรรมบุคลากร", "10,000", "มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม")
        .contains("องค์การบริหารส่วนตำบลทดสอบดี") // the document names another organization: the page says so
        .contains("(เอกสาร 10,000)"); // stated totals beside the computed ones

    // a budget that is not an amount is refused and nothing typed is lost
    var bad = post(review).with(planner).with(csrf()).session(session).param("action", "save");
    fill(bad, "abc");
    String again = mvc.perform(bad).andReturn().getResponse().getContentAsString();
    assertThat(again).contains("ไม่ใช่จำนวนเงิน", "value=\"abc\"", "ชื่อที่แก้แล้ว");

    var good = post(review).with(planner).with(csrf()).session(session).param("action", "create");
    fill(good, "๑,๕๐๐");
    String planUrl = mvc.perform(good).andReturn().getResponse().getRedirectedUrl();
    assertThat(planUrl).startsWith("/plans/");
    Plan plan = plans.get(tenant.member(Role.PLANNER), org.sujarit.plan.PlanId.of(planUrl.substring("/plans/".length())));
    PlanItem first = plan.items().get(0);
    assertThat(first.name()).isEqualTo("ชื่อที่แก้แล้ว");
    assertThat(first.budget().in(FiscalYear.of(2566))).contains(Baht.of(1500));
    assertThat(plan.items()).hasSize(3);
    assertThat(first.responsibleUnits()).isNotEmpty();
  }

  @Test
  void aPdfIsUploadedAndReviewed() throws Exception {
    var plan = org.sujarit.importer.pipeline.PlanImporter.withBuiltInFrameworks()
        .read("clean-plan.txt", Files.readAllBytes(Path.of("src/test/resources/importer/clean-plan.txt"))).plan();
    byte[] pdf = new org.sujarit.document.PlanDocuments().render(plan, org.sujarit.document.DocumentFormat.PDF,
        org.sujarit.document.RenderOptions.issuedOn(java.time.LocalDate.of(2025, 10, 1)));
    String review = mvc.perform(multipart("/organizations/" + tenant.organization().id() + "/import")
            .file(new MockMultipartFile("file", "plan.pdf", "application/pdf", pdf)).with(planner).with(csrf()).session(session))
        .andReturn().getResponse().getRedirectedUrl();
    assertThat(review).startsWith("/imports/");
    String page = mvc.perform(get(review).with(planner).session(session)).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("โครงการอบรมคุณธรรมจริยธรรมบุคลากร", "10,000", "PDF");
  }

  @Test
  void somethingThatIsNotAPlanIsRefusedInThai() throws Exception {
    String page = mvc.perform(multipart("/organizations/" + tenant.organization().id() + "/import")
            .file(new MockMultipartFile("file", "x.docx", "application/octet-stream", new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
            .with(planner).with(csrf()).session(session))
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("alert error").contains("ไม่ใช่");
  }

  @Test
  void aViewerCannotImport() throws Exception {
    int status = mvc.perform(multipart("/organizations/" + tenant.organization().id() + "/import")
            .file(new MockMultipartFile("file", "a.txt", "text/plain", "x".getBytes()))
            .with(httpBasic(tenant.member(Role.VIEWER).username(), TestData.PASSWORD)).with(csrf()))
        .andReturn().getResponse().getStatus();
    assertThat(status).isEqualTo(403);
  }

  /** The three items of clean-plan.txt, the first renamed and its 2566 budget typed as {@code firstBudget}. */
  static void fill(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r, String firstBudget) {
    String[][] rows = {
        {"1.1", "1", "PROJECT", "ชื่อที่แก้แล้ว", "สำนักปลัด", firstBudget},
        {"1.2", "2", "MEASURE", "มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม", "สำนักปลัด", "-"},
        {"2.1", "3", "ACTIVITY", "กิจกรรมเผยแพร่ข้อมูลข่าวสารการจัดซื้อจัดจ้าง", "กองคลัง", "-"}};
    for (String[] row : rows) {
      r.param("mission", row[0]).param("seq", row[1]).param("kind", row[2]).param("name", row[3]).param("responsible", row[4])
          .param("line", "").param("budget2566", row[5]);
      for (int y = 2567; y <= 2570; y++) r.param("budget" + y, "10,000");
    }
  }
}
