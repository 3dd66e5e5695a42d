package org.sujarit.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.importer.text.ThaiText;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.document.layout.LineBreakRules;

/**
 * A real plan imported from its text and rendered keeps the organization's own words: every line of
 * the source's foreword and Part 1 prose (the line ranges below, table rows left out) is found in the
 * PDF and the DOCX, with the document's own date and signature and not the render date.
 */
class SeedDocumentsTest {
  private static final Path SEEDS = Path.of(System.getProperty("sujarit.shared", "/work/shared"), "seeds");
  private static final PlanImporter IMPORTER = PlanImporter.withBuiltInFrameworks();
  private static final PlanDocuments DOCUMENTS = new PlanDocuments();
  private static final RenderOptions OPTIONS = RenderOptions.issuedOn(LocalDate.of(2025, 10, 1));
  /** A page number as the source or the PDF prints it: "- 2 -", "๑๒", "ก". */
  private static final Pattern PAGE_LABEL = Pattern.compile("^\\s*[-–]?\\s*(?:[0-9๐-๙]{1,3}|[ก-ฮ])\\s*[-–]?\\s*$");

  /** Source lines (1-based, inclusive) of the foreword and the Part 1 prose, per seed. */
  private static final Map<String, int[][]> PART_ONE = Map.of(
      "000", new int[][] {{17, 31}, {120, 369}, {376, 398}, {402, 410}, {414, 416}, {420, 428}},
      "001", new int[][] {{14, 38}, {71, 81}, {85, 93}, {97, 99}, {107, 115}},
      "003", new int[][] {{7, 111}, {115, 132}, {136, 144}, {148, 156}, {160, 168}});

  /** The date under each seed's foreword; 003 has no foreword. */
  private static final Map<String, String> DATES = Map.of("000", "สิงหาคม 2565", "001", "พฤษภาคม 2565");

  static Stream<Arguments> seeds() throws IOException {
    List<Arguments> out = new ArrayList<>();
    if (!Files.isDirectory(SEEDS)) return Stream.of(Arguments.of("missing", null, null));
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path p : files.sorted().toList()) {
        String no = p.getFileName().toString().substring(0, 3);
        if (!PART_ONE.containsKey(no)) continue;
        for (DocumentFormat f : List.of(DocumentFormat.PDF, DocumentFormat.DOCX)) out.add(Arguments.of(no, p, f));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} as {2}")
  @MethodSource("seeds")
  void partOneIsPrintedAsTheSourceWroteIt(String no, Path seed, DocumentFormat format) throws IOException {
    assumeTrue(seed != null, "shared seeds not present");
    List<String> source = Files.readAllLines(seed, StandardCharsets.UTF_8);
    PlanInterchange plan = IMPORTER.read(seed.getFileName().toString(), Files.readAllBytes(seed)).plan();
    String text = squeeze(text(DOCUMENTS.render(plan, format, OPTIONS), format));

    List<String> missing = new ArrayList<>();
    for (int[] range : PART_ONE.get(no)) {
      for (int n = range[0]; n <= range[1]; n++) {
        String line = source.get(n - 1);
        if (line.isBlank() || line.indexOf('\t') >= 0 || PAGE_LABEL.matcher(line).matches() || monitoring(source, n - 1)) continue;
        if (!text.contains(squeeze(line))) missing.add(n + ": " + line);
      }
    }
    assertThat(missing).as("source lines not printed").isEmpty();
    String date = DATES.get(no);
    assertThat(text).as("the document's own date, else the issue date").contains(squeeze(date == null ? "ตุลาคม 2568" : date));
    if (date != null) assertThat(text).as("the render date is not the document's").doesNotContain(squeeze("ตุลาคม 2568"));
  }

  /**
   * Seed 000's title line read in another script ("(မ.၂၂၅၆။ - ၂၅၇၀)", line 430) after the last benefit
   * is dropped with a diagnostic, not appended to benefit 5.5.
   */
  @org.junit.jupiter.api.Test
  void aTitleLineInAnotherScriptIsNotPartOfTheLastBenefit() throws IOException {
    Path seed = SEEDS.resolve("000_57b82ac8baffe8ef.txt");
    assumeTrue(Files.isRegularFile(seed), "shared seeds not present");
    PlanInterchange plan = IMPORTER.read(seed.getFileName().toString(), Files.readAllBytes(seed)).plan();
    List<String> benefits = plan.introduction().benefits();
    assertThat(benefits.get(benefits.size() - 1)).endsWith("อย่างยั่งยืน");
    assertThat(plan.diagnostics()).anyMatch(d -> Integer.valueOf(430).equals(d.line()) && "OCR_FIXED".equals(d.code()));
    String text = squeeze(text(DOCUMENTS.render(plan, DocumentFormat.PDF, OPTIONS), DocumentFormat.PDF));
    assertThat(text).contains(squeeze("เครือข่ายในการเฝ้าระวังการทุจริตที่เข้มแข็งอย่างยั่งยืน"))
        .doesNotContain(squeeze("อย่างยั่งยืน (.2256")).doesNotContain("2256");
  }

  /**
   * Seed 000's nine-step captions each get their table with its header and the risks' values (read
   * from its tables by the importer); the monitoring tables' captions (6 to 9), which a plan cannot
   * fill, are left out, and so is the simple risk table that would repeat them.
   */
  @org.junit.jupiter.api.Test
  void seed000sNineStepCaptionsHaveTheirTables() throws IOException {
    Path seed = SEEDS.resolve("000_57b82ac8baffe8ef.txt");
    assumeTrue(Files.isRegularFile(seed), "shared seeds not present");
    PlanInterchange plan = IMPORTER.read(seed.getFileName().toString(), Files.readAllBytes(seed)).plan();
    String text = squeeze(text(DOCUMENTS.render(plan, DocumentFormat.PDF, OPTIONS), DocumentFormat.PDF));
    String[][] tables = {
        {"ตารางที่ 1 ตารางระบุความเสี่ยง", "ด้าน / กระบวนงาน", "1การพิจารณาอนุมัติ อนุญาต"},
        {"ตารางที่ 2 ตารางแสดงสถานะความเสี่ยง", "เขียวเหลืองส้มแดง", "1การพิจารณาตรวจสอบ"},
        {"ตารางที่ 3 SCORING", "ค่าความเสี่ยงรวม", "4"},
        {"ตาราง 3.1 ระดับความจำเป็นของการเฝ้าระวัง", "MUST", "SHOULD"},
        {"ตารางที่ 3.2 ระดับความรุนแรงของผลกระทบ", "โอกาส/ความเสี่ยงการทุจริต", "/"},
        {"ตารางที่ 4 ตารางแสดงการประเมินการควบคุมความเสี่ยง", "คุณภาพการจัดการ", "ดี"},
        {"ตารางที่ 5 ตารางแผนบริหารความเสี่ยง", "มาตรการป้องกันความเสี่ยง", "2) กำหนดให้เจ้าหน้าที่ผู้รับผิดชอบ"}};
    for (String[] t : tables) {
      int at = text.indexOf(squeeze(t[0]));
      assertThat(at).as(t[0]).isPositive();
      String under = text.substring(at, Math.min(text.length(), at + 1200));
      assertThat(under).as("under " + t[0]).contains(squeeze(t[1])).contains(squeeze(t[2]));
    }
    assertThat(text).doesNotContain(squeeze("ตารางที่ 6 ตารางจัดทำรายงานผล")).doesNotContain(squeeze("ตารางที่ 7 ตารางจัดทำระบบ"))
        .doesNotContain(squeeze("7.1 (สถานะสีเขียว)")).doesNotContain(squeeze("ตารางที่ 9 แบบรายงาน"))
        .contains(squeeze("ขั้นตอนที่ 6 การจัดทำรายงานผลการเฝ้าระวังความเสี่ยง"))
        .doesNotContain(squeeze("ประเด็นความเสี่ยงการทุจริต"));
  }

  /**
   * Seed 003's sheets 3.1.1 and 4.1.1 (their sub-mission headings) have no Part 2 row and are recovered
   * from Part 3; they are printed where the source has them, before 3.1.2 and 4.1.2, not after the
   * mission's other items.
   */
  @ParameterizedTest(name = "003 as {0}")
  @org.junit.jupiter.params.provider.EnumSource(value = DocumentFormat.class, names = {"PDF", "DOCX"})
  void recoveredSheetsKeepTheSourcesOrder(DocumentFormat format) throws IOException {
    Path seed = SEEDS.resolve("003_84f9b3d3dee21d4b.txt");
    assumeTrue(Files.isRegularFile(seed), "shared seeds not present");
    PlanInterchange plan = IMPORTER.read(seed.getFileName().toString(), Files.readAllBytes(seed)).plan();
    String text = squeeze(text(DOCUMENTS.render(plan, format, OPTIONS), format));
    String part3 = text.substring(text.lastIndexOf(squeeze("รายละเอียดโครงการ/กิจกรรม/มาตรการ")));
    for (String[] pair : new String[][] {
        {"๓.๑.๑ การจัดให้มีศูนย์ข้อมูลข่าวสาร", "๓.๑.๒ มีการเปิดเผยข้อมูลข่าวสาร"},
        {"๔.๑.๑ มีการจัดทำและรายงานการจัดทำระบบตรวจสอบภายใน", "๔.๑.๒ มีการจัดทำและรายงานการจัดทำระบบควบคุมภายใน"}}) {
      int first = part3.indexOf(squeeze(pair[0]));
      int second = part3.indexOf(squeeze(pair[1]));
      assertThat(first).as(pair[0]).isPositive();
      assertThat(first).as(pair[0] + " before " + pair[1]).isLessThan(second);
    }
  }

  /**
   * Seed 001's signature does not stand alone on the page after its foreword: the PDF page with the
   * signature and date holds the end of the last paragraph too, and in the DOCX that paragraph is kept
   * with the signature (keep with next, keep lines together).
   */
  @org.junit.jupiter.api.Test
  void theSignatureStaysWithTheLastParagraphOfTheForeword() throws IOException {
    Path seed = SEEDS.resolve("001_d1f19dc540dd0745.txt");
    assumeTrue(Files.isRegularFile(seed), "shared seeds not present");
    PlanInterchange plan = IMPORTER.read(seed.getFileName().toString(), Files.readAllBytes(seed)).plan();
    List<String> foreword = List.of(plan.introduction().foreword().split("\n\n"));
    String last = squeeze(foreword.get(foreword.size() - 1));
    try (PDDocument doc = Loader.loadPDF(DOCUMENTS.render(plan, DocumentFormat.PDF, OPTIONS))) {
      PDFTextStripper stripper = new PDFTextStripper();
      String signed = null;
      for (int p = 2; p <= 4 && signed == null; p++) { // the cover has the date too
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String page = squeeze(stripper.getText(doc));
        if (page.contains(squeeze("พฤษภาคม 2565"))) signed = page;
      }
      assertThat(signed).as("the page of the signature").isNotNull().contains(last.substring(last.length() - 15));
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.render(plan, DocumentFormat.DOCX, OPTIONS)))) {
      List<org.apache.poi.xwpf.usermodel.XWPFParagraph> ps = doc.getParagraphs();
      int start = 0;
      while (!ps.get(start).getText().strip().equals("คำนำ")) start++;
      int signature = -1;
      for (int i = start; i < ps.size() && signature < 0; i++) if (ps.get(i).getText().contains("พฤษภาคม 2565")) signature = i;
      assertThat(signature).isPositive();
      assertThat(squeeze(ps.get(signature - 1).getText())).isEqualTo(last);
      assertThat(ps.get(signature - 1).isKeepNext()).as("the last paragraph kept with the signature").isTrue();
    }
  }

  /** Part 1's section headings in the source's own words (numbered in the document's order), the standard ones only where it has none. */
  @ParameterizedTest(name = "{0} as {2}")
  @MethodSource("seeds")
  void partOneHeadingsAreTheSources(String no, Path seed, DocumentFormat format) throws IOException {
    assumeTrue(seed != null, "shared seeds not present");
    PlanInterchange plan = IMPORTER.read(seed.getFileName().toString(), Files.readAllBytes(seed)).plan();
    String text = squeeze(text(DOCUMENTS.render(plan, format, OPTIONS), format));
    String risk = switch (no) {
      case "000" -> "1. การประเมินความเสี่ยงการทุจริตขององค์กร";
      case "003" -> "1. การวิเคราะห์ความเสี่ยงในการเกิดการทุจริตในองค์กร";
      default -> "1. การประเมินความเสี่ยงการทุจริตในองค์กร"; // 001 has no heading of its own: the standard one
    };
    assertThat(text).contains(squeeze(risk)).contains(squeeze("5. ประโยชน์ของการจัดทำแผน"));
    if (!no.equals("001")) assertThat(text).doesNotContain(squeeze("1. การประเมินความเสี่ยงการทุจริตในองค์กร"));
  }

  /** The source line where each seed's Part 3 begins (000 has no "ส่วนที่ 3" heading of its own). */
  private static final Map<String, Integer> PART_THREE = Map.of("000", 439, "001", 153, "003", 221);
  /** A section heading of a detail sheet: its number and the standard words it starts with. */
  private static final Pattern SECTION = Pattern.compile("^(\\(?\\s*[0-9๐-๙]{1,2}\\s*[.)]?\\s*\\)?)\\s*(ชื่อโครงการ|ชื่อกิจกรรม|ชื่อมาตรการ|หลัก"
      + "|วัตถุประสงค์|กลุ่มเป้าหมาย|เป้าหมาย|พื้นที่|สถานที่|วิธี|ขั้นตอนการดำเนิน|ระยะเวลา|งบประมาณ|ผู้รับผิดชอบ|หน่วยงาน|ผลผลิต|ผลลัพธ์"
      + "|ตัวชี้วัด|ผลที่|ประโยชน์ที่)");

  /**
   * The detail sheets keep the source's sections: each sheet has the same numbered headings in the same
   * order (none invented, none renumbered), no machine tags, and the appendix is not read as a section.
   * Sheets are compared as a set, as the documents print them in the order of Part 2.
   */
  @ParameterizedTest(name = "{0} as {2}")
  @MethodSource("seeds")
  void partThreeHasTheSourcesSections(String no, Path seed, DocumentFormat format) throws IOException {
    assumeTrue(seed != null, "shared seeds not present");
    List<String> source = Files.readAllLines(seed, StandardCharsets.UTF_8);
    PlanInterchange plan = IMPORTER.read(seed.getFileName().toString(), Files.readAllBytes(seed)).plan();
    String rendered = text(DOCUMENTS.render(plan, format, OPTIONS), format);

    List<String> expected = new ArrayList<>();
    for (String line : source.subList(PART_THREE.get(no), source.size())) {
      if (line.strip().equals("ภาคผนวก")) break;
      // a converter may glue a bold heading to the line before it ("…งบประมาณ**๒. หลักการและเหตุผล**")
      for (String part : (line.indexOf('\t') < 0 ? line : line.strip().split("\t")[0]).split("\\*\\*")) sectionHeading(part, expected);
    }
    List<String> printed = new ArrayList<>();
    String part3 = rendered.substring(rendered.lastIndexOf("รายละเอียดโครงการ/กิจกรรม/มาตรการ"));
    for (String line : part3.split("\\R")) sectionHeading(line, printed);
    assertThat(printed).hasSizeGreaterThan(100);
    assertThat(sheets(printed)).isEqualTo(sheets(expected));
    assertThat(rendered).doesNotContain("(ค่าเป้าหมาย:").doesNotContain("ภาคผนวก");
  }

  /** Heading sequences one per sheet (a sheet starts at its name or where the numbers start again), sorted. */
  private static List<String> sheets(List<String> headings) {
    List<String> out = new ArrayList<>();
    StringBuilder sheet = new StringBuilder();
    int last = Integer.MAX_VALUE;
    for (String h : headings) {
      int n = Integer.parseInt(h.replaceAll("\\D*?(\\d+).*", "$1"));
      if ((h.contains("ชื่อ") || n <= last) && sheet.length() > 0) {
        out.add(sheet.toString());
        sheet.setLength(0);
      }
      sheet.append(h).append(" | ");
      last = n;
    }
    if (sheet.length() > 0) out.add(sheet.toString());
    return out.stream().sorted().toList();
  }

  private static void sectionHeading(String line, List<String> out) {
    java.util.regex.Matcher m = SECTION.matcher(line.strip().replaceFirst("^[-•]\\s+", ""));
    if (m.find()) out.add(org.sujarit.common.ThaiDigits.toArabic(m.group(1)).replaceAll("\\s", "") + " " + m.group(2));
  }

  static String text(byte[] bytes, DocumentFormat format) throws IOException {
    if (format == DocumentFormat.DOCX) {
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes)); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
        return LineBreakRules.plain(x.getText());
      }
    }
    // pages are joined without their page numbers, so that a paragraph running on is found whole
    StringBuilder sb = new StringBuilder();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true); // tables are drawn after the text that follows them
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        for (String line : stripper.getText(doc).split("\\R")) {
          if (!PAGE_LABEL.matcher(line).matches()) sb.append(line).append('\n');
        }
      }
    }
    return sb.toString();
  }

  /**
   * Spaces and line breaks dropped (a wrapped line keeps no trace of them), markdown marks removed,
   * Thai read as Lao letters read back and letters of other scripts dropped, as the importer does (and
   * reports).
   */
  /** A caption of a monitoring table (or its sub-caption "7.1 …"), which the documents leave out. */
  private static boolean monitoring(List<String> source, int i) {
    for (int k = i; k >= Math.max(0, i - 2); k--) {
      var c = org.sujarit.interchange.NineStepTable.caption(source.get(k));
      if (c.isPresent()) return !c.get().table().atPlanTime() && (k == i || source.get(i).strip().startsWith(c.get().number() + "."));
    }
    return false;
  }

  static String squeeze(String s) {
    String t = ThaiText.normalize(s).replaceAll("^\\s*[-•]\\s+", "").replace("**", "");
    if (ThaiText.hasLao(t)) t = ThaiText.laoToThai(t);
    t = ThaiText.withoutForeignLetters(t);
    return t.replaceAll("[\\s\\u00A0\\u200B\\u2060]+", "");
  }
}
