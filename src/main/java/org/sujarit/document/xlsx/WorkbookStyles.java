package org.sujarit.document.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sujarit.document.layout.Align;
import org.sujarit.document.layout.DocumentFont;
import org.sujarit.document.layout.Table;

/**
 * The cell styles both workbooks use (TH Sarabun New, thin borders, shaded header and total rows),
 * created once per workbook, and the sizes of columns and rows.
 */
final class WorkbookStyles {
  static final float FONT_SIZE = 14;
  /** Amounts with satang; zero shows "-" as plan tables write it. */
  static final String AMOUNT_FORMAT = "#,##0.00;-#,##0.00;\"-\"";

  enum Kind { TITLE, HEADER, TEXT, TOTAL_TEXT, AMOUNT, TOTAL_AMOUNT, INTEGER }

  private final XSSFWorkbook workbook;
  private final Map<String, CellStyle> styles = new HashMap<>();

  WorkbookStyles(XSSFWorkbook workbook) {
    this.workbook = workbook;
  }

  CellStyle get(Kind kind, Align align) {
    return styles.computeIfAbsent(kind + "/" + align, k -> create(kind, align));
  }

  private CellStyle create(Kind kind, Align align) {
    XSSFCellStyle s = workbook.createCellStyle();
    Font f = workbook.createFont();
    f.setFontName(DocumentFont.OFFICIAL_FAMILY);
    f.setFontHeightInPoints((short) (kind == Kind.TITLE ? 16 : FONT_SIZE));
    f.setBold(kind == Kind.TITLE || kind == Kind.HEADER || kind == Kind.TOTAL_TEXT || kind == Kind.TOTAL_AMOUNT);
    s.setFont(f);
    s.setWrapText(true);
    s.setVerticalAlignment(kind == Kind.HEADER ? VerticalAlignment.CENTER : VerticalAlignment.TOP);
    s.setAlignment(switch (align) {
      case CENTER -> HorizontalAlignment.CENTER;
      case RIGHT -> HorizontalAlignment.RIGHT;
      case LEFT, JUSTIFY -> HorizontalAlignment.LEFT;
    });
    if (kind == Kind.AMOUNT || kind == Kind.TOTAL_AMOUNT) s.setDataFormat(workbook.createDataFormat().getFormat(AMOUNT_FORMAT));
    if (kind == Kind.TITLE) return s;
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    if (kind == Kind.HEADER || kind == Kind.TOTAL_TEXT || kind == Kind.TOTAL_AMOUNT) {
      int rgb = kind == Kind.HEADER ? Table.HEADER_SHADE : Table.TOTAL_SHADE;
      s.setFillForegroundColor(new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return s;
  }

  /** Column width in Excel's units (1/256 of a digit of the default font) for a width in points. */
  static int columnWidth(float points) {
    return Math.min(255 * 256, Math.round(points / 5.6f * 256));
  }

  /** Enough height for text that wraps within a column of the given width (Excel does not grow rows on opening). */
  static float rowHeight(String text, float columnPoints, float size, boolean bold) {
    int lines = 0;
    for (String line : text.split("\n", -1)) {
      lines += Math.max(1, (int) Math.ceil(DocumentFont.width(line, size, bold) / Math.max(10, columnPoints - 8)));
    }
    return lines * size * 1.3f + 4;
  }

  static void landscape(Sheet sheet) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
  }

}
