package org.sujarit.document.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import org.sujarit.document.layout.Align;
import org.sujarit.document.layout.Table;
import org.sujarit.document.layout.Table.Cell;
import org.sujarit.document.layout.Table.RowKind;

/** A layout table as a PdfPTable: fixed column widths, header rows repeated on every page, spans. */
final class PdfTables {
  private static final Color HEADER_SHADE = new Color(Table.HEADER_SHADE);
  private static final Color TOTAL_SHADE = new Color(Table.TOTAL_SHADE);

  private PdfTables() {}

  static PdfPTable of(Table table) {
    float[] widths = new float[table.columns().size()];
    for (int i = 0; i < widths.length; i++) widths[i] = table.columns().get(i).width();
    PdfPTable t = new PdfPTable(widths);
    t.setTotalWidth(table.width());
    t.setLockedWidth(true);
    t.setHorizontalAlignment(Element.ALIGN_LEFT);
    t.setHeaderRows(table.headerRows());
    t.setSpacingBefore(4);
    t.setSpacingAfter(8);
    List<List<Table.Placed>> grid = table.placed();
    for (int r = 0; r < grid.size(); r++) {
      RowKind kind = table.rows().get(r).kind();
      for (Table.Placed p : grid.get(r)) {
        if (!p.continued()) t.addCell(cell(table, kind, p.cell(), p.column()));
      }
      t.completeRow();
    }
    return t;
  }

  private static PdfPCell cell(Table table, RowKind kind, Cell cell, int column) {
    float size = cell.fontSize() > 0 ? cell.fontSize() : table.fontSize();
    boolean bold = cell.bold() || kind == RowKind.HEADER;
    Chunk chunk = new Chunk(cell.text(), PdfFonts.font(size, bold));
    chunk.setSplitCharacter(new ThaiLineBreaks());
    PdfPCell c = new PdfPCell(new Phrase(chunk));
    // leading from the table's size so that shrunk figures stay on the row's baseline grid
    c.setLeading(table.fontSize() * PdfDocumentWriter.LEADING, 0);
    c.setPaddingLeft(Table.PADDING);
    c.setPaddingRight(Table.PADDING);
    c.setPaddingTop(0);
    c.setPaddingBottom(table.fontSize() * 0.35f);
    c.setColspan(cell.colSpan());
    c.setRowspan(cell.rowSpan());
    Align align = cell.align() != null ? cell.align() : table.columns().get(column).align();
    c.setHorizontalAlignment(PdfDocumentWriter.alignment(align));
    c.setVerticalAlignment(kind == RowKind.HEADER ? Element.ALIGN_MIDDLE : Element.ALIGN_TOP);
    if (kind == RowKind.HEADER) c.setBackgroundColor(HEADER_SHADE);
    else if (kind != RowKind.BODY) c.setBackgroundColor(TOTAL_SHADE);
    c.setBorderWidth(0.5f);
    return c;
  }
}
