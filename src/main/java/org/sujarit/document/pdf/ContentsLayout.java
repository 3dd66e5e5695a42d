package org.sujarit.document.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import org.sujarit.document.layout.TableOfContents;

/**
 * The table of contents: entry and dotted leader in one column, the page number in the next, so that
 * a long entry wraps before the numbers. The pages are not known yet when the contents are laid
 * out: each number is a template that {@link PageDecorator} fills in when the document closes.
 */
final class ContentsLayout {
  static final float SIZE = 16;
  /** Baseline of the number inside its template. */
  static final float BASELINE = 5;

  private ContentsLayout() {}

  static PdfPTable of(TableOfContents toc, float width, PdfContentByte canvas, PageDecorator decorator) {
    PdfPTable t = new PdfPTable(new float[] {width - TableOfContents.NUMBER_WIDTH, TableOfContents.NUMBER_WIDTH});
    t.setTotalWidth(width);
    t.setLockedWidth(true);
    t.addCell(cell(new Paragraph(new Chunk("", PdfFonts.font(SIZE, true))), Element.ALIGN_LEFT));
    t.addCell(cell(new Paragraph(new Chunk(toc.pageColumnTitle(), PdfFonts.font(SIZE, true))), Element.ALIGN_RIGHT));
    for (TableOfContents.Entry e : toc.entries()) {
      Chunk text = new Chunk(e.text(), PdfFonts.font(SIZE, e.level() == 1));
      text.setSplitCharacter(new ThaiLineBreaks());
      text.setLocalGoto(e.anchor());
      Paragraph entry = PdfFonts.paragraph(SIZE, SIZE * PdfDocumentWriter.LEADING);
      entry.add(text);
      entry.add(new Chunk(new DottedLineSeparator()));
      PdfPCell left = cell(entry, Element.ALIGN_LEFT);
      left.setPaddingLeft((e.level() - 1) * TableOfContents.LEVEL_INDENT);
      left.setPaddingTop(e.level() == 1 ? 6 : 0);
      t.addCell(left);
      PdfTemplate number = canvas.createTemplate(TableOfContents.NUMBER_WIDTH, SIZE * 1.4f);
      decorator.numberOf(e.anchor(), number);
      Paragraph page = PdfFonts.paragraph(SIZE, SIZE * PdfDocumentWriter.LEADING);
      page.add(new Chunk(Image.getInstance(number), 0, -BASELINE, true));
      PdfPCell right = cell(page, Element.ALIGN_RIGHT);
      right.setVerticalAlignment(Element.ALIGN_BOTTOM);
      t.addCell(right);
    }
    return t;
  }

  private static PdfPCell cell(Paragraph content, int alignment) {
    PdfPCell c = new PdfPCell();
    content.setAlignment(alignment);
    c.addElement(content);
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0);
    c.setPaddingBottom(2);
    return c;
  }
}
