package org.sujarit.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
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
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.OrganizationId;
import org.sujarit.risk.Measure;
import org.sujarit.risk.Risk;
import org.sujarit.risk.RiskArea;
import org.sujarit.risk.RiskAssessment;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskFactor;
import org.sujarit.risk.RiskMatrices;
import org.sujarit.risk.TrafficLight;
import org.sujarit.risk.nogift.Gift;
import org.sujarit.risk.nogift.NoGift;

/** The risk measure, gift and No Gift policy forms read B.E. Thai and ISO dates; other text comes back with a Thai message. */
@IntegrationTest
@Import(TestData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThaiDateFormsMvcTest {
  static final String BAD = "สามสิบกุมภา";
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired RiskAssessments assessments;
  @Autowired NoGift noGift;

  TestData.Tenant t;
  OrganizationId org;
  CurrentUser auditor;

  @BeforeAll
  void setUp() {
    t = data.tenant("thdform", "ขอนแก่น");
    org = t.organization().id();
    auditor = t.member(Role.AUDITOR);
  }

  @Test
  void aMeasureTakesThaiAndIsoDatesAndKeepsGarbageTyped() throws Exception {
    FiscalYear y = FiscalYear.of(2570);
    RiskAssessment a = assessments.start(auditor, org, y, RiskMatrices.NACC_3X3, RiskAssessments.Start.EMPTY);
    Risk risk = Risk.identified(RiskArea.BUDGET, null, "แบ่งซื้อแบ่งจ้าง", RiskFactor.KNOWN, null, TrafficLight.YELLOW);
    a = assessments.addRisk(auditor, org, y, a.revision(), risk);
    String url = "/organizations/" + org + "/risk/2570/risks/" + risk.id();

    MvcResult ok = mvc.perform(post(url + "/measures").with(SignedIn.as(auditor)).with(csrf()).param("revision", Long.toString(a.revision()))
        .param("text", "หมุนเวียนเจ้าหน้าที่").param("startsOn", "15 ม.ค. 2570").param("endsOn", "2027-03-31")).andReturn();
    assertThat(ok.getFlashMap().get("flash")).isNotNull();
    a = assessments.view(auditor, org, y).assessment();
    Measure m = a.risk(risk.id()).measures().get(0);
    assertThat(m.startsOn()).isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(m.endsOn()).isEqualTo(LocalDate.of(2027, 3, 31));
    String page = mvc.perform(get(url).with(SignedIn.as(auditor))).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("class=\"thai-date\"").contains("เช่น 6 ธ.ค. 2569").doesNotContain("type=\"date\"");

    MvcResult bad = mvc.perform(post(url + "/measures").with(SignedIn.as(auditor)).with(csrf()).param("revision", Long.toString(a.revision()))
        .param("text", "ประกาศช่องทางร้องเรียน").param("startsOn", BAD).param("endsOn", "31/03/2570")).andReturn();
    assertThat(bad.getResponse().getStatus()).isEqualTo(302);
    assertThat((String) bad.getFlashMap().get("flashError")).isEqualTo("วันที่ \"" + BAD + "\" ไม่ถูกต้อง");
    String again = mvc.perform(get(url).with(SignedIn.as(auditor)).flashAttrs(bad.getFlashMap())).andReturn().getResponse().getContentAsString();
    assertThat(again).contains("ประกาศช่องทางร้องเรียน").contains("value=\"" + BAD + "\"").contains("value=\"31/03/2570\"")
        .contains("id=\"startsOn-error\"").contains("aria-invalid=\"true\"");
    assertThat(assessments.view(auditor, org, y).assessment().risk(risk.id()).measures()).hasSize(1);
  }

  @Test
  void aGiftTakesThaiAndIsoDatesAndKeepsGarbageTyped() throws Exception {
    CurrentUser staff = t.member(Role.VIEWER);
    String url = "/organizations/" + org + "/no-gift/2569";
    String form = mvc.perform(get(url).with(SignedIn.as(staff))).andReturn().getResponse().getContentAsString();
    // today in B.E., as the field shows it
    assertThat(form).containsPattern("id=\"on\" name=\"on\" type=\"text\" class=\"thai-date\"[^>]*value=\"\\d{1,2} [^\"]+ 25\\d\\d\"");

    gift(staff, "กระเช้าปีใหม่", "15 ม.ค. 2569").andReturn();
    gift(staff, "ปฏิทิน", "2026-01-20").andReturn();
    MvcResult bad = gift(staff, "ผ้าไหม", BAD).andReturn();
    assertThat(bad.getResponse().getStatus()).isEqualTo(200);
    String page = bad.getResponse().getContentAsString();
    assertThat(page).contains("วันที่ &quot;" + BAD + "&quot; ไม่ถูกต้อง").contains("id=\"on-error\"").contains("value=\"" + BAD + "\"")
        .contains("value=\"ผ้าไหม\"").contains("value=\"บริษัท ตัวอย่าง จำกัด\"");
    assertThat(noGift.year(staff, org, FiscalYear.of(2569)).gifts()).extracting(Gift::description, Gift::on)
        .containsExactlyInAnyOrder(tuple("กระเช้าปีใหม่", LocalDate.of(2026, 1, 15)),
            tuple("ปฏิทิน", LocalDate.of(2026, 1, 20)));
  }

  private org.springframework.test.web.servlet.ResultActions gift(CurrentUser staff, String what, String on) throws Exception {
    return mvc.perform(post("/organizations/" + org + "/no-gift/2569/gifts").with(SignedIn.as(staff)).with(csrf())
        .param("direction", "RECEIVED").param("person", "นายทดสอบ").param("counterparty", "บริษัท ตัวอย่าง จำกัด").param("description", what)
        .param("occasion", "ปีใหม่").param("value", "500").param("on", on).param("decision", "KEPT_UNDER_RULES"));
  }

  @Test
  void thePolicyTakesAThaiDateAndKeepsEverythingTypedWhenTheDateIsNoDate() throws Exception {
    CurrentUser planner = t.member(Role.PLANNER);
    String url = "/organizations/" + org + "/no-gift/2568/policy";
    MvcResult ok = mvc.perform(post(url).with(SignedIn.as(planner)).with(csrf()).param("announcedOn", "๑ ตุลาคม ๒๕๖๗")
        .param("activityNote", "ประกาศแล้ว")).andReturn();
    assertThat(ok.getResponse().getStatus()).isEqualTo(302);
    assertThat(noGift.year(planner, org, FiscalYear.of(2568)).policy().announcedOn()).isEqualTo(LocalDate.of(2024, 10, 1));
    String page = mvc.perform(get("/organizations/" + org + "/no-gift/2568").with(SignedIn.as(planner))).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains("value=\"1 ต.ค. 2567\"");

    MvcResult bad = mvc.perform(post(url).with(SignedIn.as(planner)).with(csrf()).param("announcedOn", "32/10/2567")
        .param("activityNote", "อบรมเจ้าหน้าที่")).andReturn();
    assertThat(bad.getResponse().getStatus()).isEqualTo(200);
    assertThat(bad.getResponse().getContentAsString()).contains("วันที่ &quot;32/10/2567&quot; ไม่ถูกต้อง").contains("id=\"announcedOn-error\"")
        .contains("value=\"32/10/2567\"").contains("อบรมเจ้าหน้าที่");
    assertThat(noGift.year(planner, org, FiscalYear.of(2568)).policy().activityNote()).isEqualTo("ประกาศแล้ว");
  }

  /** The right is checked before the date is read: a role without it is refused, not told its date is wrong. */
  @Test
  void aRoleWithoutTheRightIsRefusedBeforeItsDateIsRead() throws Exception {
    CurrentUser viewer = t.member(Role.VIEWER);
    FiscalYear y = FiscalYear.of(2571);
    RiskAssessment a = assessments.start(auditor, org, y, RiskMatrices.NACC_3X3, RiskAssessments.Start.EMPTY);
    Risk risk = Risk.identified(RiskArea.BUDGET, null, "รับสินบน", RiskFactor.KNOWN, null, TrafficLight.RED);
    a = assessments.addRisk(auditor, org, y, a.revision(), risk);
    MvcResult measure = mvc.perform(post("/organizations/" + org + "/risk/2571/risks/" + risk.id() + "/measures").with(SignedIn.as(viewer))
        .with(csrf()).param("revision", Long.toString(a.revision())).param("text", "หมุนเวียนเจ้าหน้าที่").param("startsOn", BAD)).andReturn();
    assertThat(measure.getResponse().getStatus()).isEqualTo(403);

    MvcResult policy = mvc.perform(post("/organizations/" + org + "/no-gift/2571/policy").with(SignedIn.as(viewer)).with(csrf())
        .param("announcedOn", BAD)).andReturn();
    assertThat(policy.getResponse().getStatus()).isEqualTo(403);
    assertThat(policy.getResponse().getContentAsString()).doesNotContain(BAD);

    // every member may record a gift: only a user of no organization lacks the right
    CurrentUser oversight = new CurrentUser(java.util.UUID.randomUUID(), "thdform.oversight", "ผู้กำกับ", null, null, java.util.Set.of(Role.OVERSIGHT),
        null);
    MvcResult gift = gift(oversight, "ผ้าไหม", BAD).andReturn();
    assertThat(gift.getResponse().getStatus()).isEqualTo(403);
    assertThat(gift.getResponse().getContentAsString()).doesNotContain(BAD);
  }
}
