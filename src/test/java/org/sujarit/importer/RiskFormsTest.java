package org.sujarit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.importer.text.NameKey;
import org.sujarit.interchange.InterchangeJson;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.interchange.PlanInterchange.Diagnostic;
import org.sujarit.interchange.PlanInterchange.Risk;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Part 1 risk forms: the nine NACC steps of seed 000 as a human reads them (its golden reading),
 * the score table of seed 001 with its controls named as the Part 2 items they are, a nine-step form laid out otherwise (tables in another order, area rows,
 * other marks, an explicit total column, wrapped and shifted rows), and garbage tables, which give
 * diagnostics and never an exception or an invented value.
 */
class RiskFormsTest {
  private static final Path SHARED = Path.of(System.getProperty("sujarit.shared", "/work/shared"));
  private static final PlanImporter IMPORTER = PlanImporter.withBuiltInFrameworks();

  @Test
  void seed000sNineStepsAsAHumanReadsThem() throws IOException {
    PlanInterchange plan = seed("000_57b82ac8baffe8ef");
    JsonNode gold = golden("000_57b82ac8baffe8ef").get("riskAssessment");
    assertThat(plan.riskAssessment().format()).isEqualTo(gold.get("format").asString());
    List<Risk> risks = plan.riskAssessment().risks();
    assertThat(risks).hasSize(gold.get("risks").size());
    for (int i = 0; i < risks.size(); i++) {
      Risk r = risks.get(i);
      JsonNode g = gold.get("risks").get(i);
      assertThat(NameKey.of(r.process())).isEqualTo(NameKey.of(g.get("process").asString()));
      // the golden text adds the reader's notes in brackets and mends OCR damage ("ความโปรดังใจ")
      assertThat(NameKey.similarity(NameKey.of(r.risk()), NameKey.of(g.get("risk").asString().replaceAll("\\s*\\(.*\\)$", ""))))
          .isGreaterThan(0.85);
      assertThat(r.level()).isEqualTo(g.get("level").asString());
      assertThat(r.controls()).hasSize(g.get("controls").size());
      for (int k = 0; k < r.controls().size(); k++) {
        assertThat(NameKey.similarity(NameKey.of(r.controls().get(k)), NameKey.of(g.get("controls").get(k).asString()))).isGreaterThan(0.9);
      }
    }
    assertThat(risks).extracting(Risk::area).containsExactly("APPROVAL", "POWER", "BUDGET");
    assertThat(risks).extracting(Risk::factor).containsOnly("UNKNOWN");
    assertThat(risks).extracting(Risk::light).containsOnly("GREEN");
    assertThat(risks).extracting(Risk::likelihood).containsOnly(2);
    assertThat(risks).extracting(Risk::impact).containsOnly(2);
    assertThat(risks).extracting(Risk::matrix).containsOnly("NACC-3x3");
    assertThat(risks).extracting(Risk::control).containsOnly("GOOD");
    assertThat(risks).extracting(Risk::line).containsExactly(234, 235, 236);
    // the third row prints a total of 2 for 2 × 2: the one inconsistency of the form, reported on its line
    assertThat(riskDiagnostics(plan)).extracting(Diagnostic::line).containsExactly(268);
  }

  @Test
  void theRiskFieldsSurviveTheInterchangeJsonAndAreChecked() throws IOException {
    PlanInterchange plan = seed("000_57b82ac8baffe8ef");
    String json = InterchangeJson.write(plan);
    assertThat(IMPORTER.read("plan.json", json.getBytes(StandardCharsets.UTF_8)).plan().riskAssessment()).isEqualTo(plan.riskAssessment());
    String broken = json.replaceFirst("\"likelihood\" : 2", "\"likelihood\" : 7").replaceFirst("\"control\" : \"GOOD\"", "\"control\" : \"EXCELLENT\"");
    assertThat(IMPORTER.read("plan.json", broken.getBytes(StandardCharsets.UTF_8)).plan().diagnostics())
        .filteredOn(d -> d.code().equals("INVALID_INTERCHANGE")).extracting(Diagnostic::message)
        .containsExactly("ความเสี่ยงที่ 1: คุณภาพการควบคุม \"EXCELLENT\" ไม่ถูกต้อง (GOOD, FAIR, WEAK)", "ความเสี่ยงที่ 1: คะแนน 7 อยู่นอกเมทริกซ์ 3×3 (1–3)");
  }

  @Test
  void seed001sScoreTableGivesLevelsAndReportsTheRowWithTwo() throws IOException {
    PlanInterchange plan = seed("001_d1f19dc540dd0745");
    List<Risk> risks = plan.riskAssessment().risks();
    assertThat(risks).extracting(Risk::level).containsExactly("ปานกลาง", "ปานกลาง", "สูง ปานกลาง", "สูง");
    assertThat(risks).extracting(Risk::light).containsExactly("YELLOW", "YELLOW", null, "ORANGE");
    // the template's names of five controls are those of Part 2 items but for the organization's name and a letter
    List<String> items = PlanImporterTest.projects(plan).stream().map(PlanInterchange.Project::name).toList();
    assertThat(risks.stream().flatMap(r -> r.controls().stream()).filter(items::contains)).containsExactly(
        "มาตรการแสดงเจตนารมณ์ในการนำหลักคุณธรรมมาใช้ในการบริหารงานของผู้บริหารองค์การบริหารส่วนตำบลบึงปรือด้วยการจัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส",
        "มาตรการ“ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมองค์การบริหารส่วนตำบลบึงปรือ”",
        "มาตรการป้องกันผลประโยชน์ทับซ้อนขององค์การบริหารส่วนตำบลบึงปรือ",
        "มาตรการ NO Gift Policy",
        "มาตรการจัดให้มีระบบและช่องทางการรับเรื่องร้องเรียนเกี่ยวกับการทุจริตขององค์การบริหารส่วนตำบลบึงปรือ");
    assertThat(plan.diagnostics()).filteredOn(d -> d.message().contains("ของความเสี่ยงในส่วนที่ 1 อ่านเป็นรายการ")).hasSize(4)
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo("INFO"));
    assertThat(riskDiagnostics(plan)).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(risks.get(2).line());
      assertThat(d.message()).contains("สูง ปานกลาง");
    });
  }

  @Test
  void aNineStepFormLaidOutOtherwise() throws IOException {
    String form = String.join("\n",
        "ตารางที่ 2 สถานะความเสี่ยง (สีไฟจราจร)",
        "ลำดับ\tโอกาส/ความเสี่ยงการทุจริต\tเขียว\tเหลือง\tส้ม\tแดง",
        "1.\tเรียกรับเงินเพื่อเร่งออกใบอนุญาตก่อสร้าง\t\t\t\t/",
        "2.\tกำหนดคุณลักษณะพัสดุเอื้อผู้ขายรายหนึ่ง\t\t\t√",
        "3.\tใช้รถราชการไปธุระส่วนตัว\t✓\t\t✓\t",
        "",
        "ตารางที่ 1 การระบุความเสี่ยง",
        "ที่\tโอกาส/ความเสี่ยงการทุจริต\tKnown Factor\tUnknown Factor",
        "\tด้านสินบน",
        "1\tเรียกรับเงินเพื่อเร่งออกใบอนุญาต",
        "\tก่อสร้าง\tX\t",
        "\tด้านการจัดซื้อจัดจ้าง",
        "2\tกำหนดคุณลักษณะพัสดุเอื้อผู้ขายรายหนึ่ง\t\tX",
        "\tด้านการใช้ทรัพย์สินของราชการ",
        "3\tใช้รถราชการไปธุระส่วนตัว\t\t✓",
        "",
        "ตารางที่ 3 SCORING",
        "ที่\tโอกาส/ความเสี่ยงการทุจริต\tระดับความจำเป็นของการเฝ้าระวัง\tระดับความรุนแรงของผลกระทบ\tค่าความเสี่ยงรวม",
        "1\tเรียกรับเงินเพื่อเร่งออกใบอนุญาตก่อสร้าง\t3\t3\t9",
        "2\tกำหนดคุณลักษณะพัสดุเอื้อผู้ขายรายหนึ่ง\t๓\t๒\t๖",
        "3\tใช้รถราชการไปธุระส่วนตัว\t4\t1\t4",
        "",
        "ตารางที่ 4 การประเมินการควบคุมความเสี่ยง",
        "ที่\tโอกาส/ความเสี่ยงการทุจริต\tคุณภาพการจัดการ",
        "1\tเรียกรับเงินเพื่อเร่งออกใบอนุญาตก่อสร้าง\tอ่อน",
        "2\tกำหนดคุณลักษณะพัสดุเอื้อผู้ขายรายหนึ่ง\tพอใช้",
        "3\tใช้รถราชการไปธุระส่วนตัว\tเยี่ยม",
        "",
        "ตารางที่ 5 แผนบริหารความเสี่ยง",
        "ที่\tโอกาส/ความเสี่ยงการทุจริต\tมาตรการป้องกันความเสี่ยง",
        "1\tเรียกรับเงินเพื่อเร่งออกใบอนุญาตก่อสร้าง\t1. มาตรการ No Gift Policy 2. โครงการบริการผ่านระบบออนไลน์",
        "2\tกำหนดคุณลักษณะพัสดุเอื้อผู้ขายรายหนึ่ง\t- ประกาศราคากลางล่วงหน้า",
        "");
    PlanInterchange plan = IMPORTER.read("form.txt", withRiskSection(form)).plan();
    List<Risk> risks = plan.riskAssessment().risks();
    assertThat(plan.riskAssessment().format()).isEqualTo("NACC_9_STEP");
    assertThat(risks).extracting(Risk::risk)
        .containsExactly("เรียกรับเงินเพื่อเร่งออกใบอนุญาต ก่อสร้าง", "กำหนดคุณลักษณะพัสดุเอื้อผู้ขายรายหนึ่ง", "ใช้รถราชการไปธุระส่วนตัว");
    assertThat(risks).extracting(Risk::area).containsExactly("BRIBERY", "BUDGET", "BUDGET");
    assertThat(risks).extracting(Risk::factor).containsExactly("KNOWN", "UNKNOWN", "UNKNOWN");
    // two lights marked on the third row: left empty, never chosen
    assertThat(risks).extracting(Risk::light).containsExactly("RED", "ORANGE", null);
    assertThat(risks).extracting(Risk::likelihood).containsExactly(3, 3, null);
    assertThat(risks).extracting(Risk::impact).containsExactly(3, 2, 1);
    assertThat(risks).extracting(Risk::control).containsExactly("WEAK", "FAIR", null);
    assertThat(risks.get(0).controls()).containsExactly("มาตรการ No Gift Policy", "โครงการบริการผ่านระบบออนไลน์");
    assertThat(risks.get(1).controls()).containsExactly("ประกาศราคากลางล่วงหน้า");
    assertThat(riskDiagnostics(plan)).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m).contains("หลายช่อง"))
        .anySatisfy(m -> assertThat(m).contains("นอกเมทริกซ์"))
        .anySatisfy(m -> assertThat(m).contains("เยี่ยม"));
    assertThat(riskDiagnostics(plan)).allSatisfy(d -> assertThat(d.line()).isPositive());
  }

  @Test
  void theAreaWordsAreTheRiskAssessmentsTable() throws IOException {
    // "เบิก" names the budget area in the plan's one table of area words, as it does for Part 1 rows
    String form = String.join("\n",
        "ตารางที่ 1 ตารางระบุความเสี่ยง (Know Factor และ Unknow Factor)",
        "ที่\tโอกาส/ความเสี่ยงการทุจริต\tKnow Factor\tUnknow Factor",
        "1\tความเสี่ยงการทุจริตด้านการเบิกค่าตอบแทน : เบิกค่าล่วงเวลาเป็นเท็จ\t✓\t",
        "2\tความเสี่ยงการทุจริตด้านการใช้ตำแหน่งหน้าที่ : สั่งจัดซื้อจากพวกพ้อง\t✓\t",
        "");
    List<Risk> risks = IMPORTER.read("form.txt", withRiskSection(form)).plan().riskAssessment().risks();
    assertThat(risks).extracting(Risk::area).containsExactly("BUDGET", "POWER");
    assertThat(risks).extracting(Risk::process).containsExactly("การเบิกค่าตอบแทน", "การใช้ตำแหน่งหน้าที่");
  }

  @Test
  void aScoreTableThatTicksTheValuesColumns() throws IOException {
    String form = String.join("\n",
        "ตารางที่ 1 ตารางระบุความเสี่ยง (Know Factor และ Unknow Factor)",
        "ที่\tโอกาส/ความเสี่ยงการทุจริต\tKnow Factor\tUnknow Factor",
        "๑\tความเสี่ยงการทุจริตด้านสินบน : เรียกรับเงินเพื่อเร่งออกใบอนุญาต\t✓\t",
        "๒\tความเสี่ยงการทุจริตด้านการบริหารบุคคล : แต่งตั้งพวกพ้อง\t\t✓",
        "",
        "ตารางที่ 3 SCORING",
        "ที่\tโอกาส/ความเสี่ยงการทุจริต\tระดับความจำเป็นของการเฝ้าระวัง\t\t\tระดับความรุนแรงของผลกระทบ\t\t",
        "\t\t3\t2\t1\t3\t2\t1",
        "๑\tเรียกรับเงินเพื่อเร่งออกใบอนุญาต\t✓\t\t\t\t✓\t",
        "๒\tแต่งตั้งพวกพ้อง\t\t\t✓",
        "");
    PlanInterchange plan = IMPORTER.read("form.txt", withRiskSection(form)).plan();
    List<Risk> risks = plan.riskAssessment().risks();
    assertThat(risks).extracting(Risk::risk).containsExactly("เรียกรับเงินเพื่อเร่งออกใบอนุญาต", "แต่งตั้งพวกพ้อง");
    assertThat(risks).extracting(Risk::area).containsExactly("BRIBERY", "การบริหารบุคคล");
    assertThat(risks).extracting(Risk::factor).containsExactly("KNOWN", "UNKNOWN");
    assertThat(risks).extracting(Risk::likelihood).containsExactly(3, null);
    assertThat(risks).extracting(Risk::impact).containsExactly(2, null);
    assertThat(riskDiagnostics(plan)).singleElement().satisfies(d -> assertThat(d.message()).contains("อ่านคะแนนความเสี่ยง"));
  }

  @Test
  void aNineStepFormInADocxWithMergedHeaderCells() throws IOException {
    byte[] docx;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2566 – 2570)");
      doc.createParagraph().createRun().setText("เทศบาลตำบลเอกสารเวิร์ด");
      doc.createParagraph().createRun().setText("ส่วนที่ 1 บทนำ");
      doc.createParagraph().createRun().setText("ตารางที่ 1 ตารางระบุความเสี่ยง (Know Factor และ Unknow Factor)");
      XWPFTable t1 = doc.createTable(2, 4);
      DocxImportTest.fill(t1.getRow(0), "ที่", "โอกาส/ความเสี่ยงการทุจริต", "ประเภทความเสี่ยงการทุจริต", "");
      DocxImportTest.fill(t1.getRow(1), "", "", "Know Factor", "Unknow Factor");
      DocxImportTest.merge(t1.getRow(0).getCell(0), STMerge.RESTART);
      DocxImportTest.merge(t1.getRow(1).getCell(0), STMerge.CONTINUE);
      DocxImportTest.merge(t1.getRow(0).getCell(1), STMerge.RESTART);
      DocxImportTest.merge(t1.getRow(1).getCell(1), STMerge.CONTINUE);
      DocxImportTest.fill(t1.createRow(), "1", "ความเสี่ยงการทุจริตที่เกี่ยวกับการพิจารณาอนุมัติ อนุญาต -ออกใบอนุญาตไม่ตามลำดับคำขอ", "✓", "");
      DocxImportTest.span(t1.getRow(0), 2, 2);
      doc.createParagraph().createRun().setText("ตารางที่ 2 ตารางแสดงสถานะความเสี่ยง (แยกตามรายสีไฟจราจร)");
      XWPFTable t2 = doc.createTable(1, 6);
      DocxImportTest.fill(t2.getRow(0), "ที่", "โอกาส/ความเสี่ยงการทุจริต", "เขียว", "เหลือง", "ส้ม", "แดง");
      DocxImportTest.fill(t2.createRow(), "1", "ออกใบอนุญาตไม่ตามลำดับคำขอ", "", "", "✓", "");
      doc.createParagraph().createRun().setText("ตารางที่ 5 ตารางแผนบริหารความเสี่ยง");
      XWPFTable t5 = doc.createTable(1, 3);
      DocxImportTest.fill(t5.getRow(0), "ที่", "โอกาส/ความเสี่ยงการทุจริต", "มาตรการป้องกันความเสี่ยง");
      XWPFTableRow m = t5.createRow();
      DocxImportTest.fill(m, "1", "ออกใบอนุญาตไม่ตามลำดับคำขอ", "-จัดทำคู่มือการให้บริการ");
      m.getCell(2).addParagraph().createRun().setText("-กิจกรรมการใช้บัตรคิวในการติดต่อราชการ");
      doc.createParagraph().createRun().setText("ส่วนที่ 2");
      XWPFTable p2 = doc.createTable(1, 9);
      DocxImportTest.fill(p2.getRow(0), "มิติ", "ภารกิจตามมิติ", "โครงการ/กิจกรรม/มาตรการ", "ปี 2566", "ปี 2567", "ปี 2568", "ปี 2569", "ปี 2570", "หมายเหตุ");
      DocxImportTest.fill(p2.createRow(), "2. การบริหารราชการด้วยความโปร่งใส", "2.3 มาตรการลดการใช้ดุลพินิจในการปฏิบัติงาน",
          "1) กิจกรรมการใช้บัตรคิวในการติดต่อราชการ", "-", "-", "-", "-", "-", "กองช่าง");
      doc.write(out);
      docx = out.toByteArray();
    }
    PlanInterchange plan = IMPORTER.read("plan.docx", docx).plan();
    assertThat(plan.riskAssessment().format()).isEqualTo("NACC_9_STEP");
    assertThat(plan.riskAssessment().risks()).singleElement().satisfies(r -> {
      assertThat(r.risk()).isEqualTo("ออกใบอนุญาตไม่ตามลำดับคำขอ");
      assertThat(r.area()).isEqualTo("APPROVAL");
      assertThat(r.factor()).isEqualTo("KNOWN");
      assertThat(r.light()).isEqualTo("ORANGE");
      assertThat(r.controls()).containsExactly("จัดทำคู่มือการให้บริการ", "กิจกรรมการใช้บัตรคิวในการติดต่อราชการ");
    });
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void garbageTablesGiveDiagnosticsNotExceptions(long seed) throws IOException {
    Random random = new Random(seed);
    String[] words = {"ที่", "โอกาส/ความเสี่ยงการทุจริต", "Know Factor", "Unknow", "เขียว", "เหลือง", "ส้ม", "แดง", "สีไฟจราจร", "SCORING",
        "ระดับความจำเป็น", "ความรุนแรง", "MUST", "SHOULD", "คุณภาพการจัดการ", "มาตรการ", "ดี", "พอใช้", "อ่อน", "✓", "X", "/", "-", "0", "1",
        "2", "3", "4", "๙", "99", "ความเสี่ยงการทุจริตด้าน", "ด้านสินบน", "<p>", "", "", "", "ข้อความ", "1.", "(2)", "x".repeat(5000)};
    StringBuilder sb = new StringBuilder("สีไฟจราจร Know Factor\n");
    for (int line = 0; line < 200; line++) {
      int cells = random.nextInt(8);
      List<String> row = new ArrayList<>();
      for (int c = 0; c < cells; c++) row.add(words[random.nextInt(words.length)]);
      if (random.nextInt(4) == 0) row.add(0, String.valueOf(random.nextInt(12)));
      sb.append(String.join(random.nextInt(6) == 0 ? " " : "\t", row)).append('\n');
    }
    byte[] bytes = withRiskSection(sb.toString());
    assertThatCode(() -> IMPORTER.read("garbage.txt", bytes)).doesNotThrowAnyException();
    PlanInterchange plan = IMPORTER.read("garbage.txt", bytes).plan();
    assertThat(plan.riskAssessment().format()).isEqualTo("NACC_9_STEP");
    for (Risk r : plan.riskAssessment().risks()) {
      // nothing invented: every value is one the forms allow, or empty
      if (r.likelihood() != null) assertThat(r.likelihood()).isBetween(1, 3);
      if (r.impact() != null) assertThat(r.impact()).isBetween(1, 3);
      if (r.light() != null) assertThat(r.light()).isIn(Set.of("GREEN", "YELLOW", "ORANGE", "RED"));
      if (r.control() != null) assertThat(r.control()).isIn(Set.of("GOOD", "FAIR", "WEAK"));
      if (r.factor() != null) assertThat(r.factor()).isIn(Set.of("KNOWN", "UNKNOWN"));
    }
    assertThat(riskDiagnostics(plan)).allSatisfy(d -> assertThat(d.line()).isPositive());
  }

  private static List<Diagnostic> riskDiagnostics(PlanInterchange plan) {
    return plan.diagnostics().stream().filter(d -> d.code().equals(DiagnosticCode.RISK_FORM_UNREAD.name())).toList();
  }

  /** The clean test plan with its Part 1 risk section replaced by {@code form}. */
  private static byte[] withRiskSection(String form) throws IOException {
    String plan = new String(PlanImporterTest.resource("clean-plan.txt"), StandardCharsets.UTF_8);
    int from = plan.indexOf("\n", plan.indexOf("1. การประเมินความเสี่ยงการทุจริต")) + 1;
    int to = plan.indexOf("4. เป้าหมาย");
    return (plan.substring(0, from) + form + "\n" + plan.substring(to)).getBytes(StandardCharsets.UTF_8);
  }

  private static PlanInterchange seed(String name) throws IOException {
    Path text = SHARED.resolve("seeds/" + name + ".txt");
    assumeTrue(Files.isReadable(text), "shared seeds not present");
    return IMPORTER.read(name + ".txt", Files.readAllBytes(text)).plan();
  }

  private static JsonNode golden(String name) throws IOException {
    Path golden = SHARED.resolve("golden/" + name + ".json");
    assumeTrue(Files.isReadable(golden), "shared golden readings not present");
    return JsonMapper.builder().build().readTree(golden.toFile());
  }
}
