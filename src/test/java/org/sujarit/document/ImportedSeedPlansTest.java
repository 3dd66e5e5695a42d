package org.sujarit.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;

/**
 * A seed plan imported into a draft as a planner does it (importer, then the plan, then the plan's
 * documents), so that what the plan and the risk module do with the imported text is in the printout.
 */
@IntegrationTest
@Import(TestData.class)
class ImportedSeedPlansTest {
  private static final Path SEEDS = Path.of(System.getProperty("sujarit.shared", "/work/shared"), "seeds");
  private static final PlanDocuments DOCUMENTS = new PlanDocuments();
  private static final RenderOptions OPTIONS = RenderOptions.issuedOn(LocalDate.of(2025, 10, 1));

  @Autowired Plans plans;
  @Autowired TestData data;
  @Autowired JdbcTemplate jdbc;

  /**
   * Seed 000's risk table (its nine-step form) goes into the draft assessment, and Part 1 prints it from
   * there with each control the source lists as a measure of its own.
   */
  @Test
  void seed000sRiskAssessmentIsPrintedFromThePlansAssessment() throws Exception {
    Imported i = importSeed("000_57b82ac8baffe8ef.txt", "isp0");
    waitForAssessment(i, 2566);
    // in drawing order, so that a table's cells are read one by one and not line by line across columns
    String text;
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(render(i, DocumentFormat.PDF))) {
      text = SeedDocumentsTest.squeeze(new org.apache.pdfbox.text.PDFTextStripper().getText(doc));
    }
    assertThat(text).contains(SeedDocumentsTest.squeeze("การพิจารณาตรวจสอบและเสนอความเห็นของการอนุมัติ อนุญาต ไม่ดำเนินการตามลำดับคำขอ"))
        .contains(SeedDocumentsTest.squeeze("เบิกเงินราชการตามสิทธิเป็นเท็จ"))
        // the source's two controls of the first risk stay two numbered measures, not one joined by ";"
        .contains(SeedDocumentsTest.squeeze("1) จัดทำคู่มือการปฏิบัติงาน"))
        .contains(SeedDocumentsTest.squeeze("2) กำหนดให้เจ้าหน้าที่ผู้รับผิดชอบเสนอเรื่องตามลำดับคำขอ"))
        .doesNotContain(SeedDocumentsTest.squeeze("แนวทางเดียวกัน; กำหนดให้"));
    // step 2's caption has its table (each risk under its traffic light), and so has step 5's (the measures);
    // read by position, as a table is drawn after the text that follows it
    text = SeedDocumentsTest.squeeze(SeedDocumentsTest.text(render(i, DocumentFormat.PDF), DocumentFormat.PDF));
    String step2 = text.substring(text.indexOf(SeedDocumentsTest.squeeze("ตารางที่ 2 ตารางแสดงสถานะความเสี่ยง")),
        text.indexOf(SeedDocumentsTest.squeeze("ความหมายของสถานะความเสี่ยงตามสีไฟจราจร")));
    assertThat(step2).contains("เขียวเหลืองส้มแดง").contains(SeedDocumentsTest.squeeze("1 การพิจารณาตรวจสอบ")).contains("/");
    String step5 = text.substring(text.indexOf(SeedDocumentsTest.squeeze("ตารางที่ 5 ตารางแผนบริหารความเสี่ยง")),
        text.indexOf(SeedDocumentsTest.squeeze("ขั้นตอนที่ 6")));
    assertThat(step5).contains(SeedDocumentsTest.squeeze("มาตรการป้องกันความเสี่ยง")).contains(SeedDocumentsTest.squeeze("3 เบิกเงินราชการ"));
    // tables 6 to 9 (results of the year) are left out, and the checklist says so
    assertThat(plans.findings(plans.get(i.planner, i.plan.id(), 1)))
        .filteredOn(f -> f.code() == org.sujarit.plan.PlanFinding.Code.MONITORING_TABLES_LEFT_OUT)
        .singleElement().satisfies(f -> assertThat(f.args()).containsExactly("6, 7, 8, 9"));
  }

  /** A sheet's budget follows the Part 2 budget after an edit; before it, the source's own words stand. */
  @Test
  void anImportedSheetsBudgetFollowsAnEditOfPart2() throws Exception {
    Imported i = importSeed("001_d1f19dc540dd0745.txt", "isp1");
    PlanItem item = i.plan.items().stream().filter(p -> p.budget().total().equals(Baht.of(25000L))
        && p.details() != null).findFirst().orElseThrow();
    for (DocumentFormat f : java.util.List.of(DocumentFormat.PDF, DocumentFormat.DOCX)) {
      assertThat(sheetOf(i, item, f)).as("as imported").contains("5,000บาท");
    }
    Plan edited = plans.setBudget(i.planner, i.plan.id(), 1, i.plan.revision(), item.id(), FiscalYear.of(2567), Baht.of(7500L));
    Imported after = new Imported(edited, i.planner);
    for (DocumentFormat f : java.util.List.of(DocumentFormat.PDF, DocumentFormat.DOCX)) {
      String sheet = sheetOf(after, item, f);
      assertThat(sheet).as(f + " after the edit").contains("7,500บาท").contains("27,500บาท").doesNotContain("งบประมาณดำเนินการ5,000บาท");
    }
  }

  private String sheetOf(Imported i, PlanItem item, DocumentFormat f) throws IOException {
    String text = SeedDocumentsTest.squeeze(SeedDocumentsTest.text(render(i, f), f));
    String name = SeedDocumentsTest.squeeze(item.name());
    int at = text.lastIndexOf(name);
    assertThat(at).as("the item's sheet").isPositive();
    int budget = text.indexOf("งบประมาณ", at);
    return text.substring(budget, Math.min(text.length(), budget + 700));
  }

  private record Imported(Plan plan, CurrentUser planner) {}

  private Imported importSeed(String file, String tenant) throws Exception {
    Path seed = SEEDS.resolve(file);
    assumeTrue(Files.isRegularFile(seed), "shared seeds not present");
    PlanInterchange in = PlanImporter.withBuiltInFrameworks().read(file, Files.readAllBytes(seed)).plan();
    TestData.Tenant t = data.tenant(tenant, "สมุทรปราการ");
    CurrentUser planner = t.member(Role.PLANNER);
    return new Imported(plans.createFrom(planner, t.organization().id(), in), planner);
  }

  private void waitForAssessment(Imported i, int year) throws InterruptedException {
    Integer n = 0;
    for (int k = 0; k < 100 && n == 0; k++) {
      Thread.sleep(100);
      n = jdbc.queryForObject("select count(*) from risk_assessment where organization_id = ? and fiscal_year = ?", Integer.class,
          i.plan.organizationId().value(), year);
    }
    assertThat(n).as("the draft assessment made from the import").isEqualTo(1);
  }

  private byte[] render(Imported i, DocumentFormat f) {
    Plan current = plans.get(i.planner, i.plan.id(), 1);
    return DOCUMENTS.render(plans.export(i.planner, current), f, OPTIONS);
  }
}
