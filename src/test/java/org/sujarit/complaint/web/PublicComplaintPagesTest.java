package org.sujarit.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.Role;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Submission;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.internal.Views.ChannelSetup;
import org.sujarit.complaint.protection.MetadataStripperTest;

/** The public pages and API without an account: headers, validation that keeps what was typed, receipt, tracking, limits. */
@IntegrationTest
@Import(TestData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicComplaintPagesTest {
  static final Pattern RECEIPT = Pattern.compile("(\\d{4} ){4}\\d{4}");
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Complaints complaints;
  @Autowired Environment environment;
  TestData.Tenant tenant;
  String code;

  @BeforeAll
  void setUp() {
    tenant = data.tenant("pubcomplaint", "ขอนแก่น");
    code = tenant.organization().code();
    for (Channel c : Channel.values()) {
      complaints.configure(tenant.member(Role.ORG_ADMIN), tenant.organization().id(),
          new ChannelSetup(c, true, 15, List.of(tenant.member(Role.COMPLAINT_OFFICER).userId())));
    }
  }

  @Test
  void theCorruptionFormIsPublicUncachedReferrerFreeAndSelfContained() throws Exception {
    MockHttpServletResponse r = mvc.perform(get("/o/" + code + "/report-corruption")).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getHeader("Cache-Control")).isEqualTo("no-store");
    assertThat(r.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    String html = r.getContentAsString();
    assertThat(html).contains("แจ้งเบาะแสการทุจริตและประพฤติมิชอบ", "ไม่ต้องเปิดเผยชื่อ", "15 วัน", "name=\"_csrf\"")
        .doesNotContain("<script").doesNotContainPattern("(src|href)=\"(https?:)?//");
    assertThat(mvc.perform(get("/o/" + code + "/complaints/new")).andReturn().getResponse().getContentAsString())
        .contains("ร้องเรียน/ร้องทุกข์");
    assertThat(mvc.perform(get("/o/NOPE000/report-corruption")).andReturn().getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void problemsAreNamedAndWhatWasTypedStaysAsText() throws Exception {
    String html = mvc.perform(post("/o/" + code + "/report-corruption").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .param("anonymous", "true").param("details", "<script>alert(1)</script> เงินหาย").param("category", "BRIBERY"))
        .andReturn().getResponse().getContentAsString();
    assertThat(html).contains("กรุณาระบุเรื่องที่ร้องเรียนโดยย่อ", "กรุณายืนยันว่าได้อ่าน", "&lt;script&gt;alert(1)&lt;/script&gt; เงินหาย")
        .doesNotContain("<script>alert");
  }

  @Test
  void aCitizenFilesWithAPhotoGetsTheReceiptOnceAndTracksIt() throws Exception {
    MockMultipartFile photo = new MockMultipartFile("files", "IMG_2041.jpg", "image/jpeg", MetadataStripperTest.jpegWithMetadata("Somchai"));
    String html = mvc.perform(multipart("/o/" + code + "/report-corruption").file(photo).with(csrf()).param("anonymous", "true")
            .param("subject", "เรียกเงินค่าอนุญาต").param("details", "เจ้าหน้าที่เรียกเงิน 5,000 บาท").param("category", "BRIBERY")
            .param("consent", "true"))
        .andReturn().getResponse().getContentAsString();
    Matcher m = RECEIPT.matcher(html);
    assertThat(m.find()).as(html).isTrue();
    String receipt = m.group();
    assertThat(html).contains("กู้คืนไม่ได้", "ข้าพเจ้าบันทึกรหัสติดตามไว้แล้ว");

    MockHttpServletResponse file = mvc.perform(post("/o/" + code + "/complaints/receipt").with(csrf()).param("receipt", receipt)
        .param("channel", "CORRUPTION").param("receivedOn", "2026-01-05")).andReturn().getResponse();
    assertThat(file.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains(receipt, tenant.organization().name())
        .doesNotContain("เรียกเงิน");

    String tracked = mvc.perform(post("/o/" + code + "/complaints/track").with(csrf()).param("receipt", receipt))
        .andReturn().getResponse().getContentAsString();
    assertThat(tracked).contains("รับเรื่องแล้ว", "ท่านส่งไฟล์แล้ว 1 ไฟล์");
    String wrong = mvc.perform(post("/o/" + code + "/complaints/track").with(csrf()).param("receipt", "0000 0000 0000 0000 0000"))
        .andReturn().getResponse().getContentAsString();
    assertThat(wrong).contains("ไม่พบเรื่องของรหัสติดตามนี้");
  }

  @Test
  void theApiFilesTracksAndCounts() throws Exception {
    String org = tenant.organization().id().toString();
    MockHttpServletResponse created = mvc.perform(post("/api/public/organizations/" + org + "/complaints").contentType(MediaType.APPLICATION_JSON)
        .with(r -> { r.setRemoteAddr("192.0.2.77"); return r; })
        .content("{\"channel\":\"CORRUPTION\",\"anonymous\":true,\"subject\":\"ฮั้วประมูล\",\"details\":\"ผู้เสนอราคาทุกรายเป็นญาติกัน\"}"))
        .andReturn().getResponse();
    assertThat(created.getStatus()).isEqualTo(201);
    String receipt = created.getContentAsString().replaceAll(".*\"receipt\":\"(\\d{20})\".*", "$1");
    assertThat(receipt).hasSize(20);
    MockHttpServletResponse tracked = mvc.perform(post("/api/public/complaints/track").contentType(MediaType.APPLICATION_JSON)
        .content("{\"receipt\":\"" + receipt + "\"}")).andReturn().getResponse();
    assertThat(tracked.getStatus()).isEqualTo(200);
    assertThat(tracked.getContentAsString()).contains("\"status\":\"RECEIVED\"");
    assertThat(mvc.perform(post("/api/public/complaints/track").contentType(MediaType.APPLICATION_JSON).content("{\"receipt\":\"12345678901234567890\"}"))
        .andReturn().getResponse().getStatus()).isEqualTo(404);
    String stats = mvc.perform(get("/api/public/organizations/" + org + "/complaint-statistics")).andReturn().getResponse().getContentAsString();
    assertThat(stats).contains("\"received\":", "\"inProgress\":", "\"finished\":");
    String none = mvc.perform(get("/api/public/organizations/" + org + "/complaint-statistics?fiscalYear=2560")).andReturn().getResponse()
        .getContentAsString();
    assertThat(none).contains("\"none\":true", "ไม่มีเรื่องร้องเรียน");
  }

  @Test
  void scriptedSubmissionsFromOneAddressAreRefusedWith429() throws Exception {
    String org = tenant.organization().id().toString();
    int created = 0;
    int refused = 0;
    for (int i = 0; i < 20; i++) {
      int status = mvc.perform(post("/api/public/organizations/" + org + "/complaints").contentType(MediaType.APPLICATION_JSON)
          .with(r -> { r.setRemoteAddr("198.51.100.200"); return r; })
          .content("{\"channel\":\"GENERAL\",\"anonymous\":true,\"subject\":\"s\",\"details\":\"d\"}")).andReturn().getResponse().getStatus();
      if (status == 201) created++;
      if (status == 429) refused++;
    }
    assertThat(created).isEqualTo(5);
    assertThat(refused).isEqualTo(15);
  }

  static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
    return r -> {
      r.setRemoteAddr(address);
      return r;
    };
  }

  @Test
  void receiptGuessingIsRefusedWith429AfterThirtyLookUpsFromOneAddressOnTheApiAndThePage() throws Exception {
    for (int i = 0; i < 30; i++) {
      assertThat(mvc.perform(post("/api/public/complaints/track").with(from("192.0.2.150")).contentType(MediaType.APPLICATION_JSON)
          .content("{\"receipt\":\"1234567890123456789" + (i % 10) + "\"}")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
    MockHttpServletResponse api = mvc.perform(post("/api/public/complaints/track").with(from("192.0.2.150"))
        .contentType(MediaType.APPLICATION_JSON).content("{\"receipt\":\"12345678901234567890\"}")).andReturn().getResponse();
    assertThat(api.getStatus()).isEqualTo(429);
    assertThat(api.getHeader("Retry-After")).isEqualTo("3600");
    assertThat(api.getContentAsString()).contains("complaint.limit");

    for (int i = 0; i < 30; i++) {
      mvc.perform(post("/o/" + code + "/complaints/track").with(csrf()).with(from("192.0.2.151")).param("receipt", "1"));
    }
    MockHttpServletResponse page = mvc.perform(post("/o/" + code + "/complaints/track").with(csrf()).with(from("192.0.2.151"))
        .param("receipt", "1")).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(429);
    assertThat(page.getContentAsString()).contains("มากเกินไป");
  }

  @Test
  void aPageOfOneOrganizationDoesNotOpenTheReceiptOfAnother() throws Exception {
    TestData.Tenant other = data.tenant("pubother", "ขอนแก่น");
    complaints.configure(other.member(Role.ORG_ADMIN), other.organization().id(),
        new ChannelSetup(Channel.GENERAL, true, 15, List.of(other.member(Role.COMPLAINT_OFFICER).userId())));
    String receipt = complaints.submit(other.organization().id(), new org.sujarit.complaint.Submission(Channel.GENERAL, true, null, null,
        false, "ถนนเป็นหลุม", "ถนนหน้าวัดเป็นหลุมลึก", "", "", "", "", "ROADS", true), List.of(), "192.0.2.160").code();
    String here = mvc.perform(post("/o/" + code + "/complaints/track").with(csrf()).with(from("192.0.2.161")).param("receipt", receipt))
        .andReturn().getResponse().getContentAsString();
    assertThat(here).contains("ไม่พบเรื่องของรหัสติดตามนี้").doesNotContain("รับเรื่องแล้ว");
    assertThat(mvc.perform(post("/o/" + code + "/complaints/track/reply").with(csrf()).with(from("192.0.2.161")).param("receipt", receipt)
        .param("text", "เพิ่มเติม")).andReturn().getResponse().getContentAsString()).contains("ไม่พบเรื่องของรหัสติดตามนี้");
    assertThat(mvc.perform(post("/o/" + other.organization().code() + "/complaints/track").with(csrf()).with(from("192.0.2.161"))
        .param("receipt", receipt)).andReturn().getResponse().getContentAsString()).contains("รับเรื่องแล้ว");
    assertThat(mvc.perform(post("/api/public/complaints/track").with(from("192.0.2.161")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"receipt\":\"" + receipt + "\",\"organizationId\":\"" + tenant.organization().id() + "\"}"))
        .andReturn().getResponse().getStatus()).isEqualTo(404);
    assertThat(mvc.perform(post("/api/public/complaints/track").with(from("192.0.2.161")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"receipt\":\"" + receipt + "\",\"organizationId\":\"" + other.organization().id() + "\"}"))
        .andReturn().getResponse().getStatus()).isEqualTo(200);
  }

  @Test
  void aTamperedReceiptDownloadAnswers400InThai() throws Exception {
    for (String[] bad : List.of(new String[] {"CORRUPTION", "5 ม.ค. 2569"}, new String[] {"CORRUPTION", ""}, new String[] {"NOPE", "2026-01-05"})) {
      MockHttpServletResponse r = mvc.perform(post("/o/" + code + "/complaints/receipt").with(csrf()).param("receipt", "1234 5678 9012 3456 7890")
          .param("channel", bad[0]).param("receivedOn", bad[1])).andReturn().getResponse();
      assertThat(r.getStatus()).as(String.join(" ", bad)).isEqualTo(400);
      assertThat(r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("ข้อมูลในใบรับเรื่องไม่ถูกต้อง");
    }
  }

  /** Over the limit, a post is refused before its files are read; refused files count against the address. */
  @Test
  void theLimitIsCheckedBeforeAnyAttachmentIsReadAndBrokenFilesCountAgainstTheAddress() throws Exception {
    MockMultipartFile broken = new MockMultipartFile("files", "scan.pdf", "application/pdf", "%PDF-1.7 not really".getBytes());
    for (int i = 0; i < 5; i++) {
      MockHttpServletResponse r = mvc.perform(multipart("/o/" + code + "/complaints/new").file(broken).with(csrf()).with(from("192.0.2.170"))
          .param("anonymous", "true").param("subject", "ท่อแตก").param("details", "น้ำไหลนองถนน").param("category", "WATER")
          .param("consent", "true")).andReturn().getResponse();
      assertThat(r.getStatus()).isEqualTo(200);
      assertThat(r.getContentAsString()).contains("ท่อแตก").doesNotContainPattern(RECEIPT.pattern());
    }
    // the address spent its five attempts on broken files: even a post without files is refused now
    MockHttpServletResponse refused = mvc.perform(post("/o/" + code + "/complaints/new").with(csrf()).with(from("192.0.2.170"))
        .param("anonymous", "true").param("subject", "ท่อแตก").param("details", "น้ำไหลนองถนน").param("category", "WATER")
        .param("consent", "true")).andReturn().getResponse();
    assertThat(refused.getStatus()).isEqualTo(429);
    // and over the limit, a broken file gets the 429, not the file's own refusal: it was never opened
    MockHttpServletResponse unread = mvc.perform(multipart("/o/" + code + "/complaints/new").file(broken).with(csrf()).with(from("192.0.2.170"))
        .param("anonymous", "true").param("subject", "ท่อแตก").param("details", "น้ำไหลนองถนน").param("category", "WATER")
        .param("consent", "true")).andReturn().getResponse();
    assertThat(unread.getStatus()).isEqualTo(429);
  }

  @Test
  void aLegalFormAlwaysFitsTheRequestLimit() {
    long longestTexts = 4L * (Submission.MAX_SUBJECT + Submission.MAX_DETAILS + 6 * Submission.MAX_SHORT); // UTF-8 Thai: 3 bytes a letter
    long multipartOverhead = 64 * 1024;
    assertThat(Complaints.MAX_TOTAL_BYTES + longestTexts + multipartOverhead)
        .isLessThan(DataSize.parse(environment.getProperty("spring.servlet.multipart.max-request-size")).toBytes());
    assertThat((long) Complaints.MAX_FILE_BYTES).isLessThanOrEqualTo(DataSize.parse(environment.getProperty("spring.servlet.multipart.max-file-size")).toBytes());
    assertThat(Complaints.MAX_FILES * (long) Complaints.MAX_FILE_BYTES).as("five full files are refused by the total, in Thai")
        .isGreaterThan(Complaints.MAX_TOTAL_BYTES);
  }

  @Test
  void filesOverTheTotalAreRefusedInThaiAndTheTypedTextStays() throws Exception {
    byte[] seven = new byte[7 * 1024 * 1024];
    var post = multipart("/o/" + code + "/report-corruption").with(csrf()).param("anonymous", "true").param("subject", "รถขยะไม่มาเก็บ")
        .param("details", "รถขยะไม่มาเก็บสามสัปดาห์ ส่งภาพถ่ายมาด้วย").param("category", "MISCONDUCT").param("consent", "true");
    for (int i = 0; i < 3; i++) post.file(new MockMultipartFile("files", "p" + i + ".jpg", "image/jpeg", seven));
    MockHttpServletResponse r = mvc.perform(post).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentAsString()).contains("ไฟล์ที่แนบรวมกันต้องมีขนาดไม่เกิน 20 MB", "รถขยะไม่มาเก็บสามสัปดาห์ ส่งภาพถ่ายมาด้วย",
        "กรุณาเลือกไฟล์อีกครั้ง");
  }

  @Test
  void theApiNamesEveryInvalidFieldAtOnce() throws Exception {
    MockHttpServletResponse r = mvc.perform(post("/api/public/organizations/" + tenant.organization().id() + "/complaints")
        .contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"CORRUPTION\",\"anonymous\":false,\"subject\":\"\",\"category\":\"NOPE\"}"))
        .andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(422);
    String body = r.getContentAsString();
    assertThat(body).contains("\"code\":\"complaint.form.invalid\"", "\"field\":\"subject\"", "\"field\":\"details\"", "\"field\":\"name\"",
        "\"field\":\"category\"", "กรุณาระบุเรื่องที่ร้องเรียนโดยย่อ");
  }
}
