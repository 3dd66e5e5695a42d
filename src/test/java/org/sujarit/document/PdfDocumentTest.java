package org.sujarit.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sujarit.common.BahtText;
import org.sujarit.common.ThaiDigits;
import org.sujarit.framework.Framework;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.interchange.PlanInterchange;

/** The PDF read back with PDFBox: its text is the plan's text, figure for figure. */
class PdfDocumentTest {
  private static final PlanDocuments DOCUMENTS = new PlanDocuments();
  private static byte[] pdf;

  @BeforeAll
  static void render() {
    pdf = DOCUMENTS.render(TestPlans.fiveYear(), DocumentFormat.PDF, TestPlans.OPTIONS);
  }

  @Test
  void textHoldsTheTitleOrganizationAndEveryItemWithItsBudgetAndRemark() throws IOException {
    PlanInterchange plan = TestPlans.fiveYear();
    String text = squeeze(text(pdf));
    assertThat(text).contains(squeeze("แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส"),
        squeeze("ประจำปีงบประมาณ พ.ศ. 2566–2570"), squeeze(plan.organization().name()), "กันยายน2565",
        squeeze("(นายสมชาย ใจดี)"), squeeze(TestPlans.OPTIONS.signer().position()));
    for (ExpectedFigures.Row item : ExpectedFigures.of(plan).items()) {
      assertThat(text).as(item.label()).contains(squeeze(item.label() + String.join("", item.printed()) + item.remark()));
    }
  }

  @Test
  void everySubtotalAndTheGrandTotalStandInTheirRows() throws IOException {
    ExpectedFigures expected = ExpectedFigures.of(TestPlans.fiveYear());
    String text = squeeze(text(pdf));
    for (ExpectedFigures.Row row : expected.subtotals()) {
      assertThat(text).contains("รวมจำนวน" + row.count() + "โครงการ" + String.join("", row.printed()));
    }
    ExpectedFigures.Row grand = expected.grandTotal();
    assertThat(text).contains("รวมทั้งสิ้นจำนวน15โครงการ" + String.join("", grand.printed()));
    assertThat(grand.printed()).containsExactly("105,000", "112,000", "122,000", "102,000", "107,000.50");
  }

  @Test
  void detailSheetsStateSumsInFiguresAndWords() throws IOException {
    String text = squeeze(text(pdf));
    assertThat(text).contains(squeeze("ปีงบประมาณ พ.ศ. 2568 งบประมาณ 25,000 บาท (สองหมื่นห้าพันบาทถ้วน)"),
        squeeze("งบประมาณปีละ 30,000 บาท (สามหมื่นบาทถ้วน)"), squeeze("รวมทั้งสิ้น 150,000 บาท (หนึ่งแสนห้าหมื่นบาทถ้วน)"),
        squeeze("1. ชื่อโครงการ : โครงการฝึกอบรมส่งเสริมคุณธรรมจริยธรรม"), squeeze("10. ตัวชี้วัด/ผลลัพธ์"),
        squeeze("ผู้เข้ารับการฝึกอบรมผ่านการทดสอบความรู้ (ค่าเป้าหมาย: ร้อยละ 80)"));
    assertThat(BahtText.of(org.sujarit.common.Baht.of(30000))).isEqualTo("สามหมื่นบาทถ้วน");
  }

  @Test
  void bookmarksListPartsDimensionsAndSheets() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> top = new ArrayList<>();
      doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> top.add(i.getTitle()));
      assertThat(top).containsExactly("คำนำ", "ส่วนที่ 1 บทนำ", "ส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต",
          "ส่วนที่ 3 รายละเอียดโครงการ/กิจกรรม/มาตรการ");
      PDOutlineItem part2 = find(doc, "ส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต");
      List<String> dimensions = new ArrayList<>();
      part2.children().forEach(i -> dimensions.add(i.getTitle()));
      assertThat(dimensions).containsExactly("มิติที่ 1 การสร้างวัฒนธรรมสุจริต", "มิติที่ 2 การบริหารราชการด้วยความโปร่งใส",
          "มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
          "มิติที่ 4 การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น");
      PDOutlineItem sheetsOfDimension1 = find(doc, "ส่วนที่ 3 รายละเอียดโครงการ/กิจกรรม/มาตรการ").getFirstChild();
      assertThat(sheetsOfDimension1.getFirstChild().getTitle()).startsWith("1) โครงการฝึกอบรม");
    }
  }

  @Test
  void embedsItsOwnThaiFontAndNoOther() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          fonts.add(font.getName());
        }
      }
      assertThat(fonts).isNotEmpty().allMatch(f -> f.startsWith("LaksamanTH16"));
    }
  }

  @Test
  void portraitPartsAndLandscapeTable() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      long landscape = 0;
      for (PDPage page : doc.getPages()) if (page.getMediaBox().getWidth() > page.getMediaBox().getHeight()) landscape++;
      assertThat(landscape).isBetween(2L, 6L);
      assertThat(doc.getPage(0).getMediaBox().getHeight()).isGreaterThan(doc.getPage(0).getMediaBox().getWidth());
    }
  }

  @Test
  void thaiDigitsReachFiguresDatesAndPageNumbers() throws IOException {
    PlanInterchange plan = TestPlans.threeYear();
    byte[] thai = DOCUMENTS.render(plan, DocumentFormat.PDF, TestPlans.OPTIONS.withThaiDigits(true).withSigner(null));
    String text = squeeze(text(thai));
    ExpectedFigures.Row grand = ExpectedFigures.of(plan).grandTotal();
    assertThat(grand.printed()).containsExactly("1,715,000", "1,615,000", "1,705,000");
    assertThat(text).contains(ThaiDigits.toThai("รวมทั้งสิ้นจำนวน13โครงการ" + String.join("", grand.printed())),
        "ประจำปีงบประมาณพ.ศ.๒๕๖๒–๒๕๖๔", "กันยายน๒๕๖๕", "-๑-", "-ก-");
    assertThat(text).doesNotContain("1,715,000", "2562");
  }

  @Test
  void fillsInFrameworkNamesThePlanLeavesOut() throws IOException {
    String text = squeeze(text(DOCUMENTS.render(TestPlans.threeYear(), DocumentFormat.PDF, TestPlans.OPTIONS)));
    Framework nacc2561 = FrameworkCatalog.builtIn().get("NACC_2561");
    assertThat(text).contains(squeeze("1. " + nacc2561.dimension(1).orElseThrow().name()),
        squeeze("4.4.1 " + nacc2561.mission("4.4.1").orElseThrow().name()));
  }

  static PDOutlineItem find(PDDocument doc, String title) {
    for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) if (i.getTitle().equals(title)) return i;
    throw new AssertionError("no bookmark " + title);
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** Text without white space: wrapping in cells and lines must not matter. */
  static String squeeze(String s) {
    return s.replaceAll("[\\s\\u00A0]+", "");
  }
}
