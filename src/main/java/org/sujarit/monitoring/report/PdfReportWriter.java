package org.sujarit.monitoring.report;

import com.ibm.icu.text.BreakIterator;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes a report as an A4 PDF in the Thai official style: margins 3 cm left and 2 cm elsewhere, page
 * numbers at the top, TH Sarabun-sized Thai text shaped by OpenPDF's layout processor and broken at
 * ICU's Thai word boundaries.
 */
public final class PdfReportWriter {
  private static final float LEFT = 85f, RIGHT = 56.7f, TOP = 70.9f, BOTTOM = 56.7f;
  private static final float BODY = 16, TABLE = 14, TITLE = 18;
  /** Line height as a multiple of the size, as the plan documents use with this font. */
  private static final float LEADING = 1.25f;
  /** Tables are set tighter, as in the plan's Part 2 table. */
  private static final float CELL_LEADING = 1.1f;
  private static final Color SHADE = new Color(0xD9D9D9);
  private static final Color TOTAL_SHADE = new Color(0xF2F2F2);
  private static final BaseFont REGULAR;
  private static final BaseFont BOLD;

  static {
    synchronized (LayoutProcessor.class) {
      if (!LayoutProcessor.isEnabled()) LayoutProcessor.enableKernLiga(); // before any font is loaded
      LayoutProcessor.setWriteActualText();
    }
    REGULAR = font(ReportFonts.REGULAR_FILE);
    BOLD = font(ReportFonts.BOLD_FILE);
  }

  private PdfReportWriter() {}

  public static void write(String title, List<ReportBlock> blocks, OutputStream out) {
    Document doc = new Document(PageSize.A4, LEFT, RIGHT, TOP, BOTTOM);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      writer.setPageEvent(new PageNumbers());
      doc.addTitle(title);
      doc.open();
      float textWidth = doc.getPageSize().getWidth() - LEFT - RIGHT;
      for (ReportBlock b : blocks) {
        // a section heading never ends a page: it moves on with what follows
        if (b instanceof ReportBlock.Heading h && h.level() > 1 && writer.getVerticalPosition(false) - doc.bottom() < 150) doc.newPage();
        doc.add(element(b, textWidth));
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot write the report PDF", e);
    }
  }

  private static Element element(ReportBlock block, float textWidth) {
    if (block instanceof ReportBlock.Heading h) {
      Paragraph p = paragraph(h.text(), h.level() == 1 ? TITLE : BODY, true);
      p.setAlignment(h.level() == 1 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
      p.setSpacingBefore(h.level() == 1 ? 0 : 10);
      return p;
    }
    if (block instanceof ReportBlock.Text t) {
      Paragraph p = paragraph(t.text(), BODY, t.bold());
      // left-aligned: stretching justified Thai lines shifted tone marks off their letters (seen at 200 dpi)
      p.setAlignment(Element.ALIGN_LEFT);
      if (t.indent()) p.setFirstLineIndent(71);
      return p;
    }
    if (block instanceof ReportBlock.Grid g) return table(g);
    if (block instanceof ReportBlock.Picture pic) return picture(pic, textWidth);
    ReportBlock.Signature s = (ReportBlock.Signature) block;
    Paragraph p = paragraph(String.join("\n", s.lines()), BODY, false);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setIndentationLeft(textWidth * 0.45f);
    p.setSpacingBefore(24);
    return p;
  }

  private static PdfPTable table(ReportBlock.Grid g) {
    PdfPTable t = new PdfPTable(g.widths());
    t.setWidthPercentage(100);
    t.setHeaderRows(g.caption() == null ? 1 : 2);
    if (g.caption() != null) {
      // the title travels with the table's header, so it never ends a page alone
      PdfPCell title = new PdfPCell(phrase(g.caption(), BODY, true));
      title.setColspan(g.widths().length);
      title.setBorder(PdfPCell.NO_BORDER);
      title.setPaddingLeft(0);
      title.setPaddingBottom(4);
      title.setLeading(0, LEADING);
      t.addCell(title);
    }
    t.setSpacingBefore(6);
    t.setSpacingAfter(6);
    for (int r = 0; r < g.rows().size(); r++) {
      boolean header = r == 0, total = g.totals().contains(r);
      List<String> row = g.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        PdfPCell cell = new PdfPCell(phrase(row.get(c), TABLE, header || total));
        cell.setPaddingLeft(4);
        cell.setPaddingRight(4);
        cell.setPaddingBottom(5);
        cell.setLeading(0, CELL_LEADING);
        cell.setHorizontalAlignment(header ? Element.ALIGN_CENTER : g.numeric().contains(c) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setVerticalAlignment(header ? Element.ALIGN_MIDDLE : Element.ALIGN_TOP);
        if (header) cell.setBackgroundColor(SHADE);
        else if (total) cell.setBackgroundColor(TOTAL_SHADE);
        t.addCell(cell);
      }
    }
    return t;
  }

  /** The chart centred at nine tenths of the text width, its caption under it. */
  private static Element picture(ReportBlock.Picture pic, float textWidth) {
    try {
      Image img = Image.getInstance(pic.png());
      float w = textWidth * 0.9f;
      img.scaleAbsolute(w, w * pic.height() / pic.width());
      PdfPTable box = new PdfPTable(1);
      box.setWidthPercentage(100);
      box.setSpacingBefore(8);
      box.setKeepTogether(true);
      PdfPCell image = new PdfPCell(img, false);
      image.setBorder(PdfPCell.NO_BORDER);
      image.setHorizontalAlignment(Element.ALIGN_CENTER);
      box.addCell(image);
      PdfPCell caption = new PdfPCell(phrase(pic.caption(), TABLE, false));
      caption.setBorder(PdfPCell.NO_BORDER);
      caption.setHorizontalAlignment(Element.ALIGN_CENTER);
      caption.setLeading(0, LEADING);
      box.addCell(caption);
      return box;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Paragraph paragraph(String text, float officialSize, boolean bold) {
    Paragraph p = new Paragraph(phrase(text, officialSize, bold));
    p.setLeading(officialSize * LEADING);
    p.setFont(font(officialSize, false));
    return p;
  }

  private static Phrase phrase(String text, float officialSize, boolean bold) {
    Font f = font(officialSize, bold);
    Chunk chunk = new Chunk(text == null ? "" : text, f);
    chunk.setSplitCharacter(new ThaiBreaks());
    Phrase p = new Phrase(officialSize * LEADING, chunk);
    p.setFont(f);
    return p;
  }

  private static Font font(float officialSize, boolean bold) {
    return new Font(bold ? BOLD : REGULAR, officialSize);
  }

  private static BaseFont font(String file) {
    try {
      return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the report font " + file, e);
    }
  }

  /** Thai page numbers at the top centre, from page 2 on, as official documents number them. */
  private static final class PageNumbers extends PdfPageEventHelper {
    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      if (writer.getPageNumber() < 2) return;
      float x = (document.left() + document.right()) / 2, y = document.getPageSize().getHeight() - TOP / 2;
      ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
          new Phrase("- " + writer.getPageNumber() + " -", font(BODY, false)), x, y, 0);
    }
  }

  /** Line breaks only where ICU's Thai line breaker allows them. One per chunk: it caches its text. */
  private static final class ThaiBreaks implements SplitCharacter {
    private char[] text;
    private int start = -1;
    private int end = -1;
    private BreakIterator breaks;

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
      if (cc[current] == ' ') return true;
      if (current + 1 >= end) return false;
      if (cc != text || start != this.start || end != this.end) {
        breaks = BreakIterator.getLineInstance(Locale.forLanguageTag("th"));
        breaks.setText(new String(cc, start, end - start));
        text = cc;
        this.start = start;
        this.end = end;
      }
      return breaks.isBoundary(current + 1 - start);
    }
  }
}
