package org.sujarit.complaint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.sujarit.SignedIn.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.account.Accounts;
import org.sujarit.account.lookup.AccountLookup;
import org.sujarit.account.NewAccount;
import org.sujarit.audit.AuditTrail;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.ThaiDates;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Deadline;
import org.sujarit.complaint.Forwarding;
import org.sujarit.complaint.IntakeChannel;
import org.sujarit.complaint.Submission;
import org.sujarit.complaint.internal.Complaints.Action;
import org.sujarit.complaint.internal.Views.ChannelSetup;
import org.sujarit.complaint.internal.Views.Receipt;

/**
 * What officers and complainants are told, with a mail server (a fake one here): the morning reminder
 * of cases due soon and overdue, the note to a complainant who asked for updates, the notice to the
 * corruption channel's officers of a new reader; the list's deadline filters; and a channel whose
 * officers are gone closes itself.
 */
@IntegrationTest
@Import({TestData.class, OfficerNoticesTest.FakeMail.class})
class OfficerNoticesTest {
  static final String SECRET_SUBJECT = "ปลัดรับเงินจากผู้รับเหมา";
  static final String SECRET_DETAILS = "ผู้รับเหมาถนนสายบ้านหนองแวงจ่ายเงินสดสองแสนบาท";

  @TestConfiguration
  static class FakeMail {
    @Bean
    JavaMailSender fakeMailSender() {
      return Mockito.mock(JavaMailSender.class);
    }
  }

  @Autowired Complaints complaints;
  @Autowired DeadlineReminders reminders;
  @Autowired JavaMailSender sender;
  @Autowired TestData data;
  @Autowired Accounts accounts;
  @Autowired AccountLookup accountLookup;
  @Autowired AuditTrail audit;
  @Autowired MockMvc mvc;

  TestData.Tenant tenant;
  CurrentUser officer;
  CurrentUser admin;

  @BeforeEach
  void setUp() {
    Mockito.clearInvocations(sender);
    tenant = data.tenant("ntc" + UUID.randomUUID().toString().substring(0, 6), "ขอนแก่น");
    officer = tenant.member(Role.COMPLAINT_OFFICER);
    admin = tenant.member(Role.ORG_ADMIN);
    for (Channel c : Channel.values()) {
      complaints.configure(admin, tenant.organization().id(), new ChannelSetup(c, true, 15, List.of(officer.userId())));
    }
  }

  LocalDate today() {
    return LocalDate.now(ThaiDates.BANGKOK);
  }

  Submission corruption(boolean anonymous, String contact, boolean wantsUpdates) {
    return new Submission(Channel.CORRUPTION, anonymous, "นายผู้แจ้ง ลับ", contact, wantsUpdates, SECRET_SUBJECT, SECRET_DETAILS, "ปลัด",
        "", "", "กองช่าง", "BRIBERY", true);
  }

  Submission general(String subject) {
    return new Submission(Channel.GENERAL, true, null, null, false, subject, "ไฟถนนหน้าโรงเรียนดับ", "", "", "", "", "LIGHTING", true);
  }

  UUID register(Submission s, LocalDate receivedOn) {
    complaints.register(officer, tenant.organization().id(), s, IntakeChannel.LETTER, receivedOn, List.of());
    return complaints.list(officer, tenant.organization().id(), CaseFilter.ALL, 1).cases().stream()
        .filter(c -> c.receivedOn().equals(receivedOn) && c.channel() == s.channel()).findFirst().orElseThrow().id();
  }

  List<SimpleMailMessage> mailsTo(String address) {
    ArgumentCaptor<SimpleMailMessage> m = ArgumentCaptor.forClass(SimpleMailMessage.class);
    Mockito.verify(sender, Mockito.atLeast(0)).send(m.capture());
    return m.getAllValues().stream().filter(x -> List.of(x.getTo()).contains(address)).toList();
  }

  // ---- gap: reminders -------------------------------------------------------------------------

  @Test
  void eachOfficerIsMailedTheNumbersAndDueDatesOfTheirCasesDueSoonAndOverdueNeverTheirContent() {
    String address = "officer-" + UUID.randomUUID() + "@example.go.th";
    complaints.setOfficerMail(officer, tenant.organization().id(), address);
    String overdue = number(register(corruption(true, "", false), today().minusDays(16))); // due yesterday
    String dueSoon = number(register(general("ไฟทางดับ"), today().minusDays(13))); // due in two days
    register(general("ถนนชำรุด"), today().minusDays(2)); // on time: not listed
    CurrentUser unmailed = accounts.createBySystem(new NewAccount("nomail-" + UUID.randomUUID().toString().substring(0, 8), "ไม่มีอีเมล",
        TestData.PASSWORD, tenant.organization().id().value(), null, Set.of(Role.COMPLAINT_OFFICER), null)).asCurrentUser();
    complaints.configure(admin, tenant.organization().id(), new ChannelSetup(Channel.GENERAL, true, 15, List.of(officer.userId(), unmailed.userId())));
    Mockito.clearInvocations(sender);

    assertThat(reminders.remind(today())).isPositive();
    SimpleMailMessage m = mailsTo(address).stream().findFirst().orElseThrow();
    assertThat(mailsTo(address)).hasSize(1);
    assertThat(m.getSubject()).contains(tenant.organization().name(), "ใกล้ครบกำหนด 1 เรื่อง", "เกินกำหนด 1 เรื่อง");
    assertThat(m.getText()).contains("เรื่องที่ " + overdue + " ช่องทางทุจริต ครบกำหนด " + ThaiDates.longDate(today().minusDays(1)) + " (เกินกำหนด)",
            "เรื่องที่ " + dueSoon + " ช่องทางทั่วไป ครบกำหนด " + ThaiDates.longDate(today().plusDays(2)) + " (ใกล้ครบกำหนด)")
        .doesNotContain(SECRET_SUBJECT, SECRET_DETAILS, "ไฟทางดับ", "ถนนชำรุด", "BRIBERY", "LIGHTING");
    assertThat(m.getText().lines().filter(l -> l.startsWith("- "))).hasSize(2);
  }

  String number(UUID id) {
    return complaints.list(officer, tenant.organization().id(), CaseFilter.ALL, 1).cases().stream().filter(c -> c.id().equals(id))
        .findFirst().orElseThrow().number().toString();
  }

  @Test
  void theDailyJobRunsOnceADayAcrossNodes() {
    complaints.setOfficerMail(officer, tenant.organization().id(), "daily-" + UUID.randomUUID() + "@example.go.th");
    register(general("ท่อระบายน้ำอุดตัน"), today().minusDays(20));
    reminders.daily();
    int first = Mockito.mockingDetails(sender).getInvocations().size();
    reminders.daily(); // the day's slot is claimed: a second node (or a second run) sends nothing
    assertThat(Mockito.mockingDetails(sender).getInvocations()).hasSize(first);
  }

  @Test
  void anOfficerSetsOwnAddressAndABadOneIsRefusedInThai() throws Exception {
    assertThatThrownBy(() -> complaints.setOfficerMail(officer, tenant.organization().id(), "not-an-address"))
        .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("complaint.mail.invalid");
    assertThatThrownBy(() -> complaints.setOfficerMail(tenant.member(Role.ORG_ADMIN), tenant.organization().id(), "a@example.org"))
        .isInstanceOf(org.sujarit.access.AccessRefusedException.class);
    mvc.perform(post("/organizations/" + tenant.organization().id() + "/complaints/mail").with(csrf()).with(as(officer))
        .param("address", "me@example.go.th"));
    assertThat(complaints.officerMail(officer, tenant.organization().id())).contains("me@example.go.th");
    String html = mvc.perform(get("/organizations/" + tenant.organization().id() + "/complaints").with(as(officer)))
        .andReturn().getResponse().getContentAsString();
    assertThat(html).contains("value=\"me@example.go.th\"", "อีเมลแจ้งเตือนของท่าน").doesNotContain("ยังไม่ได้ตั้งค่าเซิร์ฟเวอร์อีเมล");
    complaints.setOfficerMail(officer, tenant.organization().id(), " ");
    assertThat(complaints.officerMail(officer, tenant.organization().id())).isEmpty();
  }

  // ---- gap: updates to the complainant --------------------------------------------------------

  @Test
  void aComplainantWhoAskedForUpdatesIsToldThereIsNewsWithoutContentOrReceipt() throws Exception {
    String address = "citizen-" + UUID.randomUUID() + "@example.com";
    Receipt receipt = complaints.submit(tenant.organization().id(), corruption(false, address, true), List.of(), "192.0.2.31");
    UUID id = complaints.list(officer, tenant.organization().id(), CaseFilter.ALL, 1).cases().get(0).id(); // the newest
    complaints.message(officer, id, "ขอทราบวันที่เกิดเหตุ " + SECRET_DETAILS);
    complaints.act(officer, id, new Action(Action.Kind.EXPLAIN_DELAY, null, "รอเอกสารจากกองคลัง", null, null, null));
    complaints.act(officer, id, new Action(Action.Kind.ACCEPT, null, null, null, null, null));
    assertThatThrownBy(() -> complaints.act(officer, id, new Action(Action.Kind.CLOSE, null, null, null, null, null)))
        .isInstanceOf(RuleViolation.class); // a refused step commits nothing and mails nothing
    complaints.act(officer, id, new Action(Action.Kind.INVESTIGATE, null, null, null, null, null));
    complaints.act(officer, id, new Action(Action.Kind.RESULT, null, "ลงโทษทางวินัย", null, null, null));
    complaints.act(officer, id, new Action(Action.Kind.CLOSE, null, null, null, null, null));

    List<SimpleMailMessage> mails = mailsTo(address);
    assertThat(mails).hasSize(6);
    for (SimpleMailMessage m : mails) {
      assertThat(m.getSubject() + m.getText()).contains(tenant.organization().name(), "ติดตามเรื่อง")
          .doesNotContain(receipt.code(), receipt.display(), SECRET_SUBJECT, SECRET_DETAILS, "รอเอกสาร", "ลงโทษ", "ทุจริต");
    }
    assertThat(complaints.view(officer, id).history()).extracting(Views.HistoryEntry::action).contains("COMPLAINANT_NOTIFIED");
    assertThat(mvc.perform(get("/complaints/" + id).with(as(officer))).andReturn().getResponse().getContentAsString())
        .contains("ส่งอีเมลแจ้งผู้ร้องเรียนว่ามีความคืบหน้า");
  }

  @Test
  void nobodyIsMailedWhoGaveNoAddressOrDidNotAskForUpdates() {
    complaints.submit(tenant.organization().id(), corruption(false, "0812345678", true), List.of(), "192.0.2.32");
    complaints.submit(tenant.organization().id(), corruption(false, "quiet@example.com", false), List.of(), "192.0.2.32");
    complaints.submit(tenant.organization().id(), corruption(true, "", false), List.of(), "192.0.2.32");
    for (Views.CaseSummary c : complaints.list(officer, tenant.organization().id(), CaseFilter.ALL, 1).cases()) {
      complaints.message(officer, c.id(), "ขอข้อมูลเพิ่มเติม");
      complaints.act(officer, c.id(), new Action(Action.Kind.ACCEPT, null, null, null, null, null));
    }
    Mockito.verify(sender, Mockito.never()).send(Mockito.any(SimpleMailMessage.class));
  }

  // ---- gap: the officers' list ----------------------------------------------------------------

  @Test
  void theListFiltersCasesDueSoonAndOverdueByDueDateAndCountsThem() throws Exception {
    UUID late = register(general("เกินกำหนดมาก"), today().minusDays(20));
    UUID lateLess = register(general("เกินกำหนดน้อย"), today().minusDays(16));
    UUID soon = register(general("ใกล้ครบ"), today().minusDays(12));
    register(general("ตามกำหนด"), today().minusDays(1));
    UUID answered = register(general("แจ้งผลแล้ว"), today().minusDays(25));
    complaints.act(officer, answered, new Action(Action.Kind.FORWARD, null, null, Forwarding.Body.DAMRONGDHAM_CENTRE, "", "ศดธ. 1/2569"));

    Views.CaseList overdue = complaints.list(officer, tenant.organization().id(), CaseFilter.OVERDUE, 1);
    assertThat(overdue.cases()).extracting(Views.CaseSummary::id).containsExactly(late, lateLess);
    assertThat(overdue.cases()).extracting(Views.CaseSummary::deadline).containsOnly(Deadline.State.OVERDUE);
    assertThat(complaints.list(officer, tenant.organization().id(), CaseFilter.DUE_SOON, 1).cases()).extracting(Views.CaseSummary::id)
        .containsExactly(soon);
    assertThat(overdue.overdue()).isEqualTo(2);
    assertThat(overdue.dueSoon()).isEqualTo(1);
    assertThat(overdue.total()).isEqualTo(2);
    assertThat(complaints.list(officer, tenant.organization().id(), CaseFilter.AWAITING, 1).cases()).extracting(Views.CaseSummary::dueOn)
        .hasSizeGreaterThanOrEqualTo(4).isSorted();

    String html = mvc.perform(get("/organizations/" + tenant.organization().id() + "/complaints").param("filter", "OVERDUE").with(as(officer)))
        .andReturn().getResponse().getContentAsString();
    assertThat(html).contains("เกินกำหนดมาก", "เกินกำหนดน้อย").doesNotContain("ใกล้ครบ<", "ตามกำหนด<", "แจ้งผลแล้ว<");
    assertThat(html.indexOf("เกินกำหนดมาก")).isLessThan(html.indexOf("เกินกำหนดน้อย"));
    assertThat(html).containsPattern("id=\"filter-overdue\"[^<]*<span>เกินกำหนด</span> <span[^>]*>2</span>")
        .containsPattern("id=\"filter-due-soon\"[^<]*<span>ใกล้ครบกำหนด</span> <span[^>]*>1</span>");
    assertThat(mvc.perform(get("/organizations/" + tenant.organization().id() + "/complaints").param("filter", "NOPE").with(as(officer)))
        .andReturn().getResponse().getStatus()).isEqualTo(400);
  }

  // ---- gap: a corruption case is read only by its officers, and only through a recorded view ---

  @Test
  void anOfficerOfTheGeneralChannelOnlyCannotOpenACorruptionCaseAndTheListHidesCorruptionSubjects() throws Exception {
    CurrentUser generalOnly = accounts.createBySystem(new NewAccount("gen-" + UUID.randomUUID().toString().substring(0, 8), "เจ้าหน้าที่ทั่วไป",
        TestData.PASSWORD, tenant.organization().id().value(), null, Set.of(Role.COMPLAINT_OFFICER), null)).asCurrentUser();
    complaints.configure(admin, tenant.organization().id(), new ChannelSetup(Channel.GENERAL, true, 15, List.of(officer.userId(), generalOnly.userId())));
    UUID corruptionCase = register(corruption(true, "", false), today());
    register(general("น้ำประปาไม่ไหล"), today());

    assertThat(mvc.perform(get("/complaints/" + corruptionCase).with(as(generalOnly))).andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(mvc.perform(get("/api/complaints/" + corruptionCase).with(as(generalOnly))).andReturn().getResponse().getStatus()).isEqualTo(403);
    String theirs = mvc.perform(get("/organizations/" + tenant.organization().id() + "/complaints").with(as(generalOnly)))
        .andReturn().getResponse().getContentAsString();
    assertThat(theirs).contains("น้ำประปาไม่ไหล").doesNotContain(corruptionCase.toString());

    String list = mvc.perform(get("/organizations/" + tenant.organization().id() + "/complaints").with(as(officer)))
        .andReturn().getResponse().getContentAsString();
    assertThat(list).contains("น้ำประปาไม่ไหล", corruptionCase.toString(), "การเปิดดูถูกบันทึก").doesNotContain(SECRET_SUBJECT);
    // the list read no subject, so recorded no view; each opening of the case is recorded (this one included)
    assertThat(complaints.view(officer, corruptionCase).history()).filteredOn(h -> h.action().equals("VIEWED")).hasSize(1);
    mvc.perform(get("/complaints/" + corruptionCase).with(as(officer)));
    assertThat(complaints.view(officer, corruptionCase).history()).filteredOn(h -> h.action().equals("VIEWED")).hasSize(3);
  }

  // ---- gap: staffing and new readers of the corruption channel --------------------------------

  @Test
  void aChannelWhoseOfficersAreGoneIsClosedForNowOnThePublicPageAndWarnedOnItsSetUp() throws Exception {
    String code = "/o/" + tenant.organization().code();
    assertThat(complaints.publicChannel(tenant.organization().id(), Channel.CORRUPTION).open()).isTrue();
    accounts.setEnabled(admin, officer.userId(), false);
    Views.PublicChannel closed = complaints.publicChannel(tenant.organization().id(), Channel.CORRUPTION);
    assertThat(closed.open()).isFalse();
    assertThat(closed.unstaffed()).isTrue();
    String form = mvc.perform(get(code + "/report-corruption")).andReturn().getResponse().getContentAsString();
    assertThat(form).contains("ปิดรับเรื่องชั่วคราว").doesNotContain("name=\"subject\"");
    String refused = mvc.perform(post(code + "/report-corruption").with(csrf()).param("anonymous", "true").param("subject", "s")
        .param("details", "d").param("category", "BRIBERY").param("consent", "true")).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("ปิดรับเรื่องชั่วคราว").doesNotContainPattern("(\\d{4} ){4}\\d{4}");
    assertThatThrownBy(() -> complaints.submit(tenant.organization().id(), corruption(true, "", false), List.of(), "192.0.2.40"))
        .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("complaint.channel.closed");
    String settings = mvc.perform(get("/organizations/" + tenant.organization().id() + "/complaints/settings").with(as(admin)))
        .andReturn().getResponse().getContentAsString();
    assertThat(settings).contains("ปิดรับเรื่องชั่วคราว", "บัญชีถูกระงับหรือไม่มีบทบาทแล้ว", officer.username());
    assertThatThrownBy(() -> complaints.configure(admin, tenant.organization().id(),
        new ChannelSetup(Channel.CORRUPTION, true, 15, List.of(officer.userId()))))
        .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("complaint.setup.no-officer");

    accounts.setEnabled(admin, officer.userId(), true);
    assertThat(complaints.publicChannel(tenant.organization().id(), Channel.CORRUPTION).open()).isTrue();
    accounts.changeRoles(admin, officer.userId(), Set.of(Role.VIEWER), null); // the role taken away: the same
    assertThat(complaints.publicChannel(tenant.organization().id(), Channel.GENERAL).unstaffed()).isTrue();
  }

  @Test
  void anAdministratorWhoMakesThemselvesAReaderOfTheCorruptionChannelIsSeenByItsOfficers() throws Exception {
    String address = "watch-" + UUID.randomUUID() + "@example.go.th";
    complaints.setOfficerMail(officer, tenant.organization().id(), address);
    // the ORG_ADMIN (often the ปลัด) gives themselves the officer role, then assigns themselves
    accounts.changeRoles(admin, admin.userId(), Set.of(Role.ORG_ADMIN, Role.COMPLAINT_OFFICER), null);
    CurrentUser adminOfficer = accountLookup.find(admin.userId()).orElseThrow().asCurrentUser();
    complaints.configure(adminOfficer, tenant.organization().id(),
        new ChannelSetup(Channel.CORRUPTION, true, 15, List.of(officer.userId(), admin.userId())));

    SimpleMailMessage m = mailsTo(address).stream().findFirst().orElseThrow();
    assertThat(m.getText()).contains(admin.username(), "ได้รับมอบหมายเป็นเจ้าหน้าที่", "เรื่องที่รับไว้ก่อนแล้ว");
    assertThat(audit.history("complaint-channel", Channel.CORRUPTION.name())).extracting(e -> e.action()).contains("officer-assigned");
    Views.CaseList seen = complaints.list(officer, tenant.organization().id(), CaseFilter.ALL, 1);
    assertThat(seen.notices()).singleElement().satisfies(n -> assertThat(n.officer()).contains(admin.username()));
    assertThat(complaints.list(adminOfficer, tenant.organization().id(), CaseFilter.ALL, 1).notices())
        .noneSatisfy(n -> assertThat(n.officer()).contains(admin.username()));
    String html = mvc.perform(get("/organizations/" + tenant.organization().id() + "/complaints").with(as(officer)))
        .andReturn().getResponse().getContentAsString();
    assertThat(html).contains("ได้รับมอบหมายเป็นเจ้าหน้าที่ช่องทางแจ้งเบาะแสการทุจริต");

    // saving the channel again (nobody new) tells nobody again
    Mockito.clearInvocations(sender);
    complaints.configure(adminOfficer, tenant.organization().id(),
        new ChannelSetup(Channel.CORRUPTION, true, 20, List.of(officer.userId(), admin.userId())));
    assertThat(mailsTo(address)).isEmpty();
  }
}
