package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.SignedIn;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.common.FiscalYear;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.ReviewStatus;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.monitoring.RoundTasks;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.Plans;

/**
 * Surveillance inside the monitoring rounds: only on an approved assessment and while the round is
 * open; the unit sees its risks among the round's tasks, the drafter accepts or returns the reports.
 */
@IntegrationTest
@Import(TestData.class)
class SurveillanceRoundTest {
  static final FiscalYear YEAR = PublishedPlans.YEAR;
  static final RoundKind HALF = RoundKind.HALF_YEAR;

  @Autowired RiskAssessments assessments;
  @Autowired RoundTasks tasks;
  @Autowired Plans plans;
  @Autowired Organizations organizations;
  @Autowired TestData data;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;

  @Test
  void unitsReportTheirRisksInTheOpenRoundAndTheDrafterReviewsThem() throws Exception {
    TestData.Tenant t = data.tenant("srv", "ขอนแก่น");
    Plan plan = new PublishedPlans(plans, organizations).publish(t, 2);
    var org = t.organization().id();
    CurrentUser auditor = t.member(Role.AUDITOR);
    CurrentUser planner = t.member(Role.PLANNER);
    CurrentUser unit = t.member(Role.UNIT_OFFICER);
    RiskAssessment a = assessments.start(auditor, org, YEAR, RiskMatrices.NACC_3X3, RiskAssessments.Start.EMPTY);
    Risk bribery = Risk.identified(RiskArea.BRIBERY, "การตรวจรับงาน", "เรียกรับเงินจากผู้รับจ้างเพื่อตรวจรับงาน", RiskFactor.KNOWN, t.unit().id(),
        TrafficLight.RED);
    a = assessments.addRisk(auditor, org, YEAR, a.revision(), bribery);
    a = assessments.updateRisk(auditor, org, YEAR, a.revision(), bribery.id(), bribery, 3, 3, ControlQuality.FAIR);
    a = assessments.addMeasure(auditor, org, YEAR, a.revision(), bribery.id(), Measure.linked(plan.items().get(0).id()));
    ReportingRound round = new ReportingRound(YEAR, HALF);

    // a draft is not reported on, and its risks are no task yet
    long rev = a.revision();
    assertThatThrownBy(() -> assessments.reportSurveillance(unit, org, YEAR, bribery.id(), HALF, SurveillanceStatus.GREEN, null))
        .hasMessageContaining("risk.surveillance.not-approved");
    assertThat(tasks.tasks(unit, plan, round)).isEmpty();
    assessments.approve(t.member(Role.EXECUTIVE), org, YEAR, rev);

    assertThat(tasks.tasks(unit, plan, round)).singleElement().satisfies(x -> {
      assertThat(x.title()).isEqualTo("เรียกรับเงินจากผู้รับจ้างเพื่อตรวจรับงาน");
      assertThat(x.toDo()).isTrue();
      assertThat(x.href()).isEqualTo("/organizations/" + org + "/risk/" + YEAR.value() + "/surveillance/HALF_YEAR");
    });
    String board = mvc.perform(get("/plans/" + plan.id() + "/progress/" + YEAR.value() + "/HALF_YEAR").with(SignedIn.as(unit)))
        .andReturn().getResponse().getContentAsString();
    assertThat(board).contains("ความเสี่ยงการทุจริตที่ต้องรายงานการเฝ้าระวังในรอบนี้").contains("เรียกรับเงินจากผู้รับจ้างเพื่อตรวจรับงาน")
        .contains("ต้องดำเนินการ");

    SurveillanceReport r = assessments.reportSurveillance(unit, org, YEAR, bribery.id(), HALF, SurveillanceStatus.YELLOW, "มีผู้ร้องเรียน 1 เรื่อง แก้ไขแล้ว");
    assertThat(r.review()).isEqualTo(ReviewStatus.SUBMITTED);
    assertThat(tasks.tasks(unit, plan, round).get(0).toDo()).isFalse();
    assertThat(tasks.tasks(planner, plan, round).get(0).toDo()).isTrue();

    // the unit may not review; a return needs what to change, and then the unit has it to do again
    assertThatThrownBy(() -> assessments.reviewSurveillance(unit, org, YEAR, bribery.id(), HALF, true, null))
        .isInstanceOf(org.sujarit.access.AccessRefusedException.class);
    assertThatThrownBy(() -> assessments.reviewSurveillance(planner, org, YEAR, bribery.id(), HALF, false, " "))
        .hasMessageContaining("risk.surveillance.return-comment");
    r = assessments.reviewSurveillance(planner, org, YEAR, bribery.id(), HALF, false, "กรุณาระบุเลขที่เรื่องร้องเรียน");
    assertThat(r.review()).isEqualTo(ReviewStatus.RETURNED);
    assertThat(tasks.tasks(unit, plan, round).get(0).toDo()).isTrue();
    // a report the reviewer sent back is not public; a report submitted again is, as plan progress
    String publicReport = "/o/" + t.organization().code() + "/" + YEAR.value() + "/risk/report.pdf";
    assertThat(publicText(publicReport)).contains("เรียกรับเงินจากผู้รับจ้างเพื่อตรวจรับงาน").doesNotContain("มีผู้ร้องเรียน1เรื่องแก้ไขแล้ว");
    assessments.reportSurveillance(unit, org, YEAR, bribery.id(), HALF, SurveillanceStatus.YELLOW, "เรื่องร้องเรียนเลขที่ 12/2567 แก้ไขแล้ว");
    assertThat(publicText(publicReport)).contains("เรื่องร้องเรียนเลขที่12/2567แก้ไขแล้ว");
    r = assessments.reviewSurveillance(auditor, org, YEAR, bribery.id(), HALF, true, null);
    assertThat(r.review()).isEqualTo(ReviewStatus.ACCEPTED);
    assertThat(assessments.surveillance(planner, org, YEAR, HALF)).singleElement()
        .satisfies(x -> assertThat(x.reviewed().by()).isEqualTo(auditor.username()));

    // once the executive acknowledged the round (as monitoring stores it), nothing more is reported in it
    jdbc.update("insert into progress_round (plan_id, fiscal_year, round, acknowledged_by, acknowledged_at, acknowledged_name) values (?, ?, ?, ?, now(), ?)",
        plan.id().value(), YEAR.value(), HALF.name(), "exec", "นายกฯ");
    assertThatThrownBy(() -> assessments.reportSurveillance(unit, org, YEAR, bribery.id(), HALF, SurveillanceStatus.GREEN, null))
        .hasMessageContaining("risk.surveillance.round-closed");
    // the annual round is still open
    assertThat(assessments.reportSurveillance(unit, org, YEAR, bribery.id(), RoundKind.FULL_YEAR, SurveillanceStatus.GREEN, null).review())
        .isEqualTo(ReviewStatus.SUBMITTED);
    assertThat(List.of(assessments.roundStatus(unit, org, YEAR, HALF).orElseThrow().state().closed())).containsExactly(true);
  }

  /** The public PDF's text without white space, which line wrapping in narrow cells puts anywhere. */
  private String publicText(String path) throws Exception {
    byte[] pdf = mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
  }
}
