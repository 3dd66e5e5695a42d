package org.sujarit.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sujarit.interchange.PlanInterchange;

/** The workbooks read back with POI, formulas evaluated. */
class XlsxDocumentTest {
  private static final int FIRST_YEAR = 3;

  @Test
  void subtotalAndGrandTotalFormulasEvaluateToThePlansTotals() throws IOException {
    PlanInterchange plan = TestPlans.fiveYear();
    ExpectedFigures expected = ExpectedFigures.of(plan);
    try (XSSFWorkbook wb = workbook(plan, DocumentFormat.XLSX)) {
      Sheet sheet = wb.getSheetAt(0);
      FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
      List<Row> subtotals = rowsLabelled(sheet, 1, "รวม");
      assertThat(subtotals).hasSize(4);
      for (int d = 0; d < 4; d++) {
        assertThat(sheet.getRow(subtotals.get(d).getRowNum()).getCell(2).getStringCellValue())
            .isEqualTo("จำนวน " + expected.subtotals().get(d).count() + " โครงการ");
        assertFormulasGive(subtotals.get(d), evaluator, expected.subtotals().get(d).amounts());
      }
      Row grand = rowsLabelled(sheet, 0, "รวมทั้งสิ้น").get(0);
      assertFormulasGive(grand, evaluator, expected.grandTotal().amounts());
      assertThat(grand.getCell(FIRST_YEAR).getCellFormula()).isEqualTo(
          String.join("+", subtotals.stream().map(r -> "D" + (r.getRowNum() + 1)).toList()));
    }
  }

  @Test
  void itemRowsHoldNumbersAndTheLayoutMergesDimensionsAndMissions() throws IOException {
    try (XSSFWorkbook wb = workbook(TestPlans.fiveYear(), DocumentFormat.XLSX)) {
      Sheet sheet = wb.getSheetAt(0);
      Row first = rowsStartingWith(sheet, 2, "1) ").get(0);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("1. การสร้างวัฒนธรรมสุจริต");
      assertThat(first.getCell(FIRST_YEAR).getNumericCellValue()).isEqualTo(20000);
      assertThat(first.getCell(FIRST_YEAR).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00;-#,##0.00;\"-\"");
      CellRangeAddress dimension = merged(sheet, first.getRowNum(), 0);
      assertThat(dimension.getLastRow() - dimension.getFirstRow()).isEqualTo(4); // four items and the subtotal
      Row third = rowsStartingWith(sheet, 2, "3) ").get(0);
      assertThat(third.getCell(FIRST_YEAR + 3).getCellType()).isEqualTo(CellType.BLANK); // nothing stated for 2569
      Row second = rowsStartingWith(sheet, 2, "2) ").get(0);
      assertThat(second.getCell(FIRST_YEAR).getNumericCellValue()).isZero();
    }
  }

  @Test
  void ePlanHasOneSheetPerYearWithBudgetsQuartersAndATotal() throws IOException {
    PlanInterchange plan = TestPlans.fiveYear();
    ExpectedFigures expected = ExpectedFigures.of(plan);
    try (XSSFWorkbook wb = workbook(plan, DocumentFormat.EPLAN_XLSX)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(5);
      FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
      for (int y = 0; y < 5; y++) {
        Sheet sheet = wb.getSheetAt(y);
        assertThat(sheet.getSheetName()).isEqualTo("ปี " + (2566 + y));
        assertThat(texts(sheet.getRow(2))).startsWith("ลำดับ", "โครงการ/กิจกรรม/มาตรการ", "มิติ", "งบประมาณ (บาท)");
        Row total = sheet.getRow(sheet.getLastRowNum());
        assertThat(total.getCell(0).getStringCellValue()).isEqualTo("รวม");
        assertThat(BigDecimal.valueOf(evaluator.evaluate(total.getCell(3)).getNumberValue()))
            .isEqualByComparingTo(expected.grandTotal().amounts().get(y));
      }
      Sheet y2566 = wb.getSheet("ปี 2566");
      Row first = y2566.getRow(3);
      assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
      assertThat(first.getCell(1).getStringCellValue()).startsWith("โครงการฝึกอบรมส่งเสริมคุณธรรมจริยธรรม");
      assertThat(first.getCell(2).getStringCellValue()).isEqualTo("มิติที่ 1 การสร้างวัฒนธรรมสุจริต");
      assertThat(first.getCell(3).getCellStyle().getDataFormatString()).startsWith("#,##0.00");
      assertThat(texts(first).subList(4, 8)).containsExactly("", "✓", "✓", "");
      // item 12 runs from 2567: not in the 2566 record
      assertThat(column(y2566, 1)).noneMatch(n -> n.startsWith("โครงการอบรมเครือข่ายภาคประชาชน"));
      assertThat(column(wb.getSheet("ปี 2567"), 1)).anyMatch(n -> n.startsWith("โครงการอบรมเครือข่ายภาคประชาชน"));
    }
  }

  @Test
  void totalsAreCachedForReadersThatDoNotRecalculate() throws IOException {
    PlanInterchange plan = TestPlans.fiveYear();
    ExpectedFigures expected = ExpectedFigures.of(plan);
    try (XSSFWorkbook wb = workbook(plan, DocumentFormat.XLSX)) {
      Row grand = rowsLabelled(wb.getSheetAt(0), 0, "รวมทั้งสิ้น").get(0);
      for (int y = 0; y < 5; y++) {
        assertThat(BigDecimal.valueOf(grand.getCell(FIRST_YEAR + y).getNumericCellValue()))
            .isEqualByComparingTo(expected.grandTotal().amounts().get(y));
      }
    }
    try (XSSFWorkbook wb = workbook(plan, DocumentFormat.EPLAN_XLSX)) {
      Sheet first = wb.getSheetAt(0);
      assertThat(BigDecimal.valueOf(first.getRow(first.getLastRowNum()).getCell(3).getNumericCellValue()))
          .isEqualByComparingTo(expected.grandTotal().amounts().get(0));
    }
  }

  @Test
  void anItemWithoutPlannedQuartersSaysSoInsteadOfEmptyBoxes() throws IOException {
    PlanInterchange plan = withoutQuarters(TestPlans.fiveYear(), "โครงการส่งเสริมการเรียนรู้หลัก");
    try (XSSFWorkbook wb = workbook(plan, DocumentFormat.EPLAN_XLSX)) {
      Sheet y2567 = wb.getSheet("ปี 2567");
      Row learning = rowsStartingWith(y2567, 1, "โครงการส่งเสริมการเรียนรู้หลัก").get(0);
      assertThat(learning.getCell(4).getStringCellValue()).isEqualTo("ไม่ระบุไตรมาส");
      assertThat(merged(y2567, learning.getRowNum(), 4).getLastColumn()).isEqualTo(7);
      Row planned = rowsStartingWith(y2567, 1, "โครงการฝึกอบรมส่งเสริมคุณธรรมจริยธรรม").get(0);
      assertThat(texts(planned).subList(4, 8)).containsExactly("", "✓", "✓", "");
    }
  }

  @Test
  void formulaLookingTextStaysTextInBothWorkbooks() throws IOException {
    String[] names = {"=HYPERLINK(\"http://example.com\",\"คลิก\")", "+66 ช่องทางร้องเรียน", "@SUM(A1)", "-2+3 มาตรการ"};
    PlanInterchange plan = TestPlans.fiveYear();
    String[] prefixes = {"โครงการฝึกอบรมส่งเสริมคุณธรรม", "มาตรการส่งเสริมการปฏิบัติงานตา", "โครงการส่งเสริมการเรียนรู้หลัก", "โครงการสร้างภูมิคุ้มกัน"};
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      plan = withItem(plan, prefixes[i], p -> new PlanInterchange.Project(p.seq(), p.kind(), name, p.budget(), p.responsible(),
          "=1+1", p.quarters(), p.details(), p.line()));
    }
    for (DocumentFormat format : List.of(DocumentFormat.XLSX, DocumentFormat.EPLAN_XLSX)) {
      try (XSSFWorkbook wb = workbook(plan, format)) {
        List<String> texts = new ArrayList<>();
        for (Sheet sheet : wb) for (Row row : sheet) for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) texts.add(cell.getStringCellValue());
          if (cell.getCellType() == CellType.FORMULA) assertThat(cell.getCellFormula()).as(format.name()).matches("SUM\\(.*\\)|[A-Z]+\\d+(\\+[A-Z]+\\d+)*|0");
        }
        // the Part 2 table numbers its items ("1) =…"), the E-PlanNACC record has the bare name
        for (String name : names) assertThat(texts).as(format.name()).anyMatch(t -> t.startsWith("'" + name) || t.contains(") " + name));
        assertThat(texts).as(format.name()).noneMatch(t -> "=+@".indexOf(t.isEmpty() ? 'x' : t.charAt(0)) >= 0);
      }
    }
  }

  private static PlanInterchange withoutQuarters(PlanInterchange plan, String namePrefix) {
    return withItem(plan, namePrefix, p -> new PlanInterchange.Project(p.seq(), p.kind(), p.name(), p.budget(), p.responsible(),
        p.remark(), java.util.Map.of(), p.details(), p.line()));
  }

  static PlanInterchange withItem(PlanInterchange plan, String namePrefix, java.util.function.UnaryOperator<PlanInterchange.Project> change) {
    List<PlanInterchange.Dimension> dimensions = plan.dimensions().stream().map(d -> new PlanInterchange.Dimension(d.no(), d.name(),
        d.statedProjectCount(), d.statedTotal(), d.missions().stream().map(m -> new PlanInterchange.Mission(m.code(), m.name(),
            m.projects().stream().map(p -> p.name().startsWith(namePrefix) ? change.apply(p) : p).toList())).toList())).toList();
    return new PlanInterchange(plan.source(), plan.organization(), plan.period(), plan.framework(), plan.title(),
        plan.targets(), plan.introduction(), plan.riskAssessment(), dimensions, plan.statedProjectCount(), plan.statedGrandTotal(),
        plan.diagnostics());
  }

  private static void assertFormulasGive(Row row, FormulaEvaluator evaluator, List<BigDecimal> amounts) {
    for (int y = 0; y < amounts.size(); y++) {
      Cell cell = row.getCell(FIRST_YEAR + y);
      assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(BigDecimal.valueOf(evaluator.evaluate(cell).getNumberValue())).isEqualByComparingTo(amounts.get(y));
    }
  }

  static XSSFWorkbook workbook(PlanInterchange plan, DocumentFormat format) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(new PlanDocuments().render(plan, format, TestPlans.OPTIONS)));
  }

  private static List<Row> rowsLabelled(Sheet sheet, int column, String label) {
    return rows(sheet, column, label::equals);
  }

  private static List<Row> rowsStartingWith(Sheet sheet, int column, String prefix) {
    return rows(sheet, column, t -> t.startsWith(prefix));
  }

  private static List<Row> rows(Sheet sheet, int column, java.util.function.Predicate<String> text) {
    List<Row> rows = new ArrayList<>();
    for (Row r : sheet) {
      Cell c = r.getCell(column);
      if (c != null && c.getCellType() == CellType.STRING && text.test(c.getStringCellValue())) rows.add(r);
    }
    return rows;
  }

  private static List<String> column(Sheet sheet, int column) {
    List<String> values = new ArrayList<>();
    for (Row r : sheet) {
      Cell c = r.getCell(column);
      if (c != null && c.getCellType() == CellType.STRING) values.add(c.getStringCellValue());
    }
    return values;
  }

  private static CellRangeAddress merged(Sheet sheet, int row, int column) {
    return sheet.getMergedRegions().stream().filter(m -> m.isInRange(row, column)).findFirst().orElseThrow();
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (Cell c : row) texts.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : "");
    return texts;
  }
}
