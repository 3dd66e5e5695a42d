package org.sujarit.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.sujarit.IntegrationTest;
import org.sujarit.SignedIn;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.IntakeChannel;
import org.sujarit.complaint.Submission;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.internal.Views.ChannelSetup;
import org.sujarit.monitoring.EvidenceFile;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;

/** The progress record of a mission 3.2 item shows the round's complaint figures and attaches them as a PDF on one click; other items do not. */
@IntegrationTest
@Import(TestData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintRecordEvidenceTest {
  static final ReportingRound ROUND = ReportingRound.of(2567, RoundKind.HALF_YEAR);
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Complaints complaints;
  @Autowired Progress progress;
  @Autowired org.sujarit.monitoring.EvidenceFiles evidenceFiles;
  @Autowired Plans plans;
  @Autowired Organizations organizations;
  TestData.Tenant tenant;
  Plan plan;
  PlanItem complaintItem;
  PlanItem otherItem;

  @BeforeAll
  void setUp() {
    tenant = data.tenant("crec", "ขอนแก่น");
    plan = new PublishedPlans(plans, organizations).publish(tenant, 3);
    complaintItem = plan.items().stream().filter(i -> i.missionCode().equals("3.2")).findFirst().orElseThrow();
    otherItem = plan.items().stream().filter(i -> i.missionCode().equals("1.1")).findFirst().orElseThrow();
    CurrentUser officer = tenant.member(Role.COMPLAINT_OFFICER);
    complaints.configure(tenant.member(Role.ORG_ADMIN), tenant.organization().id(), new ChannelSetup(Channel.CORRUPTION, true, 15, List.of(officer.userId())));
    for (LocalDate on : List.of(LocalDate.of(2023, 11, 2), LocalDate.of(2024, 2, 9), LocalDate.of(2024, 6, 1))) {
      complaints.register(officer, tenant.organization().id(), new Submission(Channel.CORRUPTION, true, null, null, false, "เรื่อง", "รายละเอียด",
          "", "", "", "", "BRIBERY", true), IntakeChannel.LETTER, on, List.of());
    }
  }

  private String itemPath(PlanItem item) {
    return "/plans/" + plan.id() + "/progress/2567/HALF_YEAR/items/" + item.id();
  }

  @Test
  void theComplaintItemShowsTheRoundsFiguresAndOtherItemsDoNot() throws Exception {
    String html = mvc.perform(get(itemPath(complaintItem)).with(SignedIn.as(tenant.member(Role.UNIT_OFFICER))))
        .andReturn().getResponse().getContentAsString();
    assertThat(html).contains("id=\"offered-complaint-statistics\"", "สถิติเรื่องร้องเรียนของรอบ 6 เดือน", "แนบตัวเลขนี้เป็นไฟล์หลักฐาน (PDF)");
    // October–March of 2567: two of the three cases
    assertThat(html.substring(html.indexOf("offered-complaint-statistics"))).containsPattern("รับเรื่อง</dt><dd>2</dd>");
    assertThat(mvc.perform(get(itemPath(otherItem)).with(SignedIn.as(tenant.member(Role.PLANNER)))).andReturn().getResponse()
        .getContentAsString()).doesNotContain("offered-complaint-statistics");
  }

  @Test
  void oneClickAttachesTheSixMonthReportAsAnEvidenceFile() throws Exception {
    MvcResult r = mvc.perform(post(itemPath(complaintItem) + "/evidence/offered").param("kind", "complaint.statistics").with(csrf())
        .with(SignedIn.as(tenant.member(Role.PLANNER)))).andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(302);
    assertThat(r.getFlashMap().get("flash")).asString().contains("สถิติเรื่องร้องเรียน-6เดือน-2567.pdf");
    List<EvidenceFile> files = progress.item(tenant.member(Role.PLANNER), plan.id(), ROUND, complaintItem.id()).evidence();
    assertThat(files).extracting(EvidenceFile::fileName).contains("สถิติเรื่องร้องเรียน-6เดือน-2567.pdf");
    EvidenceFile f = files.stream().filter(e -> e.fileName().endsWith("2567.pdf")).findFirst().orElseThrow();
    try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(evidenceFiles.get(tenant.member(Role.PLANNER), f.id()).content()))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("รวม 2 เรื่อง", "รอบ 6 เดือน");
    }

    MvcResult refused = mvc.perform(post(itemPath(otherItem) + "/evidence/offered").param("kind", "complaint.statistics").with(csrf())
        .with(SignedIn.as(tenant.member(Role.PLANNER)))).andReturn();
    assertThat(refused.getFlashMap().get("flashError")).asString().contains("ไม่มีหลักฐานชนิดนี้");
    assertThat(progress.item(tenant.member(Role.PLANNER), plan.id(), ROUND, otherItem.id()).evidence()).isEmpty();
  }
}
