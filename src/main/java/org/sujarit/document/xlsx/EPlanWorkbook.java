package org.sujarit.document.xlsx;

import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.SpreadsheetText;
import org.sujarit.document.layout.Align;
import org.sujarit.document.model.EPlanRecord;
import org.sujarit.document.model.PlanDocumentModel;
import org.sujarit.document.ooxml.OfficeFiles;
import org.sujarit.document.xlsx.WorkbookStyles.Kind;

/**
 * The E-PlanNACC record, one sheet per fiscal year, in the order of NACC's form: running number,
 * item, dimension, budget with two decimals, the four quarters ticked where planned, remark. Arabic
 * digits throughout, as the form takes them.
 */
public final class EPlanWorkbook {
  private static final String[] HEADINGS = {"ลำดับ", "โครงการ/กิจกรรม/มาตรการ", "มิติ", "งบประมาณ (บาท)",
      "ไตรมาส 1\n(ต.ค.–ธ.ค.)", "ไตรมาส 2\n(ม.ค.–มี.ค.)", "ไตรมาส 3\n(เม.ย.–มิ.ย.)", "ไตรมาส 4\n(ก.ค.–ก.ย.)", "หมายเหตุ"};
  private static final float[] WIDTHS = {40, 300, 200, 90, 62, 62, 62, 62, 150};
  private static final int BUDGET = 3;
  private static final String TICK = "✓";
  static final String NO_QUARTERS = "ไม่ระบุไตรมาส";

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final WorkbookStyles styles = new WorkbookStyles(workbook);

  private EPlanWorkbook() {}

  public static void write(PlanDocumentModel model, OutputStream out) {
    EPlanWorkbook w = new EPlanWorkbook();
    String organization = model.info().author();
    model.ePlan().forEach(r -> w.sheet(r, organization));
    OfficeFiles.write(w.workbook, model.info(), out);
  }

  private void sheet(EPlanRecord record, String organization) {
    XSSFSheet sheet = workbook.createSheet("ปี " + record.year().value());
    for (int c = 0; c < WIDTHS.length; c++) sheet.setColumnWidth(c, WorkbookStyles.columnWidth(WIDTHS[c]));
    Cell title = sheet.createRow(0).createCell(0);
    title.setCellValue("แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. " + record.year().value() + " " + organization
        + " (สำหรับบันทึกในระบบ E-PlanNACC)");
    title.setCellStyle(styles.get(Kind.TITLE, Align.LEFT));
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, WIDTHS.length - 1));
    Row head = sheet.createRow(2);
    for (int c = 0; c < HEADINGS.length; c++) text(head, c, HEADINGS[c], Kind.HEADER, Align.CENTER);
    head.setHeightInPoints(WorkbookStyles.rowHeight("ไตรมาส 1\n(ต.ค.–ธ.ค.)", WIDTHS[4], WorkbookStyles.FONT_SIZE, true));
    int r = 3;
    for (EPlanRecord.Line line : record.lines()) {
      Row row = sheet.createRow(r++);
      Cell number = row.createCell(0);
      number.setCellValue(line.number());
      number.setCellStyle(styles.get(Kind.INTEGER, Align.CENTER));
      text(row, 1, line.item(), Kind.TEXT, Align.LEFT);
      text(row, 2, line.dimension(), Kind.TEXT, Align.LEFT);
      Cell budget = row.createCell(BUDGET);
      budget.setCellStyle(styles.get(Kind.AMOUNT, Align.RIGHT));
      if (line.budget() != null) budget.setCellValue(line.budget().amount().doubleValue());
      for (FiscalQuarter q : FiscalQuarter.values()) {
        text(row, BUDGET + q.number(), line.quarters().contains(q) ? TICK : "", Kind.TEXT, Align.CENTER);
      }
      if (line.quarters().isEmpty()) {
        // Empty boxes would read as "not planned in any quarter"; the plan simply does not say.
        row.getCell(BUDGET + 1).setCellValue(NO_QUARTERS);
        sheet.addMergedRegion(new CellRangeAddress(r - 1, r - 1, BUDGET + 1, BUDGET + 4));
      }
      text(row, 8, line.remark(), Kind.TEXT, Align.LEFT);
      float height = 0;
      for (int c : List.of(1, 2, 8)) height = Math.max(height, WorkbookStyles.rowHeight(row.getCell(c).getStringCellValue(), WIDTHS[c], WorkbookStyles.FONT_SIZE, false));
      row.setHeightInPoints(height);
    }
    Row total = sheet.createRow(r);
    text(total, 0, "รวม", Kind.TOTAL_TEXT, Align.CENTER);
    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
    for (int c = 1; c < WIDTHS.length; c++) if (c != BUDGET) text(total, c, "", Kind.TOTAL_TEXT, Align.LEFT);
    Cell sum = total.createCell(BUDGET);
    sum.setCellStyle(styles.get(Kind.TOTAL_AMOUNT, Align.RIGHT));
    sum.setCellFormula(r > 3 ? "SUM(D4:D" + r + ")" : "0");
    sheet.createFreezePane(0, 3);
    WorkbookStyles.landscape(sheet);
  }

  private void text(Row row, int column, String value, Kind kind, Align align) {
    Cell cell = row.createCell(column);
    cell.setCellValue(SpreadsheetText.safe(value));
    cell.setCellStyle(styles.get(kind, align));
  }
}
