package org.sujarit.risk;

import org.sujarit.plan.PlanFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.document.DocumentFormat;
import org.sujarit.document.PlanDocuments;
import org.sujarit.document.RenderOptions;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.Budget;
import org.sujarit.plan.Introduction;
import org.sujarit.plan.internal.ItemDraft;
import org.sujarit.plan.part1.Part1RiskTable;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanFinding;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;
import org.sujarit.plan.RiskLevel;

/**
 * Part 1's one source: typed rows are the fallback, the one-time migration makes them a draft
 * assessment (rows kept in the plan), then Part 1, its documents, the item's risks and the checklist
 * all read the assessment of the plan's risk year.
 */
@IntegrationTest
@Import(TestData.class)
class Part1SourceIntegrationTest {
  @Autowired Plans plans;
  @Autowired RiskAssessments assessments;
  @Autowired Part1Migration migration;
  @Autowired TestData data;
  @Autowired JdbcTemplate jdbc;

  @Test
  void typedRowsMoveIntoADraftAssessmentThatPart1ThenReads() throws java.io.IOException {
    TestData.Tenant t = data.tenant("p1s", "ขอนแก่น");
    CurrentUser planner = t.member(Role.PLANNER);
    OrganizationId org = t.organization().id();
    Plan plan = data.draftPlan(t);
    PlanItem item = PlanFixtures.addItem(plans, planner, plan.id(), 1, plan.revision(), new ItemDraft(null, "1.1", null, "โครงการตรวจสอบราคากลาง",
        Budget.of(Map.of(FiscalYear.of(2566), Baht.of(5000L))), List.of(t.unit().id()), null, null));
    plan = plans.get(planner, plan.id(), 1);
    plan = plans.setIntroduction(planner, plan.id(), 1, plan.revision(), new Introduction(List.of(
        new Introduction.RiskRow("การจัดซื้อจัดจ้าง", "กำหนดคุณลักษณะเอื้อผู้ค้า", RiskLevel.HIGH, List.of(item.id()), null),
        new Introduction.RiskRow("การออกใบอนุญาต", "เรียกรับเงินเพื่อเร่งออกใบอนุญาต", RiskLevel.VERY_HIGH, List.of(), null)),
        "หลักการ", List.of(), List.of(), List.of()));

    // before: the typed rows, the untreated very high one warned about
    Part1RiskTable typed = plans.part1Risks(plan);
    assertThat(typed.fromAssessment()).isFalse();
    assertThat(typed.year()).isEqualTo(FiscalYear.of(2566));
    assertThat(untreated(plan)).containsExactly(List.of("เรียกรับเงินเพื่อเร่งออกใบอนุญาต", "2566"));

    assertThat(migration.migrate()).isGreaterThanOrEqualTo(1);
    RiskAssessment a = assessments.view(t.member(Role.AUDITOR), org, FiscalYear.of(2566)).assessment();
    assertThat(a.draft()).isTrue();
    assertThat(a.created().by()).isEqualTo(Part1Migration.BY);
    assertThat(a.risks()).extracting(Risk::description).containsExactly("กำหนดคุณลักษณะเอื้อผู้ค้า", "เรียกรับเงินเพื่อเร่งออกใบอนุญาต");
    assertThat(a.risks()).extracting(Risk::light).containsExactly(TrafficLight.ORANGE, TrafficLight.RED);
    assertThat(a.risks().get(0).measures()).extracting(Measure::planItem).containsExactly(item.id());
    // nothing lost: the rows stay in the plan, and a second run makes no second draft
    Plan after = plans.get(planner, plan.id(), 1);
    assertThat(after.introduction().risks()).hasSize(2);
    assertThat(migration.migrate()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from risk_assessment where organization_id = ?", Integer.class, org.value())).isEqualTo(1);

    // Part 1, its documents and the item's page read the assessment
    Part1RiskTable table = plans.part1Risks(after);
    assertThat(table.fromAssessment()).isTrue();
    assertThat(table.treatedBy(item.id())).extracting(Part1RiskTable.Row::risk).containsExactly("กำหนดคุณลักษณะเอื้อผู้ค้า");
    PlanInterchange doc = plans.export(planner, after);
    assertThat(doc.riskAssessment().format()).isEqualTo("NACC_9_STEP");
    assertThat(doc.riskAssessment().risks()).extracting(PlanInterchange.Risk::level).containsExactly("ORANGE", "RED");
    assertThat(doc.riskAssessment().risks().get(0).controls()).containsExactly("โครงการตรวจสอบราคากลาง");

    // rated on the matrix and given a measure of its own, the risk is treated; Part 1 prints the matrix level's label
    CurrentUser auditor = t.member(Role.AUDITOR);
    Risk bribery = a.risks().get(1);
    a = assessments.updateRisk(auditor, org, FiscalYear.of(2566), a.revision(), bribery.id(), bribery, 3, 3, null);
    assertThat(plans.export(planner, after).riskAssessment().risks().get(1).level()).isEqualTo("สูงมาก");
    // the plan's document shows the assessment's nine-step tables, as an imported nine-step form's
    String printed;
    try (var pdf = Loader.loadPDF(new PlanDocuments().render(plans.export(planner, after),
        DocumentFormat.PDF, RenderOptions.issuedOn(java.time.LocalDate.of(2025, 10, 1))))) {
      printed = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
    }
    assertThat(printed).contains("ตารางที่1ตารางระบุความเสี่ยง").contains("UnknownFactor").contains("ตารางที่2ตารางแสดงสถานะความเสี่ยง")
        .contains("ตารางที่3").contains("ค่าความเสี่ยงรวม").contains("ตารางที่5ตารางแผนบริหารความเสี่ยง").contains("เรียกรับเงินเพื่อเร่งออกใบอนุญาต");
    assertThat(untreated(after)).containsExactly(List.of("เรียกรับเงินเพื่อเร่งออกใบอนุญาต", "2566"));
    assessments.addMeasure(auditor, org, FiscalYear.of(2566), a.revision(), bribery.id(), Measure.own("หมุนเวียนเจ้าหน้าที่", null, null, null));
    assertThat(untreated(after)).isEmpty();
    assertThat(plans.export(planner, after).riskAssessment().risks().get(1).controls()).containsExactly("หมุนเวียนเจ้าหน้าที่");

    // another year chosen: no assessment there, so back to the typed rows; a year outside the plan is refused
    after = plans.chooseRiskYear(planner, plan.id(), 1, after.revision(), FiscalYear.of(2568));
    assertThat(plans.get(planner, plan.id(), 1).part1RiskYear()).isEqualTo(FiscalYear.of(2568));
    assertThat(plans.part1Risks(after).fromAssessment()).isFalse();
    long rev = after.revision();
    var id = plan.id();
    assertThatThrownBy(() -> plans.chooseRiskYear(planner, id, 1, rev, FiscalYear.of(2575))).isInstanceOf(org.sujarit.common.RuleViolation.class);
  }

  @Test
  void anImportedPlansRiskRowsBecomeItsFirstYearsDraft() throws InterruptedException {
    TestData.Tenant t = data.tenant("p1i", "ขอนแก่น");
    OrganizationId org = t.organization().id();
    PlanInterchange in = new PlanInterchange(null, null, new PlanInterchange.Period(2571, 2575), "NACC_2566", "แผนนำเข้า", List.of(), null,
        new PlanInterchange.RiskAssessment("RISK_SCORE_TABLE", List.of(
            new PlanInterchange.Risk("การจัดซื้อจัดจ้าง", "แบ่งซื้อแบ่งจ้างเพื่อเลี่ยงวิธีประกวดราคา", "สูง", List.of("ประกาศแผนจัดซื้อล่วงหน้า")),
            new PlanInterchange.Risk("การอนุญาต", "เรียกรับเงินเพื่อเร่งใบอนุญาต", "ไม่ทราบ", List.of()))),
        List.of(), null, null, List.of());
    plans.createFrom(t.member(Role.PLANNER), org, in);
    // the listener runs after the import's transaction commits
    Integer n = 0;
    for (int i = 0; i < 100 && n == 0; i++) {
      Thread.sleep(100);
      n = jdbc.queryForObject("select count(*) from risk_assessment where organization_id = ? and fiscal_year = 2571", Integer.class, org.value());
    }
    RiskAssessment a = assessments.view(t.member(Role.AUDITOR), org, FiscalYear.of(2571)).assessment();
    assertThat(a.draft()).isTrue();
    assertThat(a.risks()).extracting(Risk::description).containsExactly("แบ่งซื้อแบ่งจ้างเพื่อเลี่ยงวิธีประกวดราคา", "เรียกรับเงินเพื่อเร่งใบอนุญาต");
    assertThat(a.risks()).extracting(Risk::area).containsExactly(RiskArea.BUDGET, RiskArea.BRIBERY);
    assertThat(a.risks().get(0).light()).isEqualTo(TrafficLight.ORANGE);
    // the control named in words that match no item is a measure of its own; the level the text did not name stays in the comment
    assertThat(a.risks().get(0).measures()).extracting(Measure::text).containsExactly("ประกาศแผนจัดซื้อล่วงหน้า");
    assertThat(a.risks().get(1).measures()).isEmpty();
    assertThat(a.risks().get(1).light()).isNull();
    assertThat(a.risks().get(1).comment()).isEqualTo("ระดับตามเอกสาร: ไม่ทราบ");
  }

  private List<List<Object>> untreated(Plan plan) {
    return plans.findings(plan).stream().filter(f -> f.code() == PlanFinding.Code.UNTREATED_RISK).map(PlanFinding::args).toList();
  }
}
