package org.sujarit.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sujarit.common.ThaiDigits;
import org.sujarit.document.model.PlanRenderException;
import org.sujarit.interchange.PlanInterchange;

/** Plans at the limits lay out in every format, inside the page, without losing a figure. */
class EdgeCaseTest {
  private static final String HUGE = "99,999,999.99";
  private final PlanDocuments documents = new PlanDocuments();

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void everyFormatRendersTheEdgeCases(DocumentFormat format) {
    assertThat(documents.render(TestPlans.edgeCases(), format, TestPlans.OPTIONS)).hasSizeGreaterThan(1000);
    assertThat(documents.render(hugeBudgets(), format, TestPlans.OPTIONS.withThaiDigits(true))).hasSizeGreaterThan(1000);
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void aPlanWithNothingButItsNameAndYearsStillRenders(DocumentFormat format) throws IOException {
    PlanInterchange empty = org.sujarit.interchange.InterchangeJson.read(
        "{\"organization\": {\"name\": \"เทศบาลตำบลว่างเปล่า\"}, \"period\": {\"startYear\": 2566, \"endYear\": 2570}}");
    byte[] document = documents.render(empty, format, TestPlans.OPTIONS);
    if (format == DocumentFormat.PDF) {
      assertThat(PdfDocumentTest.squeeze(PdfDocumentTest.text(document))).contains("รวมทั้งสิ้นจำนวน0โครงการ-----");
    }
  }

  @Test
  void oneYearPlanKeepsEveryFigureWholeAndEveryGlyphOnThePage() throws IOException {
    byte[] pdf = documents.render(TestPlans.edgeCases(), DocumentFormat.PDF, TestPlans.OPTIONS);
    String text = PdfDocumentTest.squeeze(PdfDocumentTest.text(pdf));
    ExpectedFigures expected = ExpectedFigures.of(TestPlans.edgeCases());
    assertThat(expected.grandTotal().printed()).containsExactly("100,012,345.67");
    assertThat(text).contains("รวมทั้งสิ้นจำนวน5โครงการ100,012,345.67", "1)" + PdfDocumentTest.squeeze(longName()) + HUGE,
        "中文名称测试", "😀🎉", "AVeryLongLatinWordWithoutAnySpaces", "4)-", "5)โครงการงบประมาณมีทศนิยม12,345.68",
        "1.2", "-", "มิติที่ไม่มีภารกิจ", "จำนวน0โครงการ", "(ค่าเป้าหมาย:ร้อยละ80)");
    assertInsideMargins(pdf);
  }

  @Test
  void fiveYearsOfHugeBudgetsShrinkToFitTheirColumns() throws IOException {
    PlanInterchange plan = hugeBudgets();
    for (boolean thai : List.of(false, true)) {
      byte[] pdf = documents.render(plan, DocumentFormat.PDF, TestPlans.OPTIONS.withThaiDigits(thai));
      String text = PdfDocumentTest.squeeze(PdfDocumentTest.text(pdf));
      for (ExpectedFigures.Row row : ExpectedFigures.of(plan).subtotals()) {
        String expected = "รวมจำนวน" + row.count() + "โครงการ" + String.join("", row.printed());
        assertThat(text).contains(thai ? ThaiDigits.toThai(expected) : expected);
      }
      assertInsideMargins(pdf);
    }
  }

  @Test
  void docxOfEdgeCasesReadsBack() throws IOException {
    byte[] docx = documents.render(TestPlans.edgeCases(), DocumentFormat.DOCX, TestPlans.OPTIONS);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      String tables = String.join("\n", doc.getTables().stream().map(t -> t.getText()).toList());
      assertThat(tables).contains("中文名称测试", HUGE, "100,012,345.67", "มิติที่ไม่มีภารกิจ");
    }
  }

  @Test
  void refusesPlansWithoutOrganizationOrWithABadPeriod() {
    PlanInterchange ok = TestPlans.fiveYear();
    assertThatThrownBy(() -> documents.render(withOrganization(ok, null), DocumentFormat.PDF, TestPlans.OPTIONS))
        .isInstanceOf(PlanRenderException.class).hasMessageContaining("ชื่อองค์กรปกครองส่วนท้องถิ่น");
    assertThatThrownBy(() -> documents.render(withPeriod(ok, null), DocumentFormat.DOCX, TestPlans.OPTIONS))
        .isInstanceOf(PlanRenderException.class).hasMessageContaining("ช่วงปีงบประมาณ");
    assertThatThrownBy(() -> documents.render(withPeriod(ok, new PlanInterchange.Period(2570, 2566)), DocumentFormat.XLSX, TestPlans.OPTIONS))
        .isInstanceOf(PlanRenderException.class).hasMessageContaining("2570–2566");
    assertThatThrownBy(() -> documents.render(withPeriod(ok, new PlanInterchange.Period(2566, 2571)), DocumentFormat.PDF, TestPlans.OPTIONS))
        .isInstanceOf(PlanRenderException.class).hasMessageContaining("1 ถึง 5 ปี");
  }

  /** Every glyph of every page lies within the page's margins (the page number sits above them). */
  private static void assertInsideMargins(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> outside = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          PDPage page = getCurrentPage();
          float width = page.getMediaBox().getWidth();
          boolean landscape = width > page.getMediaBox().getHeight();
          float left = landscape ? 56.7f : 85f;
          float right = width - 56.7f;
          for (TextPosition p : positions) {
            if (p.getXDirAdj() < left - 1 || p.getXDirAdj() + p.getWidthDirAdj() > right + 1) {
              outside.add(getCurrentPageNo() + ": " + text);
              return;
            }
          }
        }
      };
      stripper.getText(doc);
      assertThat(outside).isEmpty();
    }
  }

  private static String longName() {
    return TestPlans.edgeCases().dimensions().get(0).missions().get(0).projects().get(0).name();
  }

  /** The five-year plan with 99,999,999.99 in every year of every item of dimension 1. */
  private static PlanInterchange hugeBudgets() {
    PlanInterchange plan = TestPlans.fiveYear();
    List<PlanInterchange.Dimension> dimensions = new ArrayList<>(plan.dimensions());
    PlanInterchange.Dimension first = dimensions.get(0);
    Map<Integer, BigDecimal> huge = new LinkedHashMap<>();
    for (int y = 2566; y <= 2570; y++) huge.put(y, new BigDecimal("99999999.99"));
    List<PlanInterchange.Mission> missions = first.missions().stream().map(m -> new PlanInterchange.Mission(m.code(), m.name(),
        m.projects().stream().map(p -> new PlanInterchange.Project(p.seq(), p.kind(), p.name(), huge, p.responsible(),
            p.remark(), p.quarters(), p.details(), p.line())).toList())).toList();
    dimensions.set(0, new PlanInterchange.Dimension(first.no(), first.name(), null, null, missions));
    return new PlanInterchange(null, plan.organization(), plan.period(), plan.framework(), null, plan.targets(),
        plan.introduction(), plan.riskAssessment(), dimensions, null, null, null);
  }

  private static PlanInterchange withOrganization(PlanInterchange p, PlanInterchange.OrganizationInfo org) {
    return new PlanInterchange(null, org, p.period(), p.framework(), null, p.targets(), p.introduction(), p.riskAssessment(),
        p.dimensions(), null, null, null);
  }

  private static PlanInterchange withPeriod(PlanInterchange p, PlanInterchange.Period period) {
    return new PlanInterchange(null, p.organization(), period, p.framework(), null, p.targets(), p.introduction(),
        p.riskAssessment(), p.dimensions(), null, null, null);
  }
}
