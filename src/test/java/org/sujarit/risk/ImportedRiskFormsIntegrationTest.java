package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.Role;
import org.sujarit.common.FiscalYear;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.Plans;

/**
 * Importing the shared seed plans makes the first year's draft assessment from their Part 1 forms: seed
 * 000's nine steps with areas, factors, lights, 3×3 scores and control quality as a human reads them,
 * seed 001's levels with the measures linked to the imported plan's own items, seed 003's narrative none.
 */
@IntegrationTest
@Import(TestData.class)
class ImportedRiskFormsIntegrationTest {
  private static final Path SEEDS = Path.of(System.getProperty("sujarit.shared", "/work/shared"), "seeds");

  @Autowired Plans plans;
  @Autowired RiskAssessments assessments;
  @Autowired TestData data;
  @Autowired JdbcTemplate jdbc;

  @Test
  void seed000sNineStepsBecomeRatedRisks() throws Exception {
    TestData.Tenant t = data.tenant("irf0", "สมุทรปราการ");
    RiskAssessment a = imported(t, "000_57b82ac8baffe8ef", 2566).assessment;
    assertThat(a.matrixId()).isEqualTo(RiskMatrices.NACC_3X3);
    assertThat(a.risks()).extracting(Risk::area).containsExactly(RiskArea.APPROVAL, RiskArea.POWER, RiskArea.BUDGET);
    assertThat(a.risks()).extracting(Risk::process)
        .containsExactly("การพิจารณาอนุมัติ อนุญาต", "การใช้อำนาจ และตำแหน่งหน้าที่", "การใช้จ่ายงบประมาณ และการบริหารจัดการทรัพยากรภาครัฐ");
    assertThat(a.risks().get(2).description()).startsWith("เบิกเงินราชการตามสิทธิเป็นเท็จ");
    assertThat(a.risks()).extracting(Risk::factor).containsOnly(RiskFactor.UNKNOWN);
    assertThat(a.risks()).extracting(Risk::light).containsOnly(TrafficLight.GREEN);
    // surveillance necessity 2 × impact 2 on the NACC 3×3: medium, and good controls leave it low (the form's table 4 says low)
    assertThat(a.risks()).allSatisfy(r -> {
      assertThat(r.score()).isEqualTo(new RiskScore(RiskMatrices.NACC_3X3, 1, 2, 2, "MEDIUM"));
      assertThat(r.control()).isEqualTo(ControlQuality.GOOD);
      assertThat(r.residualLevel()).isEqualTo("LOW");
    });
    // the measures of step 5 are measures in words: none is named as an item of the plan
    assertThat(a.risks()).extracting(r -> r.measures().size()).containsExactly(2, 1, 1);
    assertThat(a.risks().get(0).measures()).extracting(Measure::text)
        .containsExactly("จัดทำคู่มือการปฏิบัติงาน แผนผังขั้นตอนการปฏิบัติงานให้ละเอียดชัดเจน และเผยแพร่ให้เจ้าหน้าที่ในหน่วยงานได้รับทราบและถือปฏิบัติให้เป็นแนวทางเดียวกัน",
            "กำหนดให้เจ้าหน้าที่ผู้รับผิดชอบเสนอเรื่องตามลำดับคำขอ");
  }

  @Test
  void seed001sLevelsAndControllingItemsAreLinkedToTheImportedPlan() throws Exception {
    TestData.Tenant t = data.tenant("irf1", "นครราชสีมา");
    Imported i = imported(t, "001_d1f19dc540dd0745", 2566);
    RiskAssessment a = i.assessment;
    assertThat(a.risks()).extracting(Risk::light).containsExactly(TrafficLight.YELLOW, TrafficLight.YELLOW, null, TrafficLight.ORANGE);
    // "สูง ปานกลาง" names two levels: no light is chosen, the level as written is kept
    assertThat(a.risks().get(2).comment()).isEqualTo("ระดับตามเอกสาร: สูง ปานกลาง");
    // the simple form names no area: it comes from the words (a demand for money to be appointed is bribery)
    assertThat(a.risks()).extracting(Risk::area).containsExactly(RiskArea.POWER, RiskArea.BRIBERY, RiskArea.BUDGET, RiskArea.BRIBERY);
    Map<PlanItemId, String> items = i.plan.items().stream().collect(Collectors.toMap(PlanItem::id, PlanItem::name));
    Map<String, List<String>> linked = a.risks().stream().collect(Collectors.toMap(Risk::process,
        r -> r.measures().stream().filter(Measure::linked).map(m -> items.get(m.planItem())).toList(), (x, y) -> x, java.util.LinkedHashMap::new));
    assertThat(linked.values()).extracting(List::size).containsExactly(2, 0, 1, 2);
    assertThat(linked.values().stream().flatMap(List::stream)).doesNotContainNull().contains("มาตรการ NO Gift Policy");
    // the others stay measures in words; 23 controls in all, none lost
    assertThat(a.risks().stream().mapToInt(r -> r.measures().size()).sum()).isEqualTo(23);
  }

  @Test
  void seed003sNarrativeMakesNoDraft() throws Exception {
    TestData.Tenant t = data.tenant("irf3", "มุกดาหาร");
    PlanInterchange in = read("003_84f9b3d3dee21d4b");
    assertThat(in.riskAssessment().format()).isEqualTo("NARRATIVE");
    plans.createFrom(t.member(Role.PLANNER), t.organization().id(), in);
    Thread.sleep(1000);
    assertThat(count(t.organization().id(), in.period().startYear())).isZero();
  }

  private record Imported(Plan plan, RiskAssessment assessment) {}

  private Imported imported(TestData.Tenant t, String seed, int year) throws Exception {
    OrganizationId org = t.organization().id();
    Plan plan = plans.createFrom(t.member(Role.PLANNER), org, read(seed));
    // the listener runs after the import's transaction commits
    for (int i = 0; i < 100 && count(org, year) == 0; i++) Thread.sleep(100);
    return new Imported(plan, assessments.view(t.member(Role.AUDITOR), org, FiscalYear.of(year)).assessment());
  }

  private int count(OrganizationId org, int year) {
    return jdbc.queryForObject("select count(*) from risk_assessment where organization_id = ? and fiscal_year = ?", Integer.class, org.value(), year);
  }

  private static PlanInterchange read(String seed) throws IOException {
    Path text = SEEDS.resolve(seed + ".txt");
    assumeTrue(Files.isReadable(text), "shared seeds not present");
    return PlanImporter.withBuiltInFrameworks().read(seed + ".txt", Files.readAllBytes(text)).plan();
  }
}
