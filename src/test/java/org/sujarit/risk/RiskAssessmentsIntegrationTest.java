package org.sujarit.risk;

import org.sujarit.plan.PlanFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.AccessRefusedException;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;
import org.sujarit.risk.nogift.GiftDecision;
import org.sujarit.risk.nogift.GiftDirection;
import org.sujarit.risk.nogift.NoGift;

/** The risk and No Gift services on a real PostgreSQL: rights, links to the plan, revisions, audit, carry-over. */
@IntegrationTest
@Import(TestData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskAssessmentsIntegrationTest {
  static final FiscalYear YEAR = PublishedPlans.YEAR;

  @Autowired RiskAssessments assessments;
  @Autowired RiskSummaries summaries;
  @Autowired NoGift noGift;
  @Autowired Plans plans;
  @Autowired Organizations organizations;
  @Autowired TestData data;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.springframework.test.web.servlet.MockMvc mvc;

  TestData.Tenant owner;
  TestData.Tenant other;
  Plan plan;
  Plan otherPlan;

  @BeforeAll
  void tenants() {
    owner = data.tenant("rsk", "ขอนแก่น");
    other = data.tenant("rsx", "ขอนแก่น");
    plan = new PublishedPlans(plans, organizations).publish(owner, 4);
    otherPlan = new PublishedPlans(plans, organizations).publish(other, 1);
  }

  /** The page of {@code path} as a member of the owner sees it. */
  private String page(String path, CurrentUser user) throws Exception {
    org.sujarit.access.CurrentUsers.CurrentUserHolder principal = () -> user;
    return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(principal, null, List.of()))))
        .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void theAuditorBuildsTheExecutiveApprovesTheUnitReports() throws Exception {
    CurrentUser auditor = owner.member(Role.AUDITOR);
    var org = owner.organization().id();
    RiskAssessment a = assessments.start(auditor, org, YEAR, RiskMatrices.NACC_3X3, RiskAssessments.Start.EMPTY);
    UnitId unit = owner.unit().id();
    Risk bribery = Risk.identified(RiskArea.BRIBERY, "การออกใบอนุญาตก่อสร้าง", "เรียกรับเงินเพื่อเร่งออกใบอนุญาต", RiskFactor.KNOWN, unit, TrafficLight.RED);
    a = assessments.addRisk(auditor, org, YEAR, a.revision(), bribery);
    a = assessments.updateRisk(auditor, org, YEAR, a.revision(), bribery.id(), bribery, 3, 3, ControlQuality.FAIR);
    assertThat(a.risk(bribery.id()).residualLevel()).isEqualTo("HIGH");
    PlanItem item = plan.items().get(0);
    a = assessments.addMeasure(auditor, org, YEAR, a.revision(), bribery.id(), Measure.linked(item.id()));

    // a stale revision, another organization's item, a unit of another organization: refused, nothing lost
    long stale = a.revision() - 1;
    assertThatThrownBy(() -> assessments.removeRisk(auditor, org, YEAR, stale, bribery.id())).hasMessageContaining("risk.concurrent-change");
    long rev = a.revision();
    assertThatThrownBy(() -> assessments.addMeasure(auditor, org, YEAR, rev, bribery.id(), Measure.linked(otherPlan.items().get(0).id())))
        .hasMessageContaining("risk.measure.not-in-plan");
    assertThatThrownBy(() -> assessments.addRisk(auditor, org, YEAR, rev,
        Risk.identified(RiskArea.BUDGET, null, "ก", null, other.unit().id(), TrafficLight.GREEN))).hasMessageContaining("risk.unit.other-organization");
    assertThat(assessments.view(auditor, org, YEAR).assessment().risks()).hasSize(1);

    RiskAssessments.View view = assessments.view(owner.member(Role.VIEWER), org, YEAR);
    assertThat(view.itemName(item.id())).isEqualTo(item.name());
    assertThat(view.rights().manage()).isFalse();

    // only the executive approves
    assertThatThrownBy(() -> assessments.approve(auditor, org, YEAR, rev)).isInstanceOf(AccessRefusedException.class);
    a = assessments.approve(owner.member(Role.EXECUTIVE), org, YEAR, rev);
    assertThat(a.approved().by()).isEqualTo(owner.member(Role.EXECUTIVE).username());

    // the unit watching the risk reports in the round; another organization's members cannot
    SurveillanceReport r = assessments.reportSurveillance(owner.member(Role.UNIT_OFFICER), org, YEAR, bribery.id(), RoundKind.HALF_YEAR,
        SurveillanceStatus.YELLOW, "มีผู้ร้องเรียน 1 เรื่อง แก้ไขแล้ว");
    assertThat(assessments.surveillance(auditor, org, YEAR, RoundKind.HALF_YEAR)).singleElement()
        .satisfies(x -> assertThat(x.status()).isEqualTo(r.status()))
        .satisfies(x -> assertThat(x.reported().by()).isEqualTo(owner.member(Role.UNIT_OFFICER).username()));
    // the yearly report reads every round from the one view it has read
    java.util.Map<RoundKind, java.util.List<SurveillanceReport>> rounds = assessments.rounds(assessments.view(auditor, org, YEAR));
    assertThat(rounds).containsOnlyKeys(RoundKind.values());
    assertThat(rounds.get(RoundKind.HALF_YEAR)).isEqualTo(assessments.surveillance(auditor, org, YEAR, RoundKind.HALF_YEAR));
    assertThat(rounds.get(RoundKind.FULL_YEAR)).isEmpty();
    assertThatThrownBy(() -> assessments.reportSurveillance(other.member(Role.UNIT_OFFICER), org, YEAR, bribery.id(), RoundKind.HALF_YEAR,
        SurveillanceStatus.GREEN, null)).isInstanceOf(AccessRefusedException.class);
    a = assessments.reportStatus(owner.member(Role.UNIT_OFFICER), org, YEAR, bribery.id(), TreatmentStatus.IN_PROGRESS, "อบรมแล้ว", null);
    a = assessments.acknowledge(owner.member(Role.EXECUTIVE), org, YEAR, "รับทราบ");
    assertThat(a.acknowledged()).isNotNull();
    // the stamps name the people, not their user names
    String base = "/organizations/" + org + "/risk/2567";
    assertThat(page(base, auditor)).contains("อนุมัติโดย " + owner.member(Role.EXECUTIVE).displayName() + " เมื่อ")
        .doesNotContain("อนุมัติโดย " + owner.member(Role.EXECUTIVE).username());
    assertThat(page(base + "/surveillance/HALF_YEAR", auditor)).contains(owner.member(Role.UNIT_OFFICER).displayName() + " ");

    // the published summary, for the public pages and oversight
    var summary = summaries.published(org, YEAR).orElseThrow();
    assertThat(summary.risks()).isEqualTo(1);
    assertThat(summary.risksByLevel()).containsEntry("สูง", 1);
    assertThat(summary.measuresFromPlan()).isEqualTo(1);

    // every change is in the audit trail
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type like 'risk%' and organization_id = ?", Integer.class,
        org.value())).isGreaterThanOrEqualTo(7);

    // next year from this one: the risk and its link carried over, to be re-rated
    RiskAssessment next = assessments.start(auditor, org, YEAR.next(), "RISK-5x5", RiskAssessments.Start.PREVIOUS_YEAR);
    assertThat(next.risks()).singleElement().satisfies(x -> {
      assertThat(x.lineage()).isEqualTo(bribery.id());
      assertThat(x.score()).isNull();
      assertThat(x.measures()).extracting(Measure::planItem).containsExactly(item.id());
    });
    assertThatThrownBy(() -> assessments.start(auditor, org, YEAR.next(), null, RiskAssessments.Start.EMPTY)).hasMessageContaining("risk.assessment.exists");
  }

  @Test
  void theLinkToAPlanItemSurvivesAnAmendment() {
    CurrentUser planner = owner.member(Role.PLANNER);
    var org = owner.organization().id();
    FiscalYear year = FiscalYear.of(2566);
    RiskAssessment a = assessments.start(planner, org, year, null, RiskAssessments.Start.EMPTY);
    Risk risk = Risk.identified(RiskArea.POWER, null, "ใช้ตำแหน่งเอื้อประโยชน์", null, null, TrafficLight.ORANGE);
    a = assessments.addRisk(planner, org, year, a.revision(), risk);
    PlanItem item = plan.items().get(1);
    assessments.addMeasure(planner, org, year, a.revision(), risk.id(), Measure.linked(item.id()));
    Plan amended = plans.amend(planner, plan.id(), "ปรับปรุงแผน");
    PlanFixtures.updateItem(plans, planner, amended.id(), amended.version(), amended.revision(), item.id(),
        new org.sujarit.plan.internal.ItemDraft(null, item.missionCode(), null, "ชื่อใหม่ของโครงการ", null, null, null, null));
    assertThat(assessments.view(planner, org, year).itemName(item.id())).isEqualTo("ชื่อใหม่ของโครงการ");
  }

  @Test
  void staffRecordGiftsTheRegisterWarnsAboveTheLimitAndOnlyReadersSeeAll() {
    var org = owner.organization().id();
    CurrentUser staff = owner.member(Role.VIEWER);
    var first = noGift.record(staff, org, GiftDirection.RECEIVED, "นางสาวใจดี", "ห้างหุ้นส่วน ก", "กระเช้า", "ปีใหม่ 2568", Baht.of(2500),
        LocalDate.of(2024, 12, 28), GiftDecision.KEPT_UNDER_RULES, null);
    assertThat(first.overLimit()).isFalse();
    var second = noGift.record(owner.member(Role.UNIT_OFFICER), org, GiftDirection.RECEIVED, "นายสมชาย", "ห้างหุ้นส่วน ก", "ชุดเครื่องดื่ม",
        "ปีใหม่ 2568", Baht.of(1000), LocalDate.of(2024, 12, 30), GiftDecision.HANDED_TO_ORGANIZATION, null);
    assertThat(second.overLimit()).isTrue();
    FiscalYear y = FiscalYear.of(2568);
    assertThat(noGift.year(owner.member(Role.AUDITOR), org, y).gifts()).hasSize(2);
    assertThat(noGift.year(staff, org, y).gifts()).extracting(g -> g.person()).containsExactly("นางสาวใจดี");
    assertThat(noGift.year(owner.member(Role.EXECUTIVE), org, y).excesses()).singleElement()
        .satisfies(e -> assertThat(e.total()).isEqualTo(Baht.of(3500)));
    assertThatThrownBy(() -> noGift.record(other.member(Role.VIEWER), org, GiftDirection.RECEIVED, "ก", "ข", "ค", "ง", Baht.of(1),
        LocalDate.of(2024, 12, 1), GiftDecision.RETURNED, null)).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> noGift.savePolicy(owner.member(Role.PLANNER), org, y, LocalDate.of(2024, 10, 1),
        List.of(otherPlan.items().get(0).id()), null)).isInstanceOf(RuleViolation.class).hasMessageContaining("risk.measure.not-in-plan");
  }
}
