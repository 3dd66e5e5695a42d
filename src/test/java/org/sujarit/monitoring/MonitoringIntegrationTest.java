package org.sujarit.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.AccessRefusedException;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Role;
import org.sujarit.audit.AuditTrail;
import org.sujarit.common.RuleViolation;
import org.sujarit.monitoring.settings.ReportingSettings;
import org.sujarit.monitoring.settings.ReportingSettingsRepository;
import org.sujarit.monitoring.web.ProgressForm;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;

/** Monitoring through the web layer and services on a real database: rights, bad input, the round, the reports. */
@IntegrationTest
@Import(TestData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringIntegrationTest {
  static final ReportingRound HALF = ReportingRound.of(2567, RoundKind.HALF_YEAR);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Plans plans;
  @Autowired Organizations organizations;
  @Autowired Progress progress;
  @Autowired ReportingSettings settings;
  @Autowired MonitoringReports reports;
  @Autowired AuditTrail audit;

  TestData.Tenant tenant;
  TestData.Tenant other;
  Plan plan;
  PlanItem own;
  PlanItem works;

  @BeforeAll
  void setUp() {
    tenant = data.tenant("mon", "ขอนแก่น");
    other = data.tenant("mox", "ขอนแก่น");
    plan = new PublishedPlans(plans, organizations).publish(tenant, 6);
    own = plan.items().stream().filter(i -> i.responsibleUnits().contains(tenant.unit().id())).findFirst().orElseThrow();
    works = plan.items().stream().filter(i -> !i.responsibleUnits().contains(tenant.unit().id())).findFirst().orElseThrow();
  }

  String itemPath(PlanItem item) {
    return "/plans/" + plan.id() + "/progress/2567/HALF_YEAR/items/" + item.id();
  }

  static RequestPostProcessor as(CurrentUser user) {
    CurrentUsers.CurrentUserHolder principal = () -> user;
    return authentication(new UsernamePasswordAuthenticationToken(principal, null, List.of()));
  }

  @Test
  void aUnitOfficerReportsOnlyOnTheirOwnUnitsItems() throws Exception {
    CurrentUser officer = tenant.member(Role.UNIT_OFFICER);
    mvc.perform(post(itemPath(own)).with(as(officer)).with(csrf()).param("status", "IN_PROGRESS").param("done", "จัดอบรมแล้ว 1 ครั้ง"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post(itemPath(works)).with(as(officer)).with(csrf()).param("status", "IN_PROGRESS"))
        .andExpect(status().isForbidden());
    mvc.perform(post(itemPath(own)).with(as(other.member(Role.UNIT_OFFICER))).with(csrf()).param("status", "IN_PROGRESS"))
        .andExpect(status().isForbidden());
    mvc.perform(multipart(itemPath(works) + "/evidence").file(new MockMultipartFile("file", "a.png", "image/png", PNG))
        .with(as(officer)).with(csrf())).andExpect(status().isForbidden());
    // the planner reports on any item
    mvc.perform(post(itemPath(works)).with(as(tenant.member(Role.PLANNER))).with(csrf()).param("status", "NOT_STARTED"))
        .andExpect(status().is3xxRedirection());
    // readers see the item page without the form
    mvc.perform(get(itemPath(own)).with(as(tenant.member(Role.VIEWER)))).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"progress-form\""))));
  }

  @Test
  void theHistoryAndTheEvidenceNameThePeopleNotTheirUserNames() throws Exception {
    CurrentUser officer = tenant.member(Role.UNIT_OFFICER);
    mvc.perform(post(itemPath(own)).with(as(officer)).with(csrf()).param("status", "IN_PROGRESS").param("done", "ประชุมชี้แจงแล้ว"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(multipart(itemPath(own) + "/evidence").file(new MockMultipartFile("file", "ภาพประชุม.png", "image/png", PNG))
        .with(as(officer)).with(csrf())).andExpect(status().is3xxRedirection());
    String page = mvc.perform(get(itemPath(own)).with(as(tenant.member(Role.VIEWER)))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    String name = officer.displayName();
    assertThat(name).isNotEqualTo(officer.username());
    assertThat(page).as("history row").contains(">" + name + " · ")
        .as("evidence uploader").contains("KB · " + name + " · ")
        .as("latest version").containsPattern("ฉบับที่ [0-9๐-๙]+ [^<]*" + java.util.regex.Pattern.quote(name))
        .doesNotContain(">" + officer.username() + " · ").doesNotContain("KB · " + officer.username() + " · ");
  }

  @Test
  void badSpentBudgetIsRefusedWithAThaiMessageAndTheFormKeepsEverything() throws Exception {
    String page = mvc.perform(post(itemPath(own)).with(as(tenant.member(Role.UNIT_OFFICER))).with(csrf())
            .param("status", "DONE").param("done", "อบรมเจ้าหน้าที่ 45 คน").param("spent", "-1,500").param("problems", "ฝนตกหนัก"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("จำนวนเงินต้องไม่ติดลบ").contains("อบรมเจ้าหน้าที่ 45 คน").contains("ฝนตกหนัก").contains("value=\"-1,500\"");
    String garbage = mvc.perform(post(itemPath(own)).with(as(tenant.member(Role.UNIT_OFFICER))).with(csrf())
            .param("status", "DONE").param("done", "ทำแล้ว").param("spent", "สองพัน"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(garbage).contains("ทำแล้ว").contains("value=\"สองพัน\"").contains("class=\"alert error\"");
    mvc.perform(put("/api/plans/" + plan.id() + "/progress/2567/HALF_YEAR/items/" + own.id()).with(as(tenant.member(Role.PLANNER)))
            .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"record\":{\"status\":\"DONE\",\"done\":\"x\",\"spent\":\"abc\"}}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("spent"));
  }

  @Test
  void evidenceIsCheckedByContentAndRefusalsAreExplainedInThai() throws Exception {
    CurrentUser officer = tenant.member(Role.UNIT_OFFICER);
    String refused = mvc.perform(multipart(itemPath(own) + "/evidence").file(new MockMultipartFile("file", "รูปกิจกรรม.jpg", "image/jpeg",
            "%PDF-1.4 not a photo".getBytes())).header("HX-Request", "true").with(as(officer)).with(csrf()))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused).contains("ไม่ตรงกับนามสกุลไฟล์");
    mvc.perform(multipart(itemPath(own) + "/evidence").file(new MockMultipartFile("file", "setup.exe", "application/octet-stream", PNG))
            .header("HX-Request", "true").with(as(officer)).with(csrf()))
        .andExpect(status().isUnprocessableContent()).andExpect(content().string(org.hamcrest.Matchers.containsString("ไม่รับไฟล์")));
    String ok = mvc.perform(multipart(itemPath(own) + "/evidence").file(new MockMultipartFile("file", "ภาพถ่าย.png", "image/png", PNG))
            .header("HX-Request", "true").with(as(officer)).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(ok).contains("ภาพถ่าย.png").contains("เพิ่มไฟล์หลักฐานแล้ว");
    EvidenceFile f = progress.item(officer, plan.id(), HALF, own.id()).evidence().get(0);
    byte[] body = mvc.perform(get("/evidence/" + f.id()).with(as(tenant.member(Role.VIEWER)))).andExpect(status().isOk())
        .andExpect(content().contentType("image/png")).andReturn().getResponse().getContentAsByteArray();
    assertThat(body).isEqualTo(PNG);
    mvc.perform(get("/evidence/" + f.id()).with(as(other.member(Role.VIEWER)))).andExpect(status().isForbidden());
  }

  @Test
  void theRoundRunsFromReportToAcknowledgementAndCorrectionsAreNewVersionsInTheAuditTrail() {
    TestData.Tenant t = data.tenant("rnd", "ขอนแก่น");
    Plan p = new PublishedPlans(plans, organizations).publish(t, 2);
    PlanItem item = p.items().stream().filter(i -> i.responsibleUnits().contains(t.unit().id())).findFirst().orElseThrow();
    CurrentUser officer = t.member(Role.UNIT_OFFICER), planner = t.member(Role.PLANNER), executive = t.member(Role.EXECUTIVE);
    ProgressForm form = new ProgressForm("DONE", "อบรมแล้ว", "2023-11-01", "2023-11-02", "8,000", List.of("90"), "งบน้อย", "เพิ่มงบ",
        null, null);
    progress.save(officer, p.id(), HALF, item.id(), form.toEntry(), null, true);
    assertThatThrownBy(() -> progress.acknowledge(executive, p.id(), HALF, null))
        .hasFieldOrPropertyWithValue("messageKey", "monitoring.acknowledge.pending");
    assertThatThrownBy(() -> progress.accept(officer, p.id(), HALF, item.id())).isInstanceOf(AccessRefusedException.class);
    progress.returnRecord(planner, p.id(), HALF, item.id(), "แนบรูปด้วย");
    progress.save(officer, p.id(), HALF, item.id(), form.toEntry(), null, true);
    progress.accept(planner, p.id(), HALF, item.id());
    assertThatThrownBy(() -> progress.acknowledge(planner, p.id(), HALF, null)).isInstanceOf(AccessRefusedException.class);
    RoundState closed = progress.acknowledge(executive, p.id(), HALF, "ทราบ");
    assertThat(closed.acknowledgedName()).isEqualTo(executive.displayName());

    assertThatThrownBy(() -> progress.save(officer, p.id(), HALF, item.id(), form.toEntry(), null, false))
        .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageKey", "monitoring.round.closed")
        .satisfies(e -> assertThat(((RuleViolation) e).args()[0]).isEqualTo(executive.username()));
    ProgressRecord corrected = progress.save(planner, p.id(), HALF, item.id(),
        new ProgressForm("DONE", "อบรมแล้ว", null, null, "7,500", List.of(), null, null, null, null).toEntry(), "ยอดเบิกจ่ายจริง 7,500", false);
    assertThat(corrected.version()).isEqualTo(3);
    assertThat(corrected.review()).isEqualTo(ReviewStatus.ACCEPTED);
    Progress.Board board = progress.board(planner, p.id(), HALF);
    assertThat(board.figures().budget().spent().format()).isEqualTo("7,500");
    assertThat(progress.item(planner, p.id(), HALF, item.id()).history()).extracting(ProgressRecord::version).containsExactly(1, 2, 3);
    assertThat(audit.history("progress", p.id() + "/" + HALF + "/" + item.id()))
        .extracting(a -> a.action()).containsExactly("save", "return", "save", "accept", "correct");
    assertThat(audit.history("progress-round", p.id() + "/" + HALF)).extracting(a -> a.action()).containsExactly("acknowledge");
  }

  @Test
  void theReportsAreGeneratedAsPdfAndWordWithTheFiguresAndCharts() throws Exception {
    CurrentUser planner = tenant.member(Role.PLANNER);
    progress.save(planner, plan.id(), ReportingRound.of(2567, RoundKind.FULL_YEAR), own.id(),
        new ProgressForm("DONE", "จัดอบรมคุณธรรมจริยธรรมแก่พนักงาน 45 คน", null, null, "12,500", List.of("92"), "ผู้เข้าร่วมไม่ครบ",
            "จัดช่วงเช้า", null, null).toEntry(), null, true);
    String base = "/plans/" + plan.id() + "/progress/2567/FULL_YEAR";
    byte[] pdf = mvc.perform(get(base + "/report.pdf").with(as(tenant.member(Role.VIEWER)))).andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("รายงานผลการดำเนินงาน").contains("12,500").contains("คะแนนการประเมิน ITA").contains("ผู้เข้าร่วมไม่ครบ");
    }
    Path previews = Path.of("target/report-previews");
    Files.createDirectories(previews);
    Files.write(previews.resolve("monitoring-annual.pdf"), pdf);
    byte[] docx = mvc.perform(get(base + "/report.docx").with(as(tenant.member(Role.VIEWER)))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      assertThat(words.getText()).contains("รายงานผลการดำเนินงาน").contains("12,500").contains("จัดช่วงเช้า");
      assertThat(doc.getAllPictures()).hasSize(3);
    }
    // the report shares the writer: it carries the document font (zip entry names are plain text)
    assertThat(new String(docx, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("word/fonts/font1.odttf", "word/fontTable.xml");
    Files.write(previews.resolve("monitoring-annual.docx"), docx);
    byte[] png = mvc.perform(get(base + "/charts/dimensions.png").with(as(tenant.member(Role.VIEWER)))).andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.IMAGE_PNG)).andReturn().getResponse().getContentAsByteArray();
    assertThat(png).startsWith(PNG[0], PNG[1], PNG[2], PNG[3]);
    mvc.perform(get(base + "/charts/nonsense.png").with(as(tenant.member(Role.VIEWER)))).andExpect(status().isNotFound());
  }

  @Autowired Reminders reminders;
  @Autowired org.sujarit.database.ScheduledRuns runs;

  @Test
  void unitsAreMailedTheirUnreportedItemsOnlyWhenAMailServerIsConfigured() {
    settings.setContact(tenant.member(Role.PLANNER), tenant.organization().id(), tenant.unit().id(), "finance@example.org");
    LocalDate weekBefore = LocalDate.of(2024, 4, 8);
    assertThat(reminders.remind(weekBefore)).isZero(); // no spring.mail.host in tests: no sender, no error
    JavaMailSender sender = org.mockito.Mockito.mock(JavaMailSender.class);
    ObjectProvider<JavaMailSender> provider = new org.springframework.beans.factory.support.StaticListableBeanFactory(
        java.util.Map.of("mail", sender)).getBeanProvider(JavaMailSender.class);
    Reminders withMail = new Reminders(new org.sujarit.mail.Mailer(provider), repository, progress, plans, messageSource, java.time.Clock.systemUTC(),
        java.util.Set.of(7), "sujarit@example.org", runs);
    assertThat(withMail.remind(weekBefore)).isPositive();
    org.mockito.ArgumentCaptor<SimpleMailMessage> mail = org.mockito.ArgumentCaptor.forClass(SimpleMailMessage.class);
    org.mockito.Mockito.verify(sender, org.mockito.Mockito.atLeastOnce()).send(mail.capture());
    SimpleMailMessage m = mail.getAllValues().stream().filter(x -> x.getTo()[0].equals("finance@example.org")).findFirst().orElseThrow();
    assertThat(m.getSubject()).contains("รอบ 6 เดือน").contains("2567");
    assertThat(m.getText()).contains("กองคลัง").contains("15 เมษายน 2567").contains("- โครงการส่งเสริมคุณธรรม");
    assertThat(withMail.remind(LocalDate.of(2024, 4, 9))).isZero();
  }

  @Autowired ReportingSettingsRepository repository;
  @Autowired org.springframework.context.MessageSource messageSource;

  @Test
  void thePagesSpeakEnglishToo() throws Exception {
    mvc.perform(get("/plans/" + plan.id() + "/progress/2567/FULL_YEAR").param("lang", "en").with(as(tenant.member(Role.VIEWER))))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Progress, 12-month round")));
  }

  @Test
  void theApiGivesTheFiguresOfARound() throws Exception {
    mvc.perform(get("/api/plans/" + plan.id() + "/progress/2567/HALF_YEAR").with(as(tenant.member(Role.VIEWER))))
        .andExpect(status().isOk()).andExpect(jsonPath("$.figures.items").value(6))
        .andExpect(jsonPath("$.dueDate").value("2024-04-15"));
    mvc.perform(get("/api/plans/" + plan.id() + "/progress/2560/HALF_YEAR").with(as(tenant.member(Role.VIEWER))))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void spendingOnAnItemWithNoPlannedBudgetIsWarnedAbout() {
    TestData.Tenant t = data.tenant("mnnobudget", "ขอนแก่น");
    CurrentUser planner = t.member(Role.PLANNER);
    Plan plan = new PublishedPlans(plans, organizations).publish(t, 1);
    var item = plan.items().get(0);
    ReportingRound noBudget = ReportingRound.of(2568, RoundKind.HALF_YEAR); // the item states a budget for 2567 only
    progress.save(planner, plan.id(), noBudget, item.id(), new ProgressForm("IN_PROGRESS", "เริ่มแล้ว", null, null, "500", List.of(), null,
        null, null, null).toEntry(), null, true);
    assertThat(progress.item(planner, plan.id(), noBudget, item.id()).spendingWarning()).isEqualTo("monitoring.warning.spentWithoutBudget");
    progress.save(planner, plan.id(), HALF, item.id(), new ProgressForm("IN_PROGRESS", "เริ่มแล้ว", null, null, "1,000", List.of(), null,
        null, null, null).toEntry(), null, true);
    assertThat(progress.item(planner, plan.id(), HALF, item.id()).spendingWarning()).as("within the 10,000 planned").isNull();
  }
}
