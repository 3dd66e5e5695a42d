package org.sujarit.risk.web;

import org.sujarit.plan.PlanFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sujarit.IntegrationTest;
import org.sujarit.SignedIn;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.common.FiscalYear;
import org.sujarit.plan.Introduction;
import org.sujarit.plan.internal.ItemDraft;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;
import org.sujarit.plan.RiskLevel;
import org.sujarit.risk.Measure;
import org.sujarit.risk.Risk;
import org.sujarit.risk.RiskArea;
import org.sujarit.risk.RiskAssessment;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskFactor;
import org.sujarit.risk.RiskMatrices;
import org.sujarit.risk.TrafficLight;

/** The plan's pages with the risk assessment as Part 1's source: Part 1, an item's page and the checklist. */
@IntegrationTest
@Import(TestData.class)
class Part1RiskPagesMvcTest {
  static final FiscalYear YEAR = FiscalYear.of(2566);
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Plans plans;
  @Autowired RiskAssessments assessments;

  @Test
  void part1TheItemPageAndTheChecklistShowTheAssessment() throws Exception {
    TestData.Tenant t = data.tenant("p1m", "ขอนแก่น");
    CurrentUser planner = t.member(Role.PLANNER);
    CurrentUser auditor = t.member(Role.AUDITOR);
    Plan plan = data.draftPlan(t);
    PlanItem item = PlanFixtures.addItem(plans, planner, plan.id(), 1, 0, new ItemDraft(null, "2.2", null, "มาตรการ No Gift Policy", null, null, null, null));
    plan = plans.get(planner, plan.id(), 1);
    plan = plans.setIntroduction(planner, plan.id(), 1, plan.revision(), new Introduction(List.of(
        new Introduction.RiskRow("งานพิมพ์", "ความเสี่ยงที่พิมพ์ไว้ในแผน", RiskLevel.LOW, List.of(), null)), null, List.of(), List.of(), List.of()));
    var org = t.organization().id();
    RiskAssessment a = assessments.start(auditor, org, YEAR, RiskMatrices.NACC_3X3, RiskAssessments.Start.EMPTY);
    Risk gifts = Risk.identified(RiskArea.BRIBERY, "การรับของขวัญ", "รับของขวัญจากผู้รับจ้าง", RiskFactor.KNOWN, null, TrafficLight.YELLOW);
    Risk permits = Risk.identified(RiskArea.APPROVAL, "การออกใบอนุญาต", "เรียกรับเงินเพื่อเร่งใบอนุญาต", RiskFactor.KNOWN, null, TrafficLight.RED);
    a = assessments.addRisk(auditor, org, YEAR, a.revision(), gifts);
    a = assessments.addMeasure(auditor, org, YEAR, a.revision(), gifts.id(), Measure.linked(item.id()));
    a = assessments.addRisk(auditor, org, YEAR, a.revision(), permits);
    assessments.updateRisk(auditor, org, YEAR, a.revision(), permits.id(), permits, 3, 3, null);

    String base = "/plans/" + plan.id() + "/versions/1";
    String part1 = page(get(base + "/part1"), planner);
    assertThat(part1).contains("ส่วนที่ 1 ใช้ผลการประเมินความเสี่ยงการทุจริตปี 2566").contains("ฉบับร่าง ยังไม่อนุมัติ")
        .contains("รับของขวัญจากผู้รับจ้าง").contains("เรียกรับเงินเพื่อเร่งใบอนุญาต").contains("สูงมาก")
        .contains("ความเสี่ยงระดับสูงนี้ยังไม่มีมาตรการ").contains("/organizations/" + org + "/risk/2566")
        // the typed rows are not offered for editing while the assessment is the source
        .doesNotContain("ความเสี่ยงที่พิมพ์ไว้ในแผน");

    String sheet = page(get(base + "/part3/" + item.id()), planner);
    assertThat(sheet).contains("ความเสี่ยงการทุจริตที่รายการนี้จัดการ").contains("รับของขวัญจากผู้รับจ้าง").doesNotContain("เรียกรับเงินเพื่อเร่งใบอนุญาต");

    String checklist = page(get(base + "/checklist"), planner);
    assertThat(checklist).contains("ความเสี่ยงระดับสูง &quot;เรียกรับเงินเพื่อเร่งใบอนุญาต&quot; ในการประเมินความเสี่ยงปี 2566 ยังไม่มีมาตรการ");

    // saving Part 1's text keeps the typed rows (the fallback), which the form no longer holds
    long rev = plans.get(planner, plan.id()).revision();
    var saved = mvc.perform(as(put(base + "/part1"), planner).param("revision", Long.toString(rev)).param("rationale", "หลักการใหม่"))
        .andReturn().getResponse();
    assertThat(saved.getStatus()).isEqualTo(200);
    Plan after = plans.get(planner, plan.id());
    assertThat(after.introduction().rationale()).isEqualTo("หลักการใหม่");
    assertThat(after.introduction().risks()).extracting(Introduction.RiskRow::risk).containsExactly("ความเสี่ยงที่พิมพ์ไว้ในแผน");

    // another year without an assessment: Part 1 goes back to the typed rows and says so
    var chosen = mvc.perform(post(base + "/part1/risk-year").with(SignedIn.as(planner)).with(csrf())
        .param("revision", Long.toString(after.revision())).param("year", "2567")).andReturn().getResponse();
    assertThat(chosen.getStatus()).isEqualTo(302);
    assertThat(page(get(base + "/part1"), planner)).contains("ยังไม่มีการประเมินความเสี่ยงการทุจริตปี 2567")
        .contains("ความเสี่ยงที่พิมพ์ไว้ในแผน");
    // a reader sees the source but no year choice
    assertThat(page(get(base + "/part1"), t.member(Role.VIEWER))).contains("ยังไม่มีการประเมินความเสี่ยงการทุจริตปี 2567")
        .doesNotContain("part1/risk-year");
  }

  private String page(MockHttpServletRequestBuilder b, CurrentUser user) throws Exception {
    var r = mvc.perform(b.with(SignedIn.as(user))).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(200);
    return r.getContentAsString();
  }

  private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder b, CurrentUser user) {
    return b.with(SignedIn.as(user)).with(csrf()).header("HX-Request", "true");
  }
}
