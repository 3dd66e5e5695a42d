package org.sujarit.document.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.sujarit.common.ThaiDates;

/** The engine as another module uses it: blocks, a long table, a chart, both page set-ups, both formats. */
class OfficialDocumentTest {
  static final LocalDate ISSUED = LocalDate.of(2025, 10, 15);

  static OfficialDocument statistics(boolean thaiDigits) {
    DocumentInfo info = new DocumentInfo("รายงานสถิติเรื่องร้องเรียน", "องค์การบริหารส่วนตำบลห้วยทรายงาม", "ปีงบประมาณ พ.ศ. 2568",
        ISSUED.atStartOfDay(ThaiDates.BANGKOK), thaiDigits);
    OfficialDocument.Builder doc = OfficialDocument.builder(info).section(PageSetup.PORTRAIT, Section.PageNumbers.FROM_SECOND_PAGE);
    List<Table.Row> rows = new ArrayList<>();
    rows.add(Table.Row.header(List.of("ลำดับ", "เรื่อง", "จำนวน")));
    for (int i = 1; i <= 60; i++) rows.add(Table.Row.body(List.of(Integer.toString(i), "เรื่องร้องเรียนการจัดซื้อจัดจ้าง ประเภทที่ " + i, "1,250")));
    rows.add(Table.Row.total(List.of("", "รวม", "75,000")));
    Table table = new Table(Table.columns(doc.textWidth(), new float[] {10, 70, 20}, Align.CENTER, Align.LEFT, Align.RIGHT), 1, rows, 14);
    Picture chart = BarChart.bars("เรื่องร้องเรียนตามช่องทาง", List.of("เว็บไซต์", "โทรศัพท์", "ด้วยตนเอง"),
        List.of(new BarChart.Series("จำนวน", new Color(0x1565C0), new double[] {12, 8, 3})), v -> Long.toString(Math.round(v)));
    return doc.add(Heading.title("รายงานสถิติเรื่องร้องเรียน\nณ วันที่ " + ThaiDates.longDate(ISSUED)))
        .add(Heading.section("1. สรุปผล"))
        .paragraph("ในปีงบประมาณ พ.ศ. 2568 องค์กรได้รับเรื่องร้องเรียนรวม 23 เรื่อง ดำเนินการแล้วเสร็จ 20 เรื่อง")
        .caption("ตารางที่ 1 เรื่องร้องเรียนตามประเภท")
        .add(table)
        .add(chart.withCaption("ภาพที่ 1 เรื่องร้องเรียนตามช่องทาง"))
        .section(PageSetup.LANDSCAPE, Section.PageNumbers.CONTINUED)
        .add(Heading.section("2. ภาคผนวก"))
        .signature("(ลงชื่อ) ........................", "(นายสมชาย ใจซื่อ)", "นายกองค์การบริหารส่วนตำบลห้วยทรายงาม")
        .build();
  }

  @Test
  void aDocumentWithATableAndAChartRendersAsPdfWithHeaderRowsRepeatedAndPageNumbersFromPageTwo() throws Exception {
    byte[] pdf = statistics(false).pdf();
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/document-previews"));
    java.nio.file.Files.write(java.nio.file.Path.of("target/document-previews/official-document.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(4);
      PDFTextStripper text = new PDFTextStripper();
      text.setStartPage(1);
      text.setEndPage(1);
      String first = text.getText(doc);
      assertThat(first).contains("รายงานสถิติเรื่องร้องเรียน").contains("15 ตุลาคม 2568").contains("ตารางที่ 1").doesNotContain("- 1 -");
      text.setStartPage(2);
      text.setEndPage(2);
      String second = text.getText(doc);
      assertThat(second).contains("- 2 -").contains("ลำดับ").contains("จำนวน"); // the header row again
      text.setStartPage(1);
      text.setEndPage(doc.getNumberOfPages());
      assertThat(text.getText(doc)).contains("75,000").contains("ภาพที่ 1 เรื่องร้องเรียนตามช่องทาง").contains("นายสมชาย ใจซื่อ");
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
      var last = doc.getPage(doc.getNumberOfPages() - 1).getMediaBox();
      assertThat(last.getWidth()).isGreaterThan(last.getHeight()); // the landscape section
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("รายงานสถิติเรื่องร้องเรียน");
      long pictures = 0;
      for (var page : doc.getPages()) for (var name : page.getResources().getXObjectNames()) if (page.getResources().isImageXObject(name)) pictures++;
      assertThat(pictures).isEqualTo(1);
    }
  }

  @Test
  void theSameDocumentRendersAsWordWithRepeatedHeaderAndThePicture() throws Exception {
    byte[] docx = statistics(false).docx();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      assertThat(LineBreakRules.plain(words.getText())).contains("รายงานสถิติเรื่องร้องเรียน").contains("75,000").contains("นายสมชาย ใจซื่อ");
      XWPFTable table = doc.getTables().get(0);
      assertThat(table.getRows()).hasSize(62);
      assertThat(table.getRow(0).isRepeatHeader()).isTrue();
      assertThat(table.getRow(1).isRepeatHeader()).isFalse();
      assertThat(doc.getAllPictures()).hasSize(1);
      assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("รายงานสถิติเรื่องร้องเรียน");
      var body = doc.getDocument().getBody().getSectPr();
      assertThat(((java.math.BigInteger) body.getPgSz().getW()).intValue()).isGreaterThan(((java.math.BigInteger) body.getPgSz().getH()).intValue()); // last section landscape
      assertThat(body.isSetTitlePg()).isFalse(); // it continues the numbers and shows them on its first page
    }
  }

  @Test
  void theSameDocumentGivesTheSameBytesAndThaiDigitsWhenAsked() throws Exception {
    assertThat(statistics(false).pdf()).isEqualTo(statistics(false).pdf());
    assertThat(statistics(false).docx()).isEqualTo(statistics(false).docx());
    try (PDDocument doc = Loader.loadPDF(statistics(true).pdf())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("๗๕,๐๐๐").contains("- ๒ -").contains("๒๕๖๘").doesNotContain("75,000");
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(statistics(true).docx()));
        XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      assertThat(words.getText()).contains("๗๕,๐๐๐").doesNotContain("75,000");
    }
  }

  @Test
  void aDocumentNeedsAFixedCreationTimeAndASection() {
    DocumentInfo undated = new DocumentInfo("ก", "ข", "ค", null, false);
    assertThatThrownBy(() -> OfficialDocument.builder(undated).paragraph("ข้อความ").build()).isInstanceOf(NullPointerException.class);
    DocumentInfo info = new DocumentInfo("ก", "ข", "ค", ISSUED.atStartOfDay(ThaiDates.BANGKOK), false);
    assertThatThrownBy(() -> OfficialDocument.builder(info).build()).isInstanceOf(IllegalArgumentException.class);
  }
}
