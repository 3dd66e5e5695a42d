package org.sujarit.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.account.Accounts;
import org.sujarit.account.NewAccount;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.organization.Organization;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.Plans;
import org.sujarit.publication.EvidenceStatus;
import org.sujarit.publication.site.ItaEvidence;
import org.sujarit.publication.site.OitItem;
import org.sujarit.risk.ControlQuality;
import org.sujarit.risk.Measure;
import org.sujarit.risk.Risk;
import org.sujarit.risk.RiskArea;
import org.sujarit.risk.RiskAssessment;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskFactor;
import org.sujarit.risk.RiskMatrices;
import org.sujarit.risk.TrafficLight;
import org.sujarit.risk.TreatmentStatus;
import org.sujarit.risk.nogift.GiftDecision;
import org.sujarit.risk.nogift.GiftDirection;
import org.sujarit.risk.nogift.NoGift;

/**
 * The risk assessment and No Gift on the public site, as an anonymous visitor on a real PostgreSQL:
 * nothing before approval or the executive's signing of the announcement, no name of a person from the gift register, and the OIT
 * items of ITA 2568 become ready as the records are made.
 */
@IntegrationTest
@Import(TestData.class)
class PublicRiskPagesTest {
  static final FiscalYear YEAR = FiscalYear.of(2568);

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Plans plans;
  @Autowired Organizations organizations;
  @Autowired RiskAssessments assessments;
  @Autowired NoGift noGift;
  @Autowired ItaEvidence ita;
  @Autowired RiskEvidence riskEvidence;
  @Autowired Accounts accounts;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void theApprovedAssessmentIsPublishedWithItsMeasuresAndTreatment() throws Exception {
    TestData.Tenant t = data.tenant("pubrisk", "อุดรธานี");
    Plan plan = new PublishedPlans(plans, organizations).publish(t, 2);
    Organization org = t.organization();
    String page = "/o/" + org.code() + "/2568/risk";
    CurrentUser auditor = t.member(Role.AUDITOR);
    mvc.perform(get(page)).andExpect(status().isNotFound());
    assertThat(evidence(org, "O23").reasonKey()).isEqualTo("ita.reason.risk.not-approved");

    RiskAssessment a = assessments.start(auditor, org.id(), YEAR, RiskMatrices.NACC_3X3, RiskAssessments.Start.EMPTY);
    Risk bribery = Risk.identified(RiskArea.BRIBERY, "การออกใบอนุญาตก่อสร้าง", "เรียกรับเงินเพื่อเร่งออกใบอนุญาต", RiskFactor.KNOWN,
        t.unit().id(), TrafficLight.RED);
    a = assessments.addRisk(auditor, org.id(), YEAR, a.revision(), bribery);
    a = assessments.updateRisk(auditor, org.id(), YEAR, a.revision(), bribery.id(), bribery, 3, 3, ControlQuality.FAIR);
    a = assessments.addMeasure(auditor, org.id(), YEAR, a.revision(), bribery.id(), Measure.linked(plan.items().get(0).id()));
    // a draft is not public, in any form
    mvc.perform(get(page)).andExpect(status().isNotFound());
    mvc.perform(get(page + "/report.pdf")).andExpect(status().isNotFound());
    mvc.perform(get(page + "/yearly-report.pdf")).andExpect(status().isNotFound());

    assessments.approve(t.member(Role.EXECUTIVE), org.id(), YEAR, a.revision());
    String html = body(page);
    assertThat(html).contains("เรียกรับเงินเพื่อเร่งออกใบอนุญาต", "สูง", plan.items().get(0).name(), t.unit().name())
        .doesNotContain(auditor.username(), t.member(Role.EXECUTIVE).username());
    byte[] pdf = mvc.perform(get(page + "/report.pdf")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(text(pdf)).contains("เรียกรับเงินเพื่อเร่งออกใบอนุญาต");
    mvc.perform(get(page + "/report.xlsx")).andExpect(status().isNotFound());
    assertThat(evidence(org, "O23").publicPath()).isEqualTo(page);
    assertThat(evidence(org, "O24").reasonKey()).isEqualTo("ita.reason.risk.no-treatment");

    assessments.reportStatus(t.member(Role.UNIT_OFFICER), org.id(), YEAR, bribery.id(), TreatmentStatus.IN_PROGRESS, "ตรวจสอบใบอนุญาตย้อนหลังแล้ว", null);
    assertThat(evidence(org, "O24").publicPath()).isEqualTo(page + "#treatment");
    assertThat(body(page)).contains("ตรวจสอบใบอนุญาตย้อนหลังแล้ว");
    // the yearly risk-management report: both rounds, step 9 results, linked measures, approval
    String yearly = text(mvc.perform(get(page + "/yearly-report.pdf")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    assertThat(yearly).contains("รายงานผลการบริหารจัดการความเสี่ยงการทุจริต", "เรียกรับเงินเพื่อเร่งออกใบอนุญาต", "ตรวจสอบใบอนุญาตย้อนหลังแล้ว",
        plan.items().get(0).name(), "ยังไม่รายงาน", "ผู้บริหารอนุมัติเมื่อ");
    mvc.perform(get(page + "/yearly-report.docx")).andExpect(status().isOk());
    // the year page lists what is ready, the ITA item page links to it
    assertThat(body("/o/" + org.code() + "/2568")).contains(page);
    assertThat(body("/o/" + org.code() + "/2568/ita/O23")).contains(page);
    // impossible years and other assessments' years are not found
    for (String missing : List.of("/o/" + org.code() + "/2569/risk", "/o/" + org.code() + "/9999/risk", "/o/S0000000/2568/risk")) {
      mvc.perform(get(missing)).andExpect(status().isNotFound());
    }
  }

  @Test
  void theNoGiftPolicyIsPublicOnceAnnouncedAndItsReportNamesNobody() throws Exception {
    TestData.Tenant t = data.tenant("pubnogift", "อุดรธานี");
    Plan plan = new PublishedPlans(plans, organizations).publish(t, 2);
    Organization org = t.organization();
    String page = "/o/" + org.code() + "/2568/no-gift";
    CurrentUser manager = t.member(Role.PLANNER);
    noGift.record(t.member(Role.UNIT_OFFICER), org.id(), GiftDirection.RECEIVED, "นางสาวผู้รับตัวอย่าง", "บริษัทผู้ให้ตัวอย่าง จำกัด",
        "กระเช้าผลไม้", "ปีใหม่ 2568", Baht.of(3500), YEAR.firstDay().plusDays(80), GiftDecision.values()[0], null);
    mvc.perform(get(page)).andExpect(status().isNotFound());
    assertThat(evidence(org, "O21").reasonKey()).isEqualTo("ita.reason.nogift.not-announced");
    // a policy saved without its announcement date is not yet announced
    noGift.savePolicy(manager, org.id(), YEAR, null, List.of(), null);
    mvc.perform(get(page)).andExpect(status().isNotFound());
    // drafted with its date, but not signed: still nothing public
    noGift.savePolicy(manager, org.id(), YEAR, YEAR.firstDay().plusDays(5), List.of(plan.items().get(0).id()), "จัดอบรมไม่รับของขวัญ");
    mvc.perform(get(page)).andExpect(status().isNotFound());
    mvc.perform(get(page + "/announcement.pdf")).andExpect(status().isNotFound());
    assertThat(evidence(org, "O21").reasonKey()).isEqualTo("ita.reason.nogift.not-announced");

    // the executive signs: the page and the announcement print the name of their account, without the bracketed title
    CurrentUser executive = accounts.createBySystem(new NewAccount("pubnogift.mayor", "นายผู้บริหาร ตัวอย่าง (นายก อบต.)", TestData.PASSWORD,
        org.id().value(), null, Set.of(Role.EXECUTIVE), null)).asCurrentUser();
    noGift.sign(executive, org.id(), YEAR);
    String html = body(page);
    assertThat(html).contains("นายผู้บริหาร ตัวอย่าง", plan.items().get(0).name(), "จัดอบรมไม่รับของขวัญ", ">3,500<")
        .doesNotContain("นางสาวผู้รับตัวอย่าง", "บริษัทผู้ให้ตัวอย่าง");
    String report = text(mvc.perform(get(page + "/report.pdf")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    assertThat(report).contains("กระเช้าผลไม้").doesNotContain("นางสาวผู้รับตัวอย่าง", "บริษัทผู้ให้ตัวอย่าง");
    String announcement = text(mvc.perform(get(page + "/announcement.pdf")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsByteArray());
    assertThat(announcement).contains("No Gift Policy", "(นายผู้บริหาร ตัวอย่าง)", org.executiveTitle(), "ลงนามในระบบเมื่อ")
        .doesNotContain("นายก อบต.", "ร่าง");
    mvc.perform(get(page + "/register.pdf")).andExpect(status().isNotFound());
    assertThat(evidence(org, "O21").publicPath()).isEqualTo(page);
    assertThat(evidence(org, "O22").publicPath()).isEqualTo(page + "#report");

    // a new draft with another date: the signed announcement stays the public one until it is signed again
    noGift.redraft(manager, org.id(), YEAR);
    noGift.savePolicy(manager, org.id(), YEAR, YEAR.firstDay().plusDays(9), List.of(plan.items().get(0).id()), "จัดอบรมไม่รับของขวัญ");
    assertThat(body(page)).contains("นายผู้บริหาร ตัวอย่าง", "6 ตุลาคม 2567").doesNotContain("10 ตุลาคม 2567");
    noGift.sign(executive, org.id(), YEAR);
    assertThat(body(page)).contains("10 ตุลาคม 2567");
  }

  /** What V54 makes of an announcement recorded before the sign step with a date and a typed signer: signed on paper, still public. */
  @Test
  void anAnnouncementWithATypedSignerFromBeforeTheSignStepStaysReadable() throws Exception {
    TestData.Tenant t = data.tenant("pubngold", "อุดรธานี");
    Organization org = t.organization();
    jdbc.update("""
        insert into nogift_policy (organization_id, fiscal_year, announced_on, signer_name, signer_position, activity_items, updated_by, updated_at)
        values (?, 2568, date '2024-10-06', 'นายพิมพ์ไว้ ก่อนหน้า', null, '[]', 'pubngold.planner', now())""", org.id().value());
    // the statement of V54 that turns such rows into signed ones
    jdbc.update("""
        update nogift_policy set status = 'SIGNED', signed_on = announced_on, signed_at = updated_at
        where announced_on is not null and signer_name is not null and organization_id = ?""", org.id().value());
    String page = "/o/" + org.code() + "/2568/no-gift";
    assertThat(body(page)).contains("นายพิมพ์ไว้ ก่อนหน้า", org.executiveTitle(), "6 ตุลาคม 2567");
    String announcement = text(mvc.perform(get(page + "/announcement.pdf")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsByteArray());
    assertThat(announcement).contains("(นายพิมพ์ไว้ ก่อนหน้า)").doesNotContain("ลงนามในระบบ");
    // its planner may still make a new draft of it, which the executive signs
    assertThat(noGift.redraft(t.member(Role.PLANNER), org.id(), YEAR).published()).isPresent();
  }

  /** The item's evidence, checked against the oversight rebuild's batch answer ({@link RiskEvidence#ready}). */
  private EvidenceStatus evidence(Organization org, String code) {
    OitItem item = ita.list(YEAR).orElseThrow().item(code).orElseThrow();
    EvidenceStatus found = ita.status(org, YEAR, item).evidence();
    assertThat(riskEvidence.ready(Set.of(item.evidence()), List.of(org), YEAR).get(item.evidence()).contains(org.id())).as(code).isEqualTo(found.ready());
    return found;
  }

  private String body(String path) throws Exception {
    return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private static String text(byte[] pdf) throws Exception {
    try (var doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
