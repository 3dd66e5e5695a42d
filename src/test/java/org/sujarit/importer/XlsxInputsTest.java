package org.sujarit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sujarit.importer.pipeline.ImportException;
import org.sujarit.importer.pipeline.ImportResult;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.importer.pipeline.SourceFormat;
import org.sujarit.interchange.PlanInterchange;

/** Workbooks as LGOs keep them: merged cells, formulas; and those that are no plan or far too long. */
class XlsxInputsTest {
  private final PlanImporter importer = PlanImporter.withBuiltInFrameworks();

  @Test
  void aPart2TableKeptInExcelWithMergedCellsAndFormulas() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("แผน");
      row(s, 0, "แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2566 – 2568)");
      row(s, 1, "เทศบาลตำบลหนองหาร อำเภอสันทราย จังหวัดเชียงใหม่");
      row(s, 2, "ส่วนที่ 2");
      row(s, 3, "มิติ", "ภารกิจตามมิติ", "โครงการ/กิจกรรม/มาตรการ", "ปี 2566", "ปี 2567", "ปี 2568", "หน่วยงานรับผิดชอบ");
      Row a = row(s, 4, "1. การสร้างวัฒนธรรมสุจริต", "1.1 การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากร", "1) โครงการอบรมคุณธรรม");
      a.createCell(3).setCellValue(20000);
      a.createCell(4).setCellFormula("D5*2");
      a.createCell(5).setCellValue("-");
      a.createCell(6).setCellValue("สำนักปลัด");
      Row b = row(s, 5, "", "", "2) มาตรการป้องกันผลประโยชน์ทับซ้อน", "-", "-", "-", "สำนักปลัด");
      Row total = row(s, 6, "", "รวม", "จำนวน 2 โครงการ");
      total.createCell(3).setCellFormula("SUM(D5:D6)");
      total.createCell(4).setCellFormula("SUM(E5:E6)");
      s.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
      s.addMergedRegion(new CellRangeAddress(4, 5, 1, 1));
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      assertThat(b.getRowNum()).isEqualTo(5);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      xlsx = out.toByteArray();
    }

    ImportResult result = importer.read("plan.xlsx", xlsx);

    assertThat(result.format()).isEqualTo(SourceFormat.XLSX);
    assertThat(result.plan().organization().kind()).isEqualTo("SUBDISTRICT_MUNICIPALITY");
    List<PlanInterchange.Project> items = new ArrayList<>();
    result.plan().dimensions().forEach(d -> d.missions().forEach(m -> items.addAll(m.projects())));
    assertThat(items).extracting(PlanInterchange.Project::name).containsExactly("โครงการอบรมคุณธรรม", "มาตรการป้องกันผลประโยชน์ทับซ้อน");
    assertThat(items.get(0).budget().get(2567)).as("a formula by its cached value").isEqualByComparingTo("40000");
    assertThat(items.get(1).budget().get(2566)).isEqualByComparingTo("0");
    assertThat(result.plan().dimensions().get(0).missions().get(0).code()).isEqualTo("1.1");
  }

  @Test
  void aWorkbookWithNoPlanIsRefused() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      row(wb.createSheet("รายจ่าย"), 0, "ค่าไฟฟ้า", "1,200");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      assertReason(out.toByteArray(), ImportException.Reason.NOT_A_PLAN);
    }
  }

  @Test
  void aWorkbookOfAMillionRowsIsRefusedWithoutReadingItAll() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      entry(z, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
      entry(z, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      entry(z, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      z.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes(StandardCharsets.US_ASCII));
      for (int r = 1; r <= 1_000_000; r++) {
        z.write(("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>").getBytes(StandardCharsets.US_ASCII));
      }
      z.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
    }
    long start = System.nanoTime();
    assertReason(out.toByteArray(), ImportException.Reason.SHEET_TOO_LONG);
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(10_000);
  }

  private static void entry(ZipOutputStream z, String name, String content) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(content.getBytes(StandardCharsets.UTF_8));
  }

  private static Row row(Sheet s, int index, String... cells) {
    Row r = s.createRow(index);
    for (int i = 0; i < cells.length; i++) r.createCell(i).setCellValue(cells[i]);
    return r;
  }

  private void assertReason(byte[] input, ImportException.Reason reason) {
    assertThatThrownBy(() -> importer.read("input.xlsx", input)).isInstanceOfSatisfying(ImportException.class, e -> {
      assertThat(e.reason()).isEqualTo(reason);
      assertThat(e.getMessage()).containsPattern("[ก-๙]");
    });
  }
}
