package org.sujarit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.sujarit.importer.pipeline.ImportException;
import org.sujarit.importer.pipeline.ImportResult;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.importer.pipeline.SourceFormat;
import org.sujarit.interchange.InterchangeJson;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.interchange.PlanInterchange.Diagnostic;
import org.sujarit.interchange.PlanInterchange.Project;

class PlanImporterTest {
  private final PlanImporter importer = PlanImporter.withBuiltInFrameworks();

  static byte[] resource(String name) throws IOException {
    try (InputStream in = PlanImporterTest.class.getResourceAsStream("/importer/" + name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    }
  }

  static List<Project> projects(PlanInterchange plan) {
    return plan.dimensions().stream().flatMap(d -> d.missions().stream()).flatMap(m -> m.projects().stream()).toList();
  }

  static Project project(PlanInterchange plan, String namePart) {
    return projects(plan).stream().filter(p -> p.name().contains(namePart)).findFirst().orElseThrow();
  }

  static String missionOf(PlanInterchange plan, String namePart) {
    return plan.dimensions().stream().flatMap(d -> d.missions().stream())
        .filter(m -> m.projects().stream().anyMatch(p -> p.name().contains(namePart))).findFirst().orElseThrow().code();
  }

  static List<String> codes(PlanInterchange plan) {
    return plan.diagnostics().stream().map(Diagnostic::code).toList();
  }

  static Map<Integer, BigDecimal> every(int from, int to, long value) {
    Map<Integer, BigDecimal> m = new java.util.LinkedHashMap<>();
    for (int y = from; y <= to; y++) m.put(y, BigDecimal.valueOf(value));
    return m;
  }

  @Test
  void readsACleanPlanWithItsDetailSheets() throws IOException {
    PlanInterchange plan = importer.read("clean-plan.txt", resource("clean-plan.txt")).plan();

    assertThat(plan.organization()).isEqualTo(new PlanInterchange.OrganizationInfo("องค์การบริหารส่วนตำบลทดสอบดี", "SAO", "เมืองทดสอบ", "ขอนแก่น"));
    assertThat(plan.period()).isEqualTo(new PlanInterchange.Period(2566, 2570));
    assertThat(plan.framework()).isEqualTo("NACC_2566");
    assertThat(plan.targets()).singleElement().satisfies(t -> {
      assertThat(t.unit()).isEqualTo("score");
      assertThat(t.values()).containsEntry(2570, new BigDecimal("85"));
    });
    assertThat(plan.riskAssessment().format()).isEqualTo("RISK_SCORE_TABLE");
    assertThat(plan.riskAssessment().risks()).singleElement().satisfies(r -> {
      assertThat(r.process()).isEqualTo("การจัดซื้อจัดจ้าง");
      assertThat(r.level()).isEqualTo("สูง");
      assertThat(r.controls()).hasSize(2);
    });
    assertThat(projects(plan)).extracting(Project::kind).containsExactly("PROJECT", "MEASURE", "ACTIVITY");
    Project training = project(plan, "อบรมคุณธรรม");
    assertThat(training.seq()).isEqualTo(1);
    assertThat(training.budget()).isEqualTo(every(2566, 2570, 10_000));
    assertThat(training.responsible()).isEqualTo("สำนักปลัด");
    assertThat(training.details().objectives()).containsExactly("เพื่อให้บุคลากรมีความรู้ด้านคุณธรรม", "เพื่อสร้างวัฒนธรรมองค์กรสุจริต");
    assertThat(training.details().method()).hasSize(2);
    assertThat(training.details().costLines()).extracting(PlanInterchange.CostLine::amount)
        .containsExactly(new BigDecimal("6000"), new BigDecimal("4000"));
    assertThat(training.details().outputs()).containsExactly("มีการจัดอบรมจำนวน 1 ครั้ง");
    assertThat(training.details().indicatorTargets()).anySatisfy(t -> {
      assertThat(t.target()).isEqualByComparingTo("80");
      assertThat(t.unit()).isEqualTo("percent");
    });
    assertThat(project(plan, "เผยแพร่ข้อมูล").budget()).isEqualTo(every(2566, 2570, 0));
    assertThat(project(plan, "เผยแพร่ข้อมูล").details().indicatorTargets()).singleElement()
        .satisfies(t -> assertThat(t.unit()).isEqualTo("count"));
    assertThat(plan.statedProjectCount()).isEqualTo(3);
    assertThat(plan.statedGrandTotal()).isEqualTo(every(2566, 2570, 10_000));
    assertThat(plan.dimensions().get(0).statedProjectCount()).isEqualTo(2);
    assertThat(plan.diagnostics()).isEmpty();
  }

  @Test
  void repairsDamagedTablesAndReportsEachRepair() throws IOException {
    PlanInterchange plan = importer.read("damaged-plan.txt", resource("damaged-plan.txt")).plan();

    assertThat(plan.organization().kind()).isEqualTo("TOWN_MUNICIPALITY");
    assertThat(plan.period()).as("Thai digits").isEqualTo(new PlanInterchange.Period(2566, 2568));
    assertThat(project(plan, "อบรมคุณธรรม").budget()).isEqualTo(every(2566, 2568, 20_000));
    assertThat(project(plan, "ผลประโยชน์ทับซ้อน").name()).as("row continued after the repeated header")
        .isEqualTo("มาตรการป้องกันผลประโยชน์ทับซ้อนของ เทศบาลเมืองทดลอง");
    assertThat(project(plan, "เชิดชูเกียรติ").budget()).as("row shifted by an empty cell").isEqualTo(every(2566, 2568, 5_000));
    assertThat(missionOf(plan, "เปิดเผยข้อมูล")).as("HTML cell with two missions").isEqualTo("2.1");
    assertThat(missionOf(plan, "รายงานการเงิน")).as("second item of a shared cell").isEqualTo("2.1");
    assertThat(missionOf(plan, "No Gift")).as("numbering restarts in the next mission").isEqualTo("2.2");
    assertThat(project(plan, "รายงานการเงิน").budget()).isEqualTo(every(2566, 2568, 0));
    assertThat(project(plan, "อบรมคุณธรรม").details().principle()).as("bold heading glued to the name line")
        .isEqualTo("บุคลากรต้องมีคุณธรรม");
    assertThat(project(plan, "เครือข่าย").budget()).as("recovered from Part 3").isEqualTo(every(2566, 2568, 0));

    assertThat(codes(plan)).contains("ROW_REPAIRED", "ROW_SHIFTED", "SHARED_BUDGET_CELL", "MARKUP_REMOVED", "OCR_FIXED",
        "STATED_TOTAL_MISMATCH", "STATED_COUNT_MISMATCH", "MISSING_DETAIL_SHEET", "DETAIL_SHEET_WITHOUT_ITEM");
    assertThat(plan.diagnostics()).allSatisfy(d -> {
      assertThat(d.line()).isPositive();
      assertThat(d.message()).containsPattern("[ก-๙]");
    });
    assertThat(plan.diagnostics()).filteredOn(d -> d.code().equals("STATED_TOTAL_MISMATCH")).singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(15));
  }

  @Test
  void recoversItemsFromPart3AndTheContentsWhenTheTableIsLost() throws IOException {
    PlanInterchange plan = importer.read("lost-table.txt", resource("lost-table.txt")).plan();

    assertThat(plan.organization().kind()).isEqualTo("CITY_MUNICIPALITY");
    assertThat(projects(plan)).hasSize(3);
    assertThat(project(plan, "อบรมคุณธรรม").budget()).as("one Part 3 amount for every year").isEqualTo(every(2566, 2570, 30_000));
    assertThat(project(plan, "ผลประโยชน์ทับซ้อน").budget()).isEqualTo(every(2566, 2570, 0));
    assertThat(project(plan, "จัดซื้อจัดจ้าง").details()).as("listed in the contents only").isNull();
    assertThat(project(plan, "จัดซื้อจัดจ้าง").budget().values()).containsOnlyNulls();
    assertThat(missionOf(plan, "จัดซื้อจัดจ้าง")).isEqualTo("2.1");
    assertThat(codes(plan)).contains("PART2_RECOVERED_FROM_PART3", "MISSING_DETAIL_SHEET");
  }

  @Test
  void readsColumnsSeparatedBySpaces() throws IOException {
    String layout = new String(resource("clean-plan.txt"), StandardCharsets.UTF_8).replaceAll("\t+", "    ");
    PlanInterchange plan = importer.read("layout.txt", layout.getBytes(StandardCharsets.UTF_8)).plan();
    assertThat(projects(plan)).hasSize(3);
    assertThat(project(plan, "อบรมคุณธรรม").budget()).isEqualTo(every(2566, 2570, 10_000));
    assertThat(missionOf(plan, "ประมวลจริยธรรม")).isEqualTo("1.2");
    assertThat(plan.statedGrandTotal()).isEqualTo(every(2566, 2570, 10_000));
  }

  @Test
  void readsBandRowsAndANumberColumn() {
    String text = String.join("\n",
        "แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566 - 2570 องค์การบริหารส่วนตำบลแถบตาราง",
        String.join("\t", "ที่", "โครงการ/กิจกรรม/มาตรการ", "งบประมาณ 2566", "งบประมาณ 2567", "งบประมาณ 2568", "งบประมาณ 2569", "งบประมาณ 2570", "หน่วยงานรับผิดชอบ"),
        String.join("\t", "มิติที่ 1 การสร้างวัฒนธรรมสุจริต", "", "", "", "", "", "", ""),
        String.join("\t", "1.3 การเสริมสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน", "", "", "", "", "", "", ""),
        String.join("\t", "1", "โครงการโตไปไม่โกง", "20,000.-", "20,000.-", "20,000.-", "20,000.-", "20,000.-", "กองการศึกษา"),
        String.join("\t", "มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", "", "", "", "", "", "", ""),
        String.join("\t", "2", "ประชุมประชาคมหมู่บ้าน", "ไม่ต้องใช้งบประมาณ", "-", "-", "-", "-", "สำนักปลัด"));
    PlanInterchange plan = importer.read("band.txt", text.getBytes(StandardCharsets.UTF_8)).plan();
    assertThat(missionOf(plan, "โตไปไม่โกง")).isEqualTo("1.3");
    assertThat(project(plan, "โตไปไม่โกง").seq()).isEqualTo(1);
    assertThat(project(plan, "โตไปไม่โกง").budget()).isEqualTo(every(2566, 2570, 20_000));
    assertThat(project(plan, "โตไปไม่โกง").responsible()).isEqualTo("กองการศึกษา");
    assertThat(project(plan, "ประชาคม").kind()).isEqualTo("OTHER");
    assertThat(project(plan, "ประชาคม").budget()).isEqualTo(every(2566, 2570, 0));
    assertThat(plan.dimensions()).extracting(PlanInterchange.Dimension::no).containsExactly(1, 3);
  }

  @Test
  void aCodedItemWithoutItsKindWordBeforeAUnitColumnIsAnItemNotASubMission() {
    String text = String.join("\n",
        "แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566 - 2568 องค์การบริหารส่วนตำบลรหัสสามชั้น",
        String.join("\t", "มิติ", "ภารกิจตามมิติ", "โครงการ/กิจกรรม/มาตรการ", "หน่วยงานรับผิดชอบ", "ปี 2566", "ปี 2567", "ปี 2568"),
        String.join("\t", "มิติที่ 2 การบริหารราชการด้วยความโปร่งใส", "2.3 มาตรการการใช้ดุลยพินิจ", "2.3.1 มาตรการใช้ดุลยพินิจอย่างโปร่งใส", "สำนักปลัด", "-", "-", "-"),
        String.join("\t", "", "", "2.3.2 ยกย่องเชิดชูเกียรติบุคคลที่ซื่อสัตย์สุจริต", "สำนักปลัด", "5,000", "5,000", "5,000"));
    PlanInterchange plan = importer.read("code.txt", text.getBytes(StandardCharsets.UTF_8)).plan();
    assertThat(projects(plan)).extracting(Project::name)
        .containsExactly("มาตรการใช้ดุลยพินิจอย่างโปร่งใส", "ยกย่องเชิดชูเกียรติบุคคลที่ซื่อสัตย์สุจริต");
    assertThat(missionOf(plan, "ยกย่องเชิดชูเกียรติ")).isEqualTo("2.3");
    assertThat(project(plan, "ยกย่องเชิดชูเกียรติ").budget()).isEqualTo(every(2566, 2568, 5_000));
  }

  @Test
  void theFirstRowUnderARepeatedHeaderIsAnItemEvenWhenItsNameSaysงบประมาณ() {
    String header = String.join("\t", "มิติ", "ภารกิจตามมิติ", "โครงการ/กิจกรรม/มาตรการ", "ปี 2566", "ปี 2567", "ปี 2568");
    String text = String.join("\n",
        "แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566 - 2568 เทศบาลตำบลหัวตาราง",
        header,
        String.join("\t", "มิติที่ 2 การบริหารราชการด้วยความโปร่งใส", "2.2 มาตรการสร้างความโปร่งใส", "1 มาตรการสร้างความโปร่งใสในการบริหารงานบุคคล", "-", "-", "-"),
        "", "- 3 -", "",
        header,
        String.join("\t", "", "", "2 กิจกรรม “ควบคุมการเบิกจ่ายเงินตามข้อบัญญัติงบประมาณรายจ่ายประจำปี", "ไม่ใช้งบประมาณ", "ไม่ใช้งบประมาณ", "ไม่ใช้งบประมาณ"),
        String.join("\t", "", "", "3 กิจกรรมวิเคราะห์ผลการจัดซื้อจัดจ้างประจำปี", "ไม่ใช้งบประมาณ", "ไม่ใช้งบประมาณ", "ไม่ใช้งบประมาณ"));
    PlanInterchange plan = importer.read("repeated.txt", text.getBytes(StandardCharsets.UTF_8)).plan();
    assertThat(projects(plan)).hasSize(3);
    assertThat(project(plan, "ควบคุมการเบิกจ่าย").seq()).isEqualTo(2);
    assertThat(missionOf(plan, "ควบคุมการเบิกจ่าย")).isEqualTo("2.2");
  }

  @Test
  void readsWindows874Utf16AndBom() throws IOException {
    String text = new String(resource("clean-plan.txt"), StandardCharsets.UTF_8);
    byte[] tis = text.getBytes(Charset.forName("x-windows-874"));
    ImportResult thai = importer.read("plan.txt", tis);
    assertThat(thai.encoding()).containsIgnoringCase("874");
    assertThat(thai.plan().organization().name()).isEqualTo("องค์การบริหารส่วนตำบลทดสอบดี");
    assertThat(projects(thai.plan())).hasSize(3);

    assertThat(importer.read("plan.txt", text.getBytes(StandardCharsets.UTF_16LE)).encoding()).isEqualTo("UTF-16LE");
    assertThat(importer.read("plan.txt", text.getBytes(StandardCharsets.UTF_16)).encoding()).isEqualTo("UTF-16BE");
    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
    assertThat(projects(importer.read("plan.txt", bom).plan())).hasSize(3);
  }

  @Test
  void readsTheInterchangeJsonBackAndValidatesIt() throws IOException {
    PlanInterchange plan = importer.read("clean-plan.txt", resource("clean-plan.txt")).plan();
    ImportResult again = importer.read("plan.json", InterchangeJson.write(plan).getBytes(StandardCharsets.UTF_8));
    assertThat(again.format()).isEqualTo(SourceFormat.INTERCHANGE_JSON);
    assertThat(again.plan()).isEqualTo(plan);

    String broken = InterchangeJson.write(plan).replace("\"code\" : \"2.1\"", "\"code\" : \"9.9\"");
    assertThat(codes(importer.read("plan.json", broken.getBytes(StandardCharsets.UTF_8)).plan())).contains("INVALID_INTERCHANGE");
    assertThatThrownBy(() -> importer.read("plan.json", "{\"organization\": [".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(ImportException.Reason.BAD_JSON));
  }

  @Test
  void refusesUnusableInputWithAThaiReason() throws IOException {
    byte[] random = new byte[64 * 1024];
    new Random(7).nextBytes(random);
    assertReason(random, ImportException.Reason.BINARY);
    assertReason(new byte[0], ImportException.Reason.EMPTY);
    assertReason("  \n\n ".getBytes(StandardCharsets.UTF_8), ImportException.Reason.EMPTY);
    assertReason(resource("not-a-plan.txt"), ImportException.Reason.NOT_A_PLAN);
    assertReason("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), ImportException.Reason.BAD_PDF);
    assertReason("PK\u0003\u0004 this is no zip".getBytes(StandardCharsets.ISO_8859_1), ImportException.Reason.BAD_DOCX);
    assertReason(zip("hello.txt", "not a word document".getBytes(StandardCharsets.UTF_8)), ImportException.Reason.BAD_DOCX);
    assertReason(zip("word/document.xml", " ".repeat(30 << 20).getBytes(StandardCharsets.US_ASCII)), ImportException.Reason.ZIP_BOMB);

    InputStream fiftyMegabytes = new InputStream() {
      private long left = 50L << 20;

      @Override
      public int read() {
        return left-- > 0 ? 'a' : -1;
      }
    };
    assertThatThrownBy(() -> importer.read("big.txt", fiftyMegabytes))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.reason()).isEqualTo(ImportException.Reason.TOO_LARGE);
          assertThat(e.getMessage()).contains("20 MB");
        });
  }

  private void assertReason(byte[] input, ImportException.Reason reason) {
    assertThatThrownBy(() -> importer.read("input", input)).isInstanceOfSatisfying(ImportException.class, e -> {
      assertThat(e.reason()).isEqualTo(reason);
      assertThat(e.getMessage()).containsPattern("[ก-๙]");
    });
  }

  static byte[] zip(String entry, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry(entry));
      z.write(content);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
