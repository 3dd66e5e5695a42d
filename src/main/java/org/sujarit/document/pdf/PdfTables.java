package org.sujarit.document.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sujarit.document.layout.Align;
import org.sujarit.document.layout.Table;
import org.sujarit.document.layout.Table.Cell;
import org.sujarit.document.layout.Table.RowKind;

/**
 * A layout table as PdfPTables: fixed column widths, header rows repeated on every page, spans. The
 * table is paginated here rather than by OpenPDF, so that a page never starts with a subtotal or total
 * row under the repeated header, and a cell spanning rows that continues on the next page is shown
 * again there marked "(ต่อ)" instead of as an empty cell.
 */
final class PdfTables {
  private static final Color HEADER_SHADE = new Color(Table.HEADER_SHADE);
  private static final Color TOTAL_SHADE = new Color(Table.TOTAL_SHADE);
  static final String CONTINUED = " (ต่อ)";
  private static final float SPACING_BEFORE = 4;

  private PdfTables() {}

  static void add(Document document, PdfWriter writer, Table table) {
    PdfPTable whole = of(table);
    int header = table.headerRows();
    float headerHeight = 0;
    for (int r = 0; r < header; r++) headerHeight += whole.getRowHeight(r);
    float page = document.top() - document.bottom();
    float room = writer.getVerticalPosition(true) - document.bottom() - SPACING_BEFORE;
    List<Integer> breaks = new ArrayList<>();
    int start = header;
    float used = headerHeight;
    for (int r = header; r < table.rows().size(); r++) {
      float h = whole.getRowHeight(r);
      if (used + h <= room || h + headerHeight > page) {
        used += h;
        continue;
      }
      int at = r;
      while (at > start && table.rows().get(at).kind() != RowKind.BODY) at--; // take an item row along
      if (at == start) at = r;
      if (at == header && breaks.isEmpty()) {
        document.newPage(); // not even one row fits under the header here: the whole table starts over
      } else {
        breaks.add(at);
        start = at;
      }
      room = page;
      used = headerHeight;
      for (int k = start; k <= r; k++) used += whole.getRowHeight(k);
    }
    if (breaks.isEmpty()) {
      document.add(whole);
      return;
    }
    breaks.add(table.rows().size());
    int from = header;
    for (int i = 0; i < breaks.size(); i++) {
      PdfPTable part = rows(table, from, breaks.get(i));
      if (i > 0) part.setSpacingBefore(0);
      if (i < breaks.size() - 1) part.setSpacingAfter(0);
      document.add(part);
      if (i < breaks.size() - 1) document.newPage();
      from = breaks.get(i);
    }
  }

  /** The header rows and the first row below them. */
  static float openingHeight(Table table) {
    int header = table.headerRows();
    if (table.rows().size() <= header) return 0;
    PdfPTable opening = rows(table, header, header + 1);
    float h = 0;
    for (int r = 0; r <= header; r++) h += opening.getRowHeight(r);
    return h;
  }

  static PdfPTable of(Table table) {
    return rows(table, table.headerRows(), table.rows().size());
  }

  /** The header rows and rows [from, to): spans cut at {@code to}, spans from above {@code from} shown again. */
  private static PdfPTable rows(Table table, int from, int to) {
    float[] widths = new float[table.columns().size()];
    for (int i = 0; i < widths.length; i++) widths[i] = table.columns().get(i).width();
    PdfPTable t = new PdfPTable(widths);
    t.setTotalWidth(table.width());
    t.setLockedWidth(true);
    t.setHorizontalAlignment(Element.ALIGN_LEFT);
    t.setHeaderRows(table.headerRows());
    t.setSpacingBefore(SPACING_BEFORE);
    t.setSpacingAfter(8);
    List<List<Table.Placed>> grid = table.placed();
    Map<Cell, Integer> firstRow = new IdentityHashMap<>();
    for (int r = 0; r < to; r++) {
      boolean shown = r < table.headerRows() || r >= from;
      RowKind kind = table.rows().get(r).kind();
      for (Table.Placed p : grid.get(r)) {
        if (!p.continued()) firstRow.put(p.cell(), r);
        int end = Math.min(firstRow.get(p.cell()) + p.cell().rowSpan(), r < table.headerRows() ? table.headerRows() : to);
        if (shown && !p.continued()) t.addCell(cell(table, kind, p.cell(), p.column(), "", end - r));
        else if (shown && r == from && r >= table.headerRows()) {
          RowKind origin = table.rows().get(firstRow.get(p.cell())).kind();
          t.addCell(cell(table, origin, p.cell(), p.column(), p.cell().text().isBlank() ? "" : CONTINUED, end - r));
        }
      }
      if (shown) t.completeRow();
    }
    return t;
  }

  private static PdfPCell cell(Table table, RowKind kind, Cell cell, int column, String suffix, int rowSpan) {
    float size = cell.fontSize() > 0 ? cell.fontSize() : table.fontSize();
    boolean bold = cell.bold() || kind == RowKind.HEADER;
    Chunk chunk = new Chunk(cell.text() + suffix, PdfFonts.font(size, bold));
    chunk.setSplitCharacter(new ThaiLineBreaks());
    PdfPCell c = new PdfPCell(new Phrase(chunk));
    // leading from the table's size so that shrunk figures stay on the row's baseline grid
    c.setLeading(table.fontSize() * PdfDocumentWriter.LEADING, 0);
    c.setPaddingLeft(Table.PADDING);
    c.setPaddingRight(Table.PADDING);
    c.setPaddingTop(0);
    c.setPaddingBottom(table.fontSize() * 0.35f);
    c.setColspan(cell.colSpan());
    c.setRowspan(rowSpan);
    Align align = cell.align() != null ? cell.align() : table.columns().get(column).align();
    c.setHorizontalAlignment(PdfDocumentWriter.alignment(align));
    c.setVerticalAlignment(kind == RowKind.HEADER ? Element.ALIGN_MIDDLE : Element.ALIGN_TOP);
    if (kind == RowKind.HEADER) c.setBackgroundColor(HEADER_SHADE);
    else if (kind != RowKind.BODY) c.setBackgroundColor(TOTAL_SHADE);
    c.setBorderWidth(0.5f);
    return c;
  }
}
