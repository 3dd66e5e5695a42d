package org.sujarit.document.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.sujarit.document.layout.Align;
import org.sujarit.document.layout.Table;
import org.sujarit.document.layout.Table.RowKind;

/**
 * A layout table in Word: fixed grid widths (LibreOffice would otherwise make columns equal), header
 * rows marked to repeat on every page, no row split across a page break (a budget row cut in two
 * reads as two items), header rows and the row above a subtotal or total kept with the next row,
 * w:gridSpan across columns and w:vMerge down rows.
 */
final class DocxTables {
  private static final String HEADER_SHADE = String.format("%06X", Table.HEADER_SHADE);
  private static final String TOTAL_SHADE = String.format("%06X", Table.TOTAL_SHADE);

  private DocxTables() {}

  static void add(XWPFDocument doc, Table table) {
    XWPFTable t = doc.createTable();
    t.removeRow(0);
    frame(t, table);
    List<List<Table.Placed>> grid = table.placed();
    for (int r = 0; r < grid.size(); r++) {
      RowKind kind = table.rows().get(r).kind();
      RowKind next = r + 1 < grid.size() ? table.rows().get(r + 1).kind() : null;
      // a page opens neither below a lone header nor with a subtotal or total under the repeated header
      boolean keepWithNext = kind == RowKind.HEADER || next == RowKind.SUBTOTAL || next == RowKind.TOTAL;
      XWPFTableRow row = t.insertNewTableRow(r);
      if (kind == RowKind.HEADER) row.setRepeatHeader(true);
      row.setCantSplitRow(true);
      for (Table.Placed p : grid.get(r)) cell(row.createCell(), table, kind, p, keepWithNext);
    }
  }

  private static void frame(XWPFTable t, Table table) {
    CTTblPr pr = t.getCTTbl().getTblPr();
    pr.addNewTblW().setType(STTblWidth.DXA);
    pr.getTblW().setW(BigInteger.valueOf(DocxRuns.twips(table.width())));
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
    for (CTBorder b : List.of(borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(), borders.addNewRight(),
        borders.addNewInsideH(), borders.addNewInsideV())) {
      b.setVal(STBorder.SINGLE);
      b.setSz(BigInteger.valueOf(4));
      b.setColor("000000");
    }
    var margins = pr.addNewTblCellMar();
    for (CTTblWidth side : List.of(margins.addNewLeft(), margins.addNewRight())) {
      side.setW(BigInteger.valueOf(DocxRuns.twips(Table.PADDING)));
      side.setType(STTblWidth.DXA);
    }
    CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
    for (Table.Column c : table.columns()) grid.addNewGridCol().setW(BigInteger.valueOf(DocxRuns.twips(c.width())));
  }

  /** A cell; keepWithNext keeps its row with the next one ("keep with next" on its paragraph). */
  private static void cell(XWPFTableCell cell, Table table, RowKind kind, Table.Placed p, boolean keepWithNext) {
    Table.Cell c = p.cell();
    CTTcPr pr = cell.getCTTc().addNewTcPr();
    float width = 0;
    for (int i = p.column(); i < p.column() + c.colSpan() && i < table.columns().size(); i++) width += table.columns().get(i).width();
    pr.addNewTcW().setW(BigInteger.valueOf(DocxRuns.twips(width)));
    pr.getTcW().setType(STTblWidth.DXA);
    if (c.colSpan() > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(c.colSpan()));
    if (p.continued()) pr.addNewVMerge();
    else if (c.rowSpan() > 1) pr.addNewVMerge().setVal(STMerge.RESTART);
    pr.addNewVAlign().setVal(kind == RowKind.HEADER ? STVerticalJc.CENTER : STVerticalJc.TOP);
    if (kind != RowKind.BODY && !p.continued()) {
      var shade = pr.addNewShd();
      shade.setVal(STShd.CLEAR);
      shade.setFill(kind == RowKind.HEADER ? HEADER_SHADE : TOTAL_SHADE);
    }
    XWPFParagraph para = cell.getParagraphs().get(0);
    DocxRuns.spacing(para, 0);
    if (keepWithNext) para.setKeepNext(true);
    if (p.continued()) return;
    Align align = c.align() != null ? c.align() : table.columns().get(p.column()).align();
    para.setAlignment(DocxRuns.alignment(align == Align.JUSTIFY ? Align.LEFT : align));
    DocxRuns.text(para, c.text(), c.fontSize() > 0 ? c.fontSize() : table.fontSize(), c.bold() || kind == RowKind.HEADER);
  }
}
