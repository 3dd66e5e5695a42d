package org.sujarit.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sujarit.document.DocumentFormat;
import org.sujarit.document.PlanDocuments;
import org.sujarit.document.RenderOptions;
import org.sujarit.importer.pipeline.ImportResult;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.importer.pipeline.SourceFormat;
import org.sujarit.interchange.PlanInterchange;

/** The yearly E-PlanNACC records: listed again, imported once, read for quarters and a second budget. */
class EPlanListingTest {
  private final PlanImporter importer = PlanImporter.withBuiltInFrameworks();

  private static String cleanPlan() throws IOException {
    try (InputStream in = EPlanListingTest.class.getResourceAsStream("/importer/clean-plan.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void anAppendixOfYearlyRecordsGivesQuartersAndChecksBudgetsWithoutAddingItems() throws IOException {
    String appendix = """

        ภาคผนวก แบบบันทึกข้อมูลในระบบ E-PlanNACC ปีงบประมาณ พ.ศ. 2566
        ลำดับ\tโครงการ/กิจกรรม/มาตรการ\tมิติ\tงบประมาณ (บาท)\tไตรมาส 1\tไตรมาส 2\tไตรมาส 3\tไตรมาส 4
        1\tโครงการอบรมคุณธรรมจริยธรรมบุคลากร\tมิติที่ 1\t12,000\t\t✓\t\t
        2\tมาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม\tมิติที่ 1\t-\t✓\t✓\t✓\t✓
        3\tกิจกรรมเผยแพร่ข้อมูลข่าวสารการจัดซื้อจัดจ้าง\tมิติที่ 2\t-\t\t\t✓\t
        4\tโครงการที่ไม่มีในแผน\tมิติที่ 2\t-\t\t\t✓\t
        แบบบันทึกข้อมูลในระบบ E-PlanNACC ปีงบประมาณ พ.ศ. 2567
        ลำดับ\tโครงการ/กิจกรรม/มาตรการ\tมิติ\tงบประมาณ (บาท)\tไตรมาส 1\tไตรมาส 2\tไตรมาส 3\tไตรมาส 4
        1\tโครงการอบรมคุณธรรมจริยธรรมบุคลากร\tมิติที่ 1\t10,000\t✓\t\t\t
        """;
    PlanInterchange plan = importer.read("plan.txt", (cleanPlan() + appendix).getBytes(StandardCharsets.UTF_8)).plan();

    List<PlanInterchange.Project> items = projects(plan);
    assertThat(items).hasSize(3);
    PlanInterchange.Project training = items.get(0);
    assertThat(training.budget().get(2566)).isEqualByComparingTo("10000");
    assertThat(training.quarters()).isEqualTo(Map.of(2566, List.of(2), 2567, List.of(1)));
    assertThat(items.get(1).quarters()).isEqualTo(Map.of(2566, List.of(1, 2, 3, 4)));
    assertThat(codes(plan)).contains("EPLAN_BUDGET_MISMATCH", "EPLAN_ITEM_UNKNOWN");
    assertThat(plan.diagnostics()).filteredOn(d -> d.code().equals("EPLAN_BUDGET_MISMATCH")).hasSize(1)
        .allSatisfy(d -> assertThat(d.message()).contains("12000").contains("10000"));
  }

  @Test
  void anEPlanWorkbookAloneGivesEachItemOnceWithItsYearlyBudgets() throws IOException {
    PlanInterchange original = importer.read("plan.txt", cleanPlan().getBytes(StandardCharsets.UTF_8)).plan();
    byte[] workbook = new PlanDocuments().render(original, DocumentFormat.EPLAN_XLSX, RenderOptions.issuedOn(LocalDate.of(2025, 10, 1)));

    ImportResult result = importer.read("eplan.xlsx", workbook);

    assertThat(result.format()).isEqualTo(SourceFormat.XLSX);
    assertThat(result.plan().period()).isEqualTo(original.period());
    assertThat(projects(result.plan())).extracting(PlanInterchange.Project::name)
        .containsExactlyElementsOf(projects(original).stream().map(PlanInterchange.Project::name).toList());
    for (int i = 0; i < projects(original).size(); i++) {
      Map<Integer, BigDecimal> want = projects(original).get(i).budget();
      Map<Integer, BigDecimal> got = projects(result.plan()).get(i).budget();
      want.forEach((year, v) -> assertThat(got.get(year)).as("budget " + year).isEqualByComparingTo(v));
    }
  }

  private static List<PlanInterchange.Project> projects(PlanInterchange plan) {
    List<PlanInterchange.Project> out = new ArrayList<>();
    plan.dimensions().forEach(d -> d.missions().forEach(m -> out.addAll(m.projects())));
    return out;
  }

  private static List<String> codes(PlanInterchange plan) {
    return plan.diagnostics().stream().map(PlanInterchange.Diagnostic::code).toList();
  }
}
