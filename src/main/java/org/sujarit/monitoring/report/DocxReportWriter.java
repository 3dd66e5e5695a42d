package org.sujarit.monitoring.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a report as an A4 Word document in TH Sarabun New 16 pt (Thai is a complex script in Word:
 * its font and size are the {@code cs} ones), with the same margins and content as the PDF.
 */
public final class DocxReportWriter {
  private static final int TEXT_TWIPS = 11906 - 1701 - 1134;
  private static final int BODY = 16, TABLE = 14, TITLE = 18;

  private DocxReportWriter() {}

  public static void write(String title, List<ReportBlock> blocks, OutputStream out) {
    try (XWPFDocument doc = new XWPFDocument()) {
      defaults(doc);
      doc.getProperties().getCoreProperties().setTitle(title);
      for (ReportBlock b : blocks) add(doc, b);
      page(doc);
      doc.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(XWPFDocument doc, ReportBlock block) {
    if (block instanceof ReportBlock.Heading h) {
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(h.level() == 1 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
      if (h.level() > 1) p.setSpacingBefore(200);
      p.setKeepNext(true);
      run(p, h.text(), h.level() == 1 ? TITLE : BODY, true);
    } else if (block instanceof ReportBlock.Text t) {
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(t.indent() ? ParagraphAlignment.BOTH : ParagraphAlignment.LEFT);
      if (t.indent()) p.setIndentationFirstLine(1418);
      run(p, t.text(), BODY, t.bold());
    } else if (block instanceof ReportBlock.Grid g) {
      table(doc, g);
    } else if (block instanceof ReportBlock.Picture pic) {
      picture(doc, pic);
    } else if (block instanceof ReportBlock.Signature s) {
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      p.setIndentationLeft(TEXT_TWIPS * 45 / 100);
      p.setSpacingBefore(480);
      p.setKeepNext(true);
      run(p, String.join("\n", s.lines()), BODY, false);
    }
  }

  private static void table(XWPFDocument doc, ReportBlock.Grid g) {
    if (g.caption() != null) {
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.LEFT); // gives the paragraph the properties keep-with-next lives in
      title.setKeepNext(true);
      run(title, g.caption(), BODY, true);
    }
    int cols = g.widths().length;
    XWPFTable t = doc.createTable(g.rows().size(), cols);
    float sum = 0;
    for (float w : g.widths()) sum += w;
    int[] twips = new int[cols];
    CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
    for (int c = 0; c < cols; c++) {
      twips[c] = Math.round(TEXT_TWIPS * g.widths()[c] / sum);
      grid.addNewGridCol().setW(BigInteger.valueOf(twips[c]));
    }
    t.setWidth(Integer.toString(TEXT_TWIPS));
    t.getCTTbl().getTblPr().getTblW().setType(STTblWidth.DXA);
    for (int r = 0; r < g.rows().size(); r++) {
      XWPFTableRow row = t.getRow(r);
      boolean header = r == 0, total = g.totals().contains(r);
      if (header) row.setRepeatHeader(true);
      row.setCantSplitRow(true);
      for (int c = 0; c < cols; c++) {
        XWPFTableCell cell = row.getCell(c);
        cell.setWidth(Integer.toString(twips[c]));
        if (header) cell.setColor("D9D9D9");
        else if (total) cell.setColor("F2F2F2");
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(header ? ParagraphAlignment.CENTER : g.numeric().contains(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        run(p, g.rows().get(r).get(c), TABLE, header || total);
      }
    }
    doc.createParagraph();
  }

  private static void picture(XWPFDocument doc, ReportBlock.Picture pic) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setKeepNext(true);
    double widthPt = TEXT_TWIPS / 20.0 * 0.9;
    try {
      p.createRun().addPicture(new ByteArrayInputStream(pic.png()), Document.PICTURE_TYPE_PNG, "chart.png",
          Units.toEMU(widthPt), Units.toEMU(widthPt * pic.height() / pic.width()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
    XWPFParagraph caption = doc.createParagraph();
    caption.setAlignment(ParagraphAlignment.CENTER);
    run(caption, pic.caption(), TABLE, false);
  }

  private static void run(XWPFParagraph p, String text, int size, boolean bold) {
    String[] lines = (text == null ? "" : text).split("\n", -1);
    XWPFRun r = p.createRun();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) r.addBreak();
      r.setText(lines[i]);
    }
    r.setFontSize(size);
    r.setComplexScriptFontSize(size);
    if (bold) {
      r.setBold(true);
      r.getCTR().getRPr().addNewBCs();
    }
  }

  /** TH Sarabun New 16 pt, Thai, for every run that says nothing else. */
  private static void defaults(XWPFDocument doc) {
    CTStyles styles = CTStyles.Factory.newInstance();
    CTRPr rpr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    CTFonts f = rpr.addNewRFonts();
    f.setAscii(ReportFonts.OFFICIAL_FAMILY);
    f.setHAnsi(ReportFonts.OFFICIAL_FAMILY);
    f.setCs(ReportFonts.OFFICIAL_FAMILY);
    f.setEastAsia(ReportFonts.OFFICIAL_FAMILY);
    rpr.addNewSz().setVal(BigInteger.valueOf(BODY * 2));
    rpr.addNewSzCs().setVal(BigInteger.valueOf(BODY * 2));
    CTLanguage lang = rpr.addNewLang();
    lang.setVal("th-TH");
    lang.setBidi("th-TH");
    doc.createStyles().setStyles(styles);
  }

  /** A4 portrait, 3 cm binding margin on the left, 2 cm elsewhere (2.5 cm at the top). */
  private static void page(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setLeft(BigInteger.valueOf(1701));
    mar.setRight(BigInteger.valueOf(1134));
    mar.setTop(BigInteger.valueOf(1418));
    mar.setBottom(BigInteger.valueOf(1134));
  }
}
