package org.sujarit.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.sujarit.document.layout.DocumentFont;
import org.sujarit.document.layout.LineBreakRules;

/** The DOCX read back with POI: tables, merges, Thai font slots, sections and totals. */
class DocxDocumentTest {
  private static final String FONT = "TH Sarabun New";
  private static XWPFDocument doc;

  @BeforeAll
  static void render() throws IOException {
    byte[] docx = new PlanDocuments().render(TestPlans.fiveYear(), DocumentFormat.DOCX, TestPlans.OPTIONS);
    doc = new XWPFDocument(new ByteArrayInputStream(docx));
  }

  @Test
  void partTwoIsOneTablePerDimensionWithTheHeaderRepeated() {
    List<XWPFTable> tables = planTables();
    assertThat(tables).hasSize(4);
    for (XWPFTable t : tables) {
      assertThat(texts(t.getRow(0))).containsExactly("มิติ", "ภารกิจตามมิติ", "โครงการ/กิจกรรม/มาตรการ",
          "ปี 2566", "ปี 2567", "ปี 2568", "ปี 2569", "ปี 2570", "หมายเหตุ");
      assertThat(t.getRow(0).isRepeatHeader()).isTrue();
      assertThat(t.getRow(1).isRepeatHeader()).isTrue();
      assertThat(t.getRow(2).isRepeatHeader()).isFalse();
      assertThat(t.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(9);
      assertThat(t.getRows()).allSatisfy(row -> assertThat(row.isCantSplitRow()).isTrue());
    }
  }

  @Test
  void headerSubtotalAndTotalRowsMoveWithTheirNeighbours() {
    // "keep with next" on a row's paragraphs keeps the row on the page of the next one (Word and
    // LibreOffice): no page opens with a subtotal alone under the repeated header
    List<XWPFTable> tables = planTables();
    for (XWPFTable t : tables) {
      int last = t.getNumberOfRows() - 1;
      int subtotal = t == tables.get(tables.size() - 1) ? last - 1 : last;
      assertThat(keptWithNext(t.getRow(0))).isTrue();
      assertThat(keptWithNext(t.getRow(1))).isTrue();
      assertThat(keptWithNext(t.getRow(subtotal - 1))).isTrue();
      assertThat(keptWithNext(t.getRow(last))).isFalse();
      if (subtotal != last) assertThat(keptWithNext(t.getRow(subtotal))).isTrue();
    }
    assertThat(keptWithNext(tables.get(0).getRow(2))).isFalse(); // an item followed by an item
  }

  private static boolean keptWithNext(XWPFTableRow row) {
    return row.getTableCells().stream().flatMap(c -> c.getParagraphs().stream()).allMatch(XWPFParagraph::isKeepNext);
  }

  @Test
  void dimensionAndMissionCellsAreMergedDownTheirRows() {
    XWPFTable first = planTables().get(0);
    // rows: 2 header, items 1–2 (mission 1.1), 3 (1.2), 4 (1.3), subtotal
    assertThat(first.getNumberOfRows()).isEqualTo(7);
    assertThat(vMerge(first.getRow(2).getCell(0))).isEqualTo(STMerge.RESTART);
    for (int r = 3; r <= 6; r++) assertThat(vMerge(first.getRow(r).getCell(0))).as("row %d", r).isEqualTo(STMerge.CONTINUE);
    assertThat(LineBreakRules.plain(first.getRow(2).getCell(0).getText())).isEqualTo("1. การสร้างวัฒนธรรมสุจริต");
    assertThat(vMerge(first.getRow(2).getCell(1))).isEqualTo(STMerge.RESTART);
    assertThat(vMerge(first.getRow(3).getCell(1))).isEqualTo(STMerge.CONTINUE);
    assertThat(vMerge(first.getRow(4).getCell(1))).isNull();
    assertThat(LineBreakRules.plain(first.getRow(3).getCell(2).getText())).startsWith("2) มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม");
  }

  @Test
  void subtotalsAndGrandTotalMatchThePlan() {
    ExpectedFigures expected = ExpectedFigures.of(TestPlans.fiveYear());
    List<XWPFTable> tables = planTables();
    for (int d = 0; d < tables.size(); d++) {
      XWPFTable t = tables.get(d);
      int subtotalRow = d == tables.size() - 1 ? t.getNumberOfRows() - 2 : t.getNumberOfRows() - 1;
      ExpectedFigures.Row row = expected.subtotals().get(d);
      List<String> cells = texts(t.getRow(subtotalRow));
      assertThat(cells.subList(1, 8)).as("dimension %d", d + 1)
          .containsExactlyElementsOf(concat(List.of("รวม", "จำนวน " + row.count() + " โครงการ"), row.printed()));
    }
    XWPFTableRow total = tables.get(3).getRow(tables.get(3).getNumberOfRows() - 1);
    assertThat(total.getCell(0).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.TWO);
    assertThat(texts(total).subList(0, 7))
        .containsExactlyElementsOf(concat(List.of("รวมทั้งสิ้น", "จำนวน 15 โครงการ"), expected.grandTotal().printed()));
  }

  @Test
  void thaiTextIsInTheComplexScriptSlots() {
    var defaults = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
    assertThat(defaults.getRFontsArray(0).getCs()).isEqualTo(FONT);
    assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo(FONT);
    assertThat(defaults.getSzCsArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
    assertThat(defaults.getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
    assertThat(defaults.getLangArray(0).getBidi()).isEqualTo("th-TH");
    List<XWPFRun> runs = new ArrayList<>();
    doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
    doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
    assertThat(runs).hasSizeGreaterThan(500);
    for (XWPFRun run : runs) {
      CTRPr pr = run.getCTR().getRPr();
      if (pr == null) continue; // the defaults: TH Sarabun New 16 pt, regular
      assertThat(pr.sizeOfRFontsArray()).isZero(); // no other font
      assertThat(pr.sizeOfSzCsArray()).isEqualTo(pr.sizeOfSzArray());
      assertThat(pr.sizeOfBCsArray()).isEqualTo(pr.sizeOfBArray());
    }
    XWPFTable table = planTables().get(0);
    CTRPr cell = table.getRow(2).getCell(2).getParagraphs().get(0).getRuns().get(0).getCTR().getRPr();
    assertThat(cell.getSzCsArray(0).getVal()).isEqualTo(BigInteger.valueOf(28));
    CTRPr total = table.getRow(table.getNumberOfRows() - 1).getCell(2).getParagraphs().get(0).getRuns().get(0).getCTR().getRPr();
    assertThat(total.sizeOfBCsArray()).isEqualTo(1);
  }

  @Test
  void coverFrontMatterAndPartsAreSectionsWithPartTwoLandscape() {
    List<CTSectPr> sections = new ArrayList<>();
    for (XWPFParagraph p : doc.getParagraphs()) {
      if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) sections.add(p.getCTP().getPPr().getSectPr());
    }
    sections.add(doc.getDocument().getBody().getSectPr());
    assertThat(sections).hasSize(5);
    assertThat(sections.stream().map(s -> s.getPgSz().getOrient()).toList()).containsExactly(STPageOrientation.PORTRAIT,
        STPageOrientation.PORTRAIT, STPageOrientation.PORTRAIT, STPageOrientation.LANDSCAPE, STPageOrientation.PORTRAIT);
    assertThat(sections.get(0).sizeOfHeaderReferenceArray()).isZero();
    assertThat(sections.get(1).getPgNumType().getFmt().toString()).isEqualTo("thaiLetters");
    assertThat(sections.get(2).getPgNumType().getStart()).isEqualTo(BigInteger.ONE);
    assertThat(sections.get(3).sizeOfHeaderReferenceArray()).isEqualTo(1);
  }

  @Test
  void coverContentsAndSheetsCarryTheirTexts() {
    String all = LineBreakRules.plain(String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList()));
    assertThat(all).contains("แผนปฏิบัติการป้องกันการทุจริต\nเพื่อยกระดับคุณธรรมและความโปร่งใส", "ประจำปีงบประมาณ พ.ศ. 2566–2570",
        "องค์การบริหารส่วนตำบลหนองบัวงาม", "กันยายน 2565", "(นายสมชาย ใจดี)", "สารบัญ",
        "งบประมาณปีละ 30,000 บาท (สามหมื่นบาทถ้วน)", "8. งบประมาณดำเนินการ", "10. ตัวชี้วัด/ผลลัพธ์");
    long pageRefs = doc.getParagraphs().stream().filter(p -> p.getCTP().xmlText().contains("PAGEREF part2_d1")).count();
    assertThat(pageRefs).isEqualTo(1);
    assertThat(doc.getParagraphs().stream().anyMatch(p -> p.getCTP().xmlText().contains("w:name=\"part2_d1\""))).isTrue();
  }

  /** The font the PDF embeds is in the file, obfuscated as ECMA-376 says, under the family the runs name. */
  @Test
  void theDocumentFontIsEmbeddedAndDeobfuscatesToTheShippedFile() throws Exception {
    byte[] docx = new PlanDocuments().render(TestPlans.fiveYear(), DocumentFormat.DOCX, TestPlans.OPTIONS);
    Map<String, byte[]> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) parts.put(e.getName(), zip.readAllBytes());
    }
    String table = new String(parts.get("word/fontTable.xml"), StandardCharsets.UTF_8);
    String rels = new String(parts.get("word/_rels/fontTable.xml.rels"), StandardCharsets.UTF_8);
    assertThat(table).contains("w:name=\"" + FONT + "\"", "<w:altName w:val=\"Laksaman TH16\"/>");
    assertThat(new String(parts.get("word/settings.xml"), StandardCharsets.UTF_8)).contains("<w:embedTrueTypeFonts/>");
    assertThat(new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8)).contains("Target=\"fontTable.xml\"");
    assertThat(new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8)).contains("application/vnd.openxmlformats-officedocument.obfuscatedFont");
    Map<String, String> shipped = Map.of("Regular", DocumentFont.REGULAR_FONT, "Bold", DocumentFont.BOLD_FONT);
    for (var face : shipped.entrySet()) {
      Matcher m = Pattern.compile("<w:embed" + face.getKey() + " r:id=\"(\\w+)\" w:fontKey=\"\\{([0-9A-F-]{36})}\"/>").matcher(table);
      assertThat(m.find()).as(face.getKey()).isTrue();
      Matcher target = Pattern.compile("Id=\"" + m.group(1) + "\" Target=\"([^\"]+)\"|Target=\"([^\"]+)\"[^>]*Id=\"" + m.group(1) + "\"").matcher(rels);
      assertThat(target.find()).isTrue();
      String part = "word/" + (target.group(1) != null ? target.group(1) : target.group(2));
      assertThat(part).endsWith(".odttf");
      byte[] font = parts.get(part).clone();
      String hex = m.group(2).replace("-", "");
      for (int i = 0; i < 32; i++) font[i] ^= (byte) Integer.parseInt(hex.substring(30 - 2 * (i % 16), 32 - 2 * (i % 16)), 16);
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(face.getValue())) {
        assertThat(font).as(face.getKey()).isEqualTo(in.readAllBytes());
      }
    }
  }

  /** The foreword opens the front matter numbered ก ข ค: its entry says ก, the body's are computed. */
  @Test
  void theForewordsEntryIsLabelledLikeItsPage() {
    XWPFParagraph foreword = doc.getParagraphs().stream()
        .filter(p -> LineBreakRules.plain(p.getText()).startsWith("คำนำ\t")).findFirst().orElseThrow();
    assertThat(LineBreakRules.plain(foreword.getText())).isEqualTo("คำนำ\tก");
    assertThat(foreword.getCTP().xmlText()).doesNotContain("PAGEREF");
  }

  private static List<XWPFTable> planTables() {
    List<XWPFTable> tables = new ArrayList<>();
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFTable t && LineBreakRules.plain(t.getRow(0).getCell(0).getText()).equals("มิติ")) tables.add(t);
    }
    return tables;
  }

  private static STMerge.Enum vMerge(XWPFTableCell cell) {
    var pr = cell.getCTTc().getTcPr();
    if (pr == null || pr.getVMerge() == null) return null;
    return pr.getVMerge().getVal() == null ? STMerge.CONTINUE : pr.getVMerge().getVal();
  }

  private static List<String> texts(XWPFTableRow row) {
    return row.getTableCells().stream().map(c -> LineBreakRules.plain(c.getText())).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
