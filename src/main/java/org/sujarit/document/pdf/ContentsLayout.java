package org.sujarit.document.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import org.sujarit.document.model.TableOfContents;

/**
 * The table of contents: entry, dotted leader, page number. The pages are not known yet when the
 * contents are laid out, so each number is a template that {@link PageDecorator} fills at the end.
 */
final class ContentsLayout {
  static final float SIZE = 16;
  /** Baseline of the number inside its template, which hangs this far below the text's baseline. */
  static final float BASELINE = 5;
  private static final float NUMBER_WIDTH = 36;
  private static final float LEVEL_INDENT = 24;

  private ContentsLayout() {}

  static Paragraph columnTitle(String title) {
    Paragraph p = PdfFonts.paragraph(SIZE, SIZE * PdfPlanWriter.LEADING);
    p.add(new Chunk(title, PdfFonts.font(SIZE, true)));
    p.setAlignment(Element.ALIGN_RIGHT);
    return p;
  }

  static Paragraph entry(TableOfContents.Entry e, PdfContentByte canvas, PageDecorator decorator, float leading) {
    Chunk text = new Chunk(e.text(), PdfFonts.font(SIZE, e.level() == 1));
    text.setSplitCharacter(new ThaiLineBreaks());
    text.setLocalGoto(e.anchor());
    PdfTemplate number = canvas.createTemplate(NUMBER_WIDTH, SIZE * 1.4f);
    decorator.numberOf(e.anchor(), number);
    Paragraph p = PdfFonts.paragraph(SIZE, leading);
    p.add(text);
    p.add(new Chunk(new DottedLineSeparator()));
    p.add(new Chunk(Image.getInstance(number), 0, -BASELINE, true));
    p.setIndentationLeft((e.level() - 1) * LEVEL_INDENT);
    p.setSpacingBefore(e.level() == 1 ? 6 : 0);
    return p;
  }
}
