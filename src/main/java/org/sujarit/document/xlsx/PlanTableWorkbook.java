package org.sujarit.document.xlsx;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sujarit.common.SpreadsheetText;
import org.sujarit.document.layout.Align;
import org.sujarit.document.model.PlanDocumentModel;
import org.sujarit.document.ooxml.OfficeFiles;
import org.sujarit.document.model.PlanGrid;
import org.sujarit.document.layout.Table;
import org.sujarit.document.layout.Table.RowKind;
import org.sujarit.document.xlsx.WorkbookStyles.Kind;

/**
 * The Part 2 table as a worksheet, laid out as in the documents, with real formulas: each
 * dimension's "รวม" sums its items and "รวมทั้งสิ้น" sums the dimensions, so edits recalculate.
 */
public final class PlanTableWorkbook {
  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final WorkbookStyles styles = new WorkbookStyles(workbook);
  private final XSSFSheet sheet = workbook.createSheet("แผนปฏิบัติการ");
  private final Table table;

  private PlanTableWorkbook(Table table) {
    this.table = table;
  }

  public static void write(PlanDocumentModel model, OutputStream out) {
    PlanTableWorkbook w = new PlanTableWorkbook(model.grid().whole());
    w.render(model.heading());
    OfficeFiles.write(w.workbook, model.info(), out);
  }

  private void render(List<String> heading) {
    int columns = table.columns().size();
    for (int c = 0; c < columns; c++) sheet.setColumnWidth(c, WorkbookStyles.columnWidth(table.columns().get(c).width()));
    int r = 0;
    for (String line : heading) {
      Cell cell = sheet.createRow(r).createCell(0);
      cell.setCellValue(SpreadsheetText.safe(line));
      cell.setCellStyle(styles.get(Kind.TITLE, Align.CENTER));
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
      r++;
    }
    int first = r + 1;
    List<List<Table.Placed>> grid = table.placed();
    List<Integer> subtotalRows = new ArrayList<>();
    int itemsFrom = first + table.headerRows();
    for (int i = 0; i < grid.size(); i++) {
      RowKind kind = table.rows().get(i).kind();
      int rowIndex = first + i;
      Row row = row(rowIndex);
      float height = 0;
      for (Table.Placed p : grid.get(i)) {
        if (p.continued()) continue;
        Table.Cell c = p.cell();
        Cell cell = row.createCell(p.column());
        Align align = c.align() != null ? c.align() : table.columns().get(p.column()).align();
        boolean total = kind == RowKind.SUBTOTAL || kind == RowKind.TOTAL;
        boolean budget = kind != RowKind.HEADER && p.column() >= PlanGrid.FIRST_YEAR_COLUMN && p.column() < columns - 1;
        if (budget) {
          cell.setCellStyle(styles.get(total ? Kind.TOTAL_AMOUNT : Kind.AMOUNT, Align.RIGHT));
          if (kind == RowKind.SUBTOTAL) cell.setCellFormula(sum(p.column(), itemsFrom, rowIndex - 1));
          else if (kind == RowKind.TOTAL) cell.setCellFormula(sumOf(p.column(), subtotalRows));
          else if (c.amount() != null) cell.setCellValue(c.amount().amount().doubleValue());
        } else {
          cell.setCellValue(SpreadsheetText.safe(c.text()));
          cell.setCellStyle(styles.get(kind == RowKind.HEADER ? Kind.HEADER : total || c.bold() ? Kind.TOTAL_TEXT : Kind.TEXT, align));
          if (c.rowSpan() == 1) height = Math.max(height, WorkbookStyles.rowHeight(c.text(), spanWidth(p), WorkbookStyles.FONT_SIZE, c.bold()));
        }
        borderCovered(row, p, kind);
        if (c.colSpan() > 1 || c.rowSpan() > 1) {
          sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex + c.rowSpan() - 1, p.column(), p.column() + c.colSpan() - 1));
        }
      }
      if (height > 0) row.setHeightInPoints(height);
      if (kind == RowKind.SUBTOTAL) {
        subtotalRows.add(rowIndex);
        itemsFrom = rowIndex + 1;
      }
    }
    sheet.createFreezePane(0, first + table.headerRows());
    sheet.setRepeatingRows(new CellRangeAddress(first, first + table.headerRows() - 1, 0, columns - 1));
    WorkbookStyles.landscape(sheet);
  }

  /** Merged regions show the borders of every cell they cover, so the covered cells get the style too. */
  private void borderCovered(Row row, Table.Placed p, RowKind kind) {
    for (int c = p.column() + 1; c < p.column() + p.cell().colSpan(); c++) {
      row.createCell(c).setCellStyle(row.getCell(p.column()).getCellStyle());
    }
    for (int r = 1; r < p.cell().rowSpan(); r++) {
      row(row.getRowNum() + r).createCell(p.column()).setCellStyle(styles.get(Kind.TEXT, Align.LEFT));
    }
  }

  private Row row(int index) {
    Row row = sheet.getRow(index);
    return row != null ? row : sheet.createRow(index);
  }

  private float spanWidth(Table.Placed p) {
    float w = 0;
    for (int c = p.column(); c < p.column() + p.cell().colSpan(); c++) w += table.columns().get(c).width();
    return w;
  }

  private static String sum(int column, int fromRow, int toRow) {
    if (toRow < fromRow) return "0";
    String col = CellReference.convertNumToColString(column);
    return "SUM(" + col + (fromRow + 1) + ":" + col + (toRow + 1) + ")";
  }

  private static String sumOf(int column, List<Integer> rows) {
    if (rows.isEmpty()) return "0";
    String col = CellReference.convertNumToColString(column);
    return String.join("+", rows.stream().map(r -> col + (r + 1)).toList());
  }
}
