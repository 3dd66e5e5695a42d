package org.sujarit.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.SignedIn;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Status;
import org.sujarit.complaint.internal.CaseFilter;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.internal.Views;
import org.sujarit.organization.OrganizationId;

/** The officer's register form and case actions read B.E. Thai and ISO dates; other text comes back with a Thai message. */
@IntegrationTest
@Import(TestData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintDateFormsMvcTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Complaints complaints;

  OrganizationId org;
  CurrentUser officer;

  CurrentUser planner;

  @BeforeAll
  void setUp() {
    TestData.Tenant t = data.tenant("cpldates", "ขอนแก่น");
    org = t.organization().id();
    officer = t.member(Role.COMPLAINT_OFFICER);
    planner = t.member(Role.PLANNER);
    complaints.configure(t.member(Role.ORG_ADMIN), org, new Views.ChannelSetup(Channel.GENERAL, true, 10, List.of(officer.userId())));
  }

  MockHttpServletResponse register(String subject, String receivedOn) throws Exception {
    return register(officer, subject, receivedOn);
  }

  MockHttpServletResponse register(CurrentUser as, String subject, String receivedOn) throws Exception {
    return mvc.perform(post("/organizations/" + org + "/complaints/register").with(SignedIn.as(as)).with(csrf())
        .param("channel", "GENERAL").param("intake", "IN_PERSON").param("anonymous", "true").param("category", "ROADS")
        .param("subject", subject).param("details", "ถนนหน้าโรงเรียนเป็นหลุมลึก").param("receivedOn", receivedOn)).andReturn().getResponse();
  }

  MockHttpServletResponse act(UUID id, String action, String on) throws Exception {
    return act(officer, id, action, on);
  }

  MockHttpServletResponse act(CurrentUser as, UUID id, String action, String on) throws Exception {
    return mvc.perform(post("/complaints/" + id + "/workflow").with(SignedIn.as(as)).with(csrf()).param("action", action).param("on", on))
        .andReturn().getResponse();
  }

  @Test
  void theRegisterFormTakesThaiAndIsoDatesAndKeepsGarbageTyped() throws Exception {
    String form = mvc.perform(get("/organizations/" + org + "/complaints/register").with(SignedIn.as(officer))).andReturn().getResponse()
        .getContentAsString();
    assertThat(form).contains("id=\"receivedOn\" name=\"receivedOn\" type=\"text\" class=\"thai-date\"").doesNotContain("type=\"date\"");

    assertThat(register("ถนนชำรุด หมู่ 1", "5 ม.ค. 2569").getStatus()).isEqualTo(200);
    assertThat(register("ถนนชำรุด หมู่ 2", "2026-01-06").getStatus()).isEqualTo(200);
    MockHttpServletResponse bad = register("ถนนชำรุด หมู่ 3", "เมื่อวาน");
    assertThat(bad.getStatus()).isEqualTo(200);
    assertThat(bad.getContentAsString()).contains("วันที่ &quot;เมื่อวาน&quot; ไม่ถูกต้อง").contains("id=\"receivedOn-error\"")
        .contains("value=\"เมื่อวาน\"").contains("value=\"ถนนชำรุด หมู่ 3\"").contains("ถนนหน้าโรงเรียนเป็นหลุมลึก");
    assertThat(complaints.list(officer, org, CaseFilter.ALL, 1).cases()).extracting(Views.CaseSummary::subject, Views.CaseSummary::receivedOn)
        .contains(tuple("ถนนชำรุด หมู่ 1", LocalDate.of(2026, 1, 5)),
            tuple("ถนนชำรุด หมู่ 2", LocalDate.of(2026, 1, 6)));
    assertThat(complaints.list(officer, org, CaseFilter.ALL, 1).cases()).extracting(Views.CaseSummary::subject).doesNotContain("ถนนชำรุด หมู่ 3");
  }

  @Test
  void aCaseActionTakesThaiAndIsoDatesAndKeepsGarbageTyped() throws Exception {
    register("ไฟถนนดับ", "05/01/2569");
    UUID id = complaints.list(officer, org, CaseFilter.ALL, 1).cases().stream().filter(c -> c.subject().equals("ไฟถนนดับ")).findFirst()
        .orElseThrow().id();
    String page = mvc.perform(get("/complaints/" + id).with(SignedIn.as(officer))).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("id=\"on-ACCEPT\"").contains("<label for=\"on-ACCEPT\"").doesNotContain("type=\"date\"");

    assertThat(act(id, "ACCEPT", "๖ ม.ค. ๒๕๖๙").getStatus()).isEqualTo(302);
    MockHttpServletResponse bad = act(id, "INVESTIGATE", "7 มค 2569x");
    assertThat(bad.getStatus()).isEqualTo(200);
    assertThat(bad.getContentAsString()).contains("วันที่ &quot;7 มค 2569x&quot; ไม่ถูกต้อง").contains("id=\"on-INVESTIGATE-error\"")
        .contains("value=\"7 มค 2569x\"");
    assertThat(complaints.view(officer, id).status()).isEqualTo(Status.ACCEPTED);
    assertThat(act(id, "INVESTIGATE", "2026-01-08").getStatus()).isEqualTo(302);
    Views.CaseView c = complaints.view(officer, id);
    assertThat(c.status()).isEqualTo(Status.UNDER_INVESTIGATION);
    assertThat(c.history()).extracting(Views.HistoryEntry::onDate)
        .contains(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 8));
  }

  /** The right is checked before the form is read: a member who handles no complaints is refused, not told the date is wrong. */
  @Test
  void aRoleWithoutTheRightIsRefusedBeforeItsDateIsRead() throws Exception {
    MockHttpServletResponse registered = register(planner, "ท่อระบายน้ำอุดตัน", "เมื่อวานซืน");
    assertThat(registered.getStatus()).isEqualTo(403);
    assertThat(registered.getContentAsString()).doesNotContain("เมื่อวานซืน");

    register("ท่อระบายน้ำแตก", "05/01/2569");
    UUID id = complaints.list(officer, org, CaseFilter.ALL, 1).cases().stream().filter(c -> c.subject().equals("ท่อระบายน้ำแตก")).findFirst()
        .orElseThrow().id();
    MockHttpServletResponse acted = act(planner, id, "ACCEPT", "เมื่อวานซืน");
    assertThat(acted.getStatus()).isEqualTo(403);
    assertThat(acted.getContentAsString()).doesNotContain("เมื่อวานซืน");
    assertThat(complaints.view(officer, id).status()).isEqualTo(Status.RECEIVED);
  }
}
