package org.sujarit.oversight.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sujarit.common.SpreadsheetText;

/**
 * A table as shown on an oversight page, written as CSV or XLSX. Text never becomes a formula: a text
 * cell starting with = + - @ (or a tab or carriage return) gets a leading apostrophe in both
 * ({@link SpreadsheetText}), and in XLSX every text cell is a string cell. Numbers stay numbers.
 */
final class ExportTable {
  private final List<String> header;
  private final List<List<Object>> rows = new ArrayList<>();

  ExportTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** Values: String, Number (Integer, Long, BigDecimal) or null. */
  void row(Object... values) {
    List<Object> row = new ArrayList<>(values.length);
    for (Object v : values) row.add(v);
    rows.add(row);
  }

  byte[] csv() {
    StringBuilder sb = new StringBuilder("\uFEFF"); // BOM: Excel then reads Thai as UTF-8
    line(sb, new ArrayList<>(header));
    for (List<Object> row : rows) line(sb, row);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder sb, List<Object> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) sb.append(',');
      Object v = cells.get(i);
      if (v == null) continue;
      if (v instanceof BigDecimal d) sb.append(d.toPlainString());
      else if (v instanceof Number n) sb.append(n);
      else sb.append(SpreadsheetText.csvField(v.toString()));
    }
    sb.append("\r\n");
  }

  byte[] xlsx(String sheetName) {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      Sheet sheet = wb.createSheet(sheetName);
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row head = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        Cell c = head.createCell(i);
        c.setCellValue(SpreadsheetText.safe(header.get(i)));
        c.setCellStyle(bold);
      }
      int r = 1;
      for (List<Object> values : rows) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < values.size(); i++) {
          Object v = values.get(i);
          if (v == null) continue;
          Cell c = row.createCell(i);
          if (v instanceof Number n) c.setCellValue(n.doubleValue());
          else c.setCellValue(SpreadsheetText.safe(v.toString()));
        }
      }
      sheet.createFreezePane(0, 1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
