package org.sujarit.document.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.sujarit.document.layout.DocumentFont;

/**
 * The embedded Thai fonts, loaded once from the application's resources. Thai needs glyph layout
 * (tone marks, ญ/ฐ without tails), which OpenPDF does through the JDK's shaper when its
 * {@link LayoutProcessor} is enabled before the fonts are loaded; actual text makes copy and search
 * return the characters rather than the shaped glyphs.
 */
final class PdfFonts {
  private static final BaseFont REGULAR;
  private static final BaseFont BOLD;

  static {
    synchronized (LayoutProcessor.class) {
      if (!LayoutProcessor.isEnabled()) LayoutProcessor.enableKernLiga();
      LayoutProcessor.setWriteActualText();
    }
    REGULAR = load(DocumentFont.REGULAR_FONT);
    BOLD = load(DocumentFont.BOLD_FONT);
  }

  private PdfFonts() {}

  static Font font(float size, boolean bold) {
    return new Font(base(bold), size);
  }

  /**
   * An empty paragraph in the document font: OpenPDF sets the space before a paragraph in the
   * paragraph's own font, which would otherwise pull in a non-embedded Helvetica.
   */
  static Paragraph paragraph(float size, float leading) {
    Paragraph p = new Paragraph(leading);
    p.setFont(font(size, false));
    return p;
  }

  static BaseFont base(boolean bold) {
    return bold ? BOLD : REGULAR;
  }

  private static BaseFont load(String resource) {
    try {
      BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      // a subset would get a random name prefix; the whole font keeps the output byte-for-byte stable
      font.setSubset(false);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the embedded font " + resource, e);
    }
  }
}
