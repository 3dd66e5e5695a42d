package org.sujarit.document.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.sujarit.document.layout.Picture;

/** A picture and its caption in a borderless box kept on one page. */
final class PdfPictures {
  private PdfPictures() {}

  static PdfPTable of(Picture pic, float textWidth, float textHeight) {
    Image img;
    try {
      img = Image.getInstance(pic.png());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    float w = pic.printedWidth(textWidth, textHeight);
    img.scaleAbsolute(w, w * pic.height() / pic.width());
    PdfPTable box = new PdfPTable(1);
    box.setWidthPercentage(100);
    box.setSpacingBefore(8);
    box.setSpacingAfter(4);
    box.setKeepTogether(true);
    PdfPCell image = new PdfPCell(img, false);
    image.setBorder(PdfPCell.NO_BORDER);
    image.setHorizontalAlignment(Element.ALIGN_CENTER);
    box.addCell(image);
    if (pic.caption() != null) {
      Chunk text = new Chunk(pic.caption(), PdfFonts.font(Picture.CAPTION_SIZE, false));
      text.setSplitCharacter(new ThaiLineBreaks());
      PdfPCell caption = new PdfPCell(new Phrase(text));
      caption.setBorder(PdfPCell.NO_BORDER);
      caption.setHorizontalAlignment(Element.ALIGN_CENTER);
      caption.setLeading(0, PdfDocumentWriter.LEADING);
      box.addCell(caption);
    }
    return box;
  }
}
